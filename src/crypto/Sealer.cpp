#include "Sealer.h"

#include "Random.h"

#include <QtCrypto>

namespace {

constexpr char FormatVersion = 0x01;
constexpr int NonceSize = 12;
constexpr int TagSize = 16;
constexpr int KeySize = 32;

QCA::SymmetricKey messageKey(const SecretBytes& key, const QByteArray& associatedData)
{
    const QCA::SecureArray secret(key.bytes());
    return QCA::HKDF(QStringLiteral("sha256"))
        .makeKey(secret, QCA::InitializationVector(QByteArray("soliloquy sealer v1")),
                 QCA::InitializationVector(associatedData), KeySize);
}

} // namespace

namespace Sealer {

QByteArray seal(const SecretBytes& key, const QByteArray& plaintext, const QByteArray& associatedData)
{
    if (key.size() != KeySize)
        return {};
    const QByteArray nonce = Random::bytes(NonceSize);
    QCA::Cipher cipher(QStringLiteral("aes256"), QCA::Cipher::GCM, QCA::Cipher::NoPadding, QCA::Encode,
                       messageKey(key, associatedData), QCA::InitializationVector(nonce),
                       QCA::AuthTag(TagSize));
    QCA::SecureArray ciphertext = cipher.update(QCA::SecureArray(plaintext));
    ciphertext += cipher.final();
    const QCA::AuthTag tag = cipher.tag();
    if (!cipher.ok() || tag.size() != TagSize)
        return {};
    return QByteArray(1, FormatVersion) + nonce + ciphertext.toByteArray() + tag.toByteArray();
}

std::optional<QByteArray> open(const SecretBytes& key, const QByteArray& sealed,
                               const QByteArray& associatedData)
{
    if (key.size() != KeySize || sealed.size() < 1 + NonceSize + TagSize || sealed.at(0) != FormatVersion)
        return std::nullopt;
    const QByteArray nonce = sealed.mid(1, NonceSize);
    const QByteArray tag = sealed.right(TagSize);
    const QByteArray ciphertext = sealed.mid(1 + NonceSize, sealed.size() - 1 - NonceSize - TagSize);
    QCA::Cipher cipher(QStringLiteral("aes256"), QCA::Cipher::GCM, QCA::Cipher::NoPadding, QCA::Decode,
                       messageKey(key, associatedData), QCA::InitializationVector(nonce), QCA::AuthTag(tag));
    QCA::SecureArray plaintext = cipher.update(QCA::SecureArray(ciphertext));
    if (!cipher.ok())
        return std::nullopt;
    plaintext += cipher.final();
    if (!cipher.ok())
        return std::nullopt;
    return plaintext.toByteArray();
}

QByteArray gcmEncryptForTesting(const QByteArray& key, const QByteArray& nonce, const QByteArray& plaintext,
                                QByteArray* tag)
{
    QCA::Cipher cipher(QStringLiteral("aes256"), QCA::Cipher::GCM, QCA::Cipher::NoPadding, QCA::Encode,
                       QCA::SymmetricKey(key), QCA::InitializationVector(nonce), QCA::AuthTag(TagSize));
    QCA::SecureArray ciphertext = cipher.update(QCA::SecureArray(plaintext));
    ciphertext += cipher.final();
    *tag = cipher.tag().toByteArray();
    return ciphertext.toByteArray();
}

} // namespace Sealer
