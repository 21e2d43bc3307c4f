#include "CryptoRuntime.h"

#include "CryptoBackend.h"
#include "UnavailableCryptoBackend.h"

#ifdef SOLILOQUY_CRYPTO_MODULE
#include <QDir>
#include <QFileInfo>
#include <QLibrary>
#else
#include "QcaCryptoBackend.h"
#endif

#include <memory>

namespace {

std::unique_ptr<CryptoBackend> makeBackend()
{
#ifdef SOLILOQUY_CRYPTO_MODULE
    // The module's place is relative to the executable, as built and as installed.
    const QDir executableFolder(QFileInfo(QStringLiteral("/proc/self/exe")).canonicalPath());
    QLibrary module(executableFolder.filePath(QStringLiteral(SOLILOQUY_CRYPTO_MODULE)));
    using Create = CryptoBackend* (*)();
    if (const auto create = reinterpret_cast<Create>(module.resolve("soliloquyCreateCryptoBackend")))
        return std::unique_ptr<CryptoBackend>(create()); // stays loaded: QLibrary unloads only when told
    return std::make_unique<UnavailableCryptoBackend>(
        QStringLiteral("Soliloquy cannot encrypt: its crypto module did not load (%1). Reinstall Soliloquy.")
            .arg(module.errorString()));
#else
    return std::make_unique<QcaCryptoBackend>();
#endif
}

} // namespace

namespace CryptoRuntime {

CryptoBackend& backend()
{
    static const std::unique_ptr<CryptoBackend> instance = makeBackend();
    return *instance;
}

QString missingFeatures()
{
    return backend().missingFeatures();
}

} // namespace CryptoRuntime
