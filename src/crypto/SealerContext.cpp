#include "SealerContext.h"

#include "Random.h"

#include <QtCrypto>

#include <optional>

namespace {

constexpr char FormatVersion = 0x01;
constexpr int NonceSize = 12;
constexpr int TagSize = 16;
constexpr int KeySize = 32;

} // namespace

struct SealerContext::Contexts
{
    // HKDF-SHA256 (RFC 5869) with its extract step done once, since the key and salt are the same
    // for every message: a message key (one 32-byte block) is HMAC(pseudorandom key, info || 0x01).
    std::optional<QCA::MessageAuthenticationCode> expand;
    // Set up afresh for every message (QCA keeps the provider's context).
    QCA::Cipher cipher{QStringLiteral("aes256"), QCA::Cipher::GCM, QCA::Cipher::NoPadding};

    QCA::SymmetricKey messageKey(const QByteArray& associatedData)
    {
        // Each message is sealed under a key derived for its associated data (see Sealer.h).
        expand->clear();
        expand->update(QCA::MemoryRegion(associatedData + '\x01'));
        return QCA::SymmetricKey(QCA::SecureArray(expand->final()));
    }
};

SealerContext::SealerContext(const SecretBytes& key)
    : m_contexts(std::make_unique<Contexts>())
{
    if (key.size() != KeySize)
        return;
    QCA::MessageAuthenticationCode extract(QStringLiteral("hmac(sha256)"),
                                           QCA::SymmetricKey(QByteArray("soliloquy sealer v1")));
    extract.update(QCA::SecureArray(key.bytes()));
    m_contexts->expand.emplace(QStringLiteral("hmac(sha256)"),
                               QCA::SymmetricKey(QCA::SecureArray(extract.final())));
}

SealerContext::~SealerContext() = default;

QByteArray SealerContext::seal(const QByteArray& plaintext, const QByteArray& associatedData)
{
    if (!m_contexts->expand)
        return {};
    const QByteArray nonce = Random::bytes(NonceSize);
    QCA::Cipher& cipher = m_contexts->cipher;
    cipher.setup(QCA::Encode, m_contexts->messageKey(associatedData), QCA::InitializationVector(nonce),
                 QCA::AuthTag(TagSize));
    QCA::SecureArray ciphertext = cipher.update(QCA::SecureArray(plaintext));
    ciphertext += cipher.final();
    const QCA::AuthTag tag = cipher.tag();
    if (!cipher.ok() || tag.size() != TagSize)
        return {};
    return QByteArray(1, FormatVersion) + nonce + ciphertext.toByteArray() + tag.toByteArray();
}

std::optional<QByteArray> SealerContext::open(const QByteArray& sealed, const QByteArray& associatedData)
{
    if (!m_contexts->expand || sealed.size() < 1 + NonceSize + TagSize || sealed.at(0) != FormatVersion)
        return std::nullopt;
    const QByteArray nonce = sealed.mid(1, NonceSize);
    const QByteArray tag = sealed.right(TagSize);
    const QByteArray ciphertext = sealed.mid(1 + NonceSize, sealed.size() - 1 - NonceSize - TagSize);
    QCA::Cipher& cipher = m_contexts->cipher;
    cipher.setup(QCA::Decode, m_contexts->messageKey(associatedData), QCA::InitializationVector(nonce),
                 QCA::AuthTag(tag));
    QCA::SecureArray plaintext = cipher.update(QCA::SecureArray(ciphertext));
    if (!cipher.ok())
        return std::nullopt;
    plaintext += cipher.final();
    if (!cipher.ok())
        return std::nullopt;
    return plaintext.toByteArray();
}
