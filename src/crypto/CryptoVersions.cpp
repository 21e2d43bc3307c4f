#include "CryptoVersions.h"

#include "CryptoBackend.h"
#include "CryptoRuntime.h"

namespace CryptoVersions {

QString qca()
{
    return CryptoRuntime::backend().qcaVersion();
}

QString argon2()
{
    return QStringLiteral(SOLILOQUY_ARGON2_VERSION);
}

} // namespace CryptoVersions
