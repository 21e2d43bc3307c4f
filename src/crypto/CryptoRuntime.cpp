#include "CryptoRuntime.h"

#include "CryptoBackend.h"
#include "UnavailableCryptoBackend.h"

#ifdef SOLILOQUY_CRYPTO_MODULE
#include "RuntimeModule.h"
#else
#include "QcaCryptoBackend.h"
#endif

#include <memory>

namespace {

std::unique_ptr<CryptoBackend> makeBackend()
{
#ifdef SOLILOQUY_CRYPTO_MODULE
    QString error;
    using Create = CryptoBackend* (*)();
    if (const auto create = reinterpret_cast<Create>(RuntimeModule::resolve(
            QStringLiteral(SOLILOQUY_CRYPTO_MODULE), "soliloquyCreateCryptoBackend", &error)))
        return std::unique_ptr<CryptoBackend>(create());
    return std::make_unique<UnavailableCryptoBackend>(
        QStringLiteral("Soliloquy cannot encrypt: its crypto module did not load (%1). Reinstall Soliloquy.")
            .arg(error));
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
