#include "CryptoVersions.h"

#include <QtCrypto>

namespace CryptoVersions {

QString qca()
{
    return QString::fromLatin1(qcaVersionStr());
}

QString argon2()
{
    return QStringLiteral(SOLILOQUY_ARGON2_VERSION);
}

} // namespace CryptoVersions
