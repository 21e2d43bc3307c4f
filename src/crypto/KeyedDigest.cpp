#include "KeyedDigest.h"

#include <QtCrypto>

namespace {

constexpr int KeySize = 32;

} // namespace

namespace KeyedDigest {

QByteArray hmacSha256(const SecretBytes& key, const QByteArray& purpose, const QByteArray& message)
{
    if (key.size() != KeySize)
        return {};
    const QCA::SecureArray secret(key.bytes());
    const QCA::SymmetricKey subkey =
        QCA::HKDF(QStringLiteral("sha256"))
            .makeKey(secret, QCA::InitializationVector(QByteArray("soliloquy keyed digest v1")),
                     QCA::InitializationVector(purpose), KeySize);
    QCA::MessageAuthenticationCode hmac(QStringLiteral("hmac(sha256)"), subkey);
    hmac.update(QCA::MemoryRegion(message));
    return hmac.final().toByteArray();
}

} // namespace KeyedDigest
