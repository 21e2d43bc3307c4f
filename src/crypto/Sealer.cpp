#include "Sealer.h"

#include "SealerContext.h"

#include <QtCrypto>

namespace {

constexpr int TagSize = 16;

} // namespace

namespace Sealer {

QByteArray seal(const SecretBytes& key, const QByteArray& plaintext, const QByteArray& associatedData)
{
    return SealerContext(key).seal(plaintext, associatedData);
}

std::optional<QByteArray> open(const SecretBytes& key, const QByteArray& sealed,
                               const QByteArray& associatedData)
{
    return SealerContext(key).open(sealed, associatedData);
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
