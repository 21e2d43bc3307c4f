#include "CryptoRuntime.h"

#include <QStringList>
#include <QtCrypto>

CryptoRuntime::CryptoRuntime()
    : m_initializer(std::make_unique<QCA::Initializer>())
{}

CryptoRuntime::~CryptoRuntime() = default;

QString CryptoRuntime::missingFeatures()
{
    QStringList missing;
    for (const char* feature : {"random", "aes256-gcm", "hkdf(sha256)", "hmac(sha256)"}) {
        if (!QCA::isSupported(feature))
            missing << QString::fromLatin1(feature);
    }
    if (missing.isEmpty())
        return {};
    return QStringLiteral("Soliloquy cannot encrypt without %1. Install QCA's OpenSSL plugin (qca-ossl, "
                          "Debian package libqca-qt6-plugins).")
        .arg(missing.join(QStringLiteral(", ")));
}
