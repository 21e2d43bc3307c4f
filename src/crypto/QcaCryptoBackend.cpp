#include "QcaCryptoBackend.h"

#include <QStringList>
#include <QtCrypto>

#include <argon2.h>

#include <memory>

namespace {

constexpr char SealFormatVersion = 0x01;
constexpr int NonceSize = 12;
constexpr int TagSize = 16;
constexpr int KeySize = 32;

// The message key is HKDF-SHA256(key, salt, info = associated data), RFC 5869, for one
// 32-byte block: the extract step depends on the key alone and is done once; the
// expand step is one HMAC of (info || 0x01) under the extracted key, with a reused
// QCA HMAC context. QCA::HKDF gives the same keys but sets up OpenSSL afresh each
// time, which cost more than opening a short post.
class QcaMessageSealer : public CryptoBackend::MessageSealer
{
public:
    explicit QcaMessageSealer(const QByteArray& key)
    {
        QCA::MessageAuthenticationCode extract(QStringLiteral("hmac(sha256)"),
                                               QCA::SymmetricKey(QByteArray("soliloquy sealer v1")));
        extract.update(QCA::SecureArray(key));
        m_expand = std::make_unique<QCA::MessageAuthenticationCode>(QStringLiteral("hmac(sha256)"),
                                                                    QCA::SymmetricKey(extract.final()));
    }

    QByteArray seal(const QByteArray& plaintext, const QByteArray& associatedData) override
    {
        const QByteArray nonce = QCA::Random::randomArray(NonceSize).toByteArray();
        m_cipher.setup(QCA::Encode, messageKey(associatedData), QCA::InitializationVector(nonce),
                       QCA::AuthTag(TagSize));
        QCA::SecureArray ciphertext = m_cipher.update(QCA::SecureArray(plaintext));
        ciphertext += m_cipher.final();
        const QCA::AuthTag tag = m_cipher.tag();
        if (!m_cipher.ok() || tag.size() != TagSize)
            return {};
        return QByteArray(1, SealFormatVersion) + nonce + ciphertext.toByteArray() + tag.toByteArray();
    }

    std::optional<QByteArray> open(const QByteArray& sealed, const QByteArray& associatedData) override
    {
        if (sealed.size() < 1 + NonceSize + TagSize || sealed.at(0) != SealFormatVersion)
            return std::nullopt;
        const QByteArray nonce = sealed.mid(1, NonceSize);
        const QByteArray tag = sealed.right(TagSize);
        const QByteArray ciphertext = sealed.mid(1 + NonceSize, sealed.size() - 1 - NonceSize - TagSize);
        m_cipher.setup(QCA::Decode, messageKey(associatedData), QCA::InitializationVector(nonce),
                       QCA::AuthTag(tag));
        QCA::SecureArray plaintext = m_cipher.update(QCA::SecureArray(ciphertext));
        if (!m_cipher.ok())
            return std::nullopt;
        plaintext += m_cipher.final();
        if (!m_cipher.ok())
            return std::nullopt;
        return plaintext.toByteArray();
    }

private:
    QCA::SymmetricKey messageKey(const QByteArray& associatedData)
    {
        m_expand->clear();
        m_expand->update(QCA::MemoryRegion(associatedData));
        m_expand->update(QCA::MemoryRegion(QByteArray(1, 0x01)));
        return QCA::SymmetricKey(m_expand->final());
    }

    // Made in the constructor, once the extracted key is known.
    std::unique_ptr<QCA::MessageAuthenticationCode> m_expand;
    // Set up afresh for every message (QCA keeps the provider's context).
    QCA::Cipher m_cipher{QStringLiteral("aes256"), QCA::Cipher::GCM, QCA::Cipher::NoPadding};
};

// HMAC-SHA256 under HKDF-SHA256(key, info = purpose), with one HMAC context reused.
class QcaMessageDigester : public CryptoBackend::MessageDigester
{
public:
    QcaMessageDigester(const QByteArray& key, const QByteArray& purpose)
        : m_hmac(QStringLiteral("hmac(sha256)"),
                 QCA::HKDF(QStringLiteral("sha256"))
                     .makeKey(QCA::SecureArray(key),
                              QCA::InitializationVector(QByteArray("soliloquy keyed digest v1")),
                              QCA::InitializationVector(purpose), KeySize))
    {}

    QByteArray digest(const QByteArray& message) override
    {
        // clear() starts a new message under the same subkey.
        m_hmac.clear();
        m_hmac.update(QCA::MemoryRegion(message));
        return m_hmac.final().toByteArray();
    }

private:
    QCA::MessageAuthenticationCode m_hmac;
};

} // namespace

QcaCryptoBackend::QcaCryptoBackend()
    : m_initializer(std::make_unique<QCA::Initializer>())
{}

QcaCryptoBackend::~QcaCryptoBackend() = default;

QString QcaCryptoBackend::missingFeatures()
{
    QStringList missing;
    // QCA's built-in provider always offers "random", from a generator that is not secure:
    // only a plugin's (qca-ossl's) counts.
    if (!QCA::haveSecureRandom())
        missing << QStringLiteral("a secure random number generator");
    for (const char* feature : {"aes256-gcm", "hkdf(sha256)", "hmac(sha256)"}) {
        if (!QCA::isSupported(feature))
            missing << QString::fromLatin1(feature);
    }
    if (missing.isEmpty())
        return {};
    return QStringLiteral("Soliloquy cannot encrypt without %1. Install QCA's OpenSSL plugin (qca-ossl, "
                          "Debian package libqca-qt6-plugins).")
        .arg(missing.join(QStringLiteral(", ")));
}

QString QcaCryptoBackend::qcaVersion()
{
    return QString::fromLatin1(qcaVersionStr());
}

QByteArray QcaCryptoBackend::randomBytes(int count)
{
    return QCA::Random::randomArray(count).toByteArray();
}

std::unique_ptr<CryptoBackend::MessageSealer> QcaCryptoBackend::messageSealer(const QByteArray& key)
{
    if (key.size() != KeySize)
        return nullptr;
    return std::make_unique<QcaMessageSealer>(key);
}

std::unique_ptr<CryptoBackend::MessageDigester> QcaCryptoBackend::messageDigester(const QByteArray& key,
                                                                                  const QByteArray& purpose)
{
    if (key.size() != KeySize)
        return nullptr;
    return std::make_unique<QcaMessageDigester>(key, purpose);
}

QByteArray QcaCryptoBackend::gcmEncrypt(const QByteArray& key, const QByteArray& nonce,
                                        const QByteArray& plaintext, QByteArray* tag)
{
    QCA::Cipher cipher(QStringLiteral("aes256"), QCA::Cipher::GCM, QCA::Cipher::NoPadding, QCA::Encode,
                       QCA::SymmetricKey(key), QCA::InitializationVector(nonce), QCA::AuthTag(TagSize));
    QCA::SecureArray ciphertext = cipher.update(QCA::SecureArray(plaintext));
    ciphertext += cipher.final();
    *tag = cipher.tag().toByteArray();
    return ciphertext.toByteArray();
}

QByteArray QcaCryptoBackend::argon2idRaw(const Argon2::Parameters& parameters, const QByteArray& password,
                                         const QByteArray& salt, int length, const QByteArray& secret,
                                         const QByteArray& associatedData)
{
    QByteArray output(length, '\0');
    QByteArray passwordCopy = password; // argon2_ctx may clear the password it is given
    QByteArray secretCopy = secret;
    argon2_context context{};
    context.out = reinterpret_cast<uint8_t*>(output.data());
    context.outlen = uint32_t(output.size());
    context.pwd = reinterpret_cast<uint8_t*>(passwordCopy.data());
    context.pwdlen = uint32_t(passwordCopy.size());
    context.salt = reinterpret_cast<uint8_t*>(const_cast<char*>(salt.constData()));
    context.saltlen = uint32_t(salt.size());
    context.secret = secretCopy.isEmpty() ? nullptr : reinterpret_cast<uint8_t*>(secretCopy.data());
    context.secretlen = uint32_t(secretCopy.size());
    context.ad = associatedData.isEmpty()
                     ? nullptr
                     : reinterpret_cast<uint8_t*>(const_cast<char*>(associatedData.constData()));
    context.adlen = uint32_t(associatedData.size());
    context.t_cost = parameters.iterations;
    context.m_cost = parameters.memoryKiB;
    context.lanes = parameters.parallelism;
    context.threads = parameters.parallelism;
    context.version = ARGON2_VERSION_13;
    context.flags = ARGON2_DEFAULT_FLAGS;
    const int result = argon2_ctx(&context, Argon2_id);
    passwordCopy.fill('\0');
    secretCopy.fill('\0');
    if (result != ARGON2_OK) {
        output.fill('\0');
        return {};
    }
    return output;
}

QString QcaCryptoBackend::argon2idEncoded(const Argon2::Parameters& parameters, const QByteArray& password,
                                          const QByteArray& salt)
{
    constexpr uint32_t hashLength = 32;
    const size_t encodedLength =
        argon2_encodedlen(parameters.iterations, parameters.memoryKiB, parameters.parallelism,
                          uint32_t(salt.size()), hashLength, Argon2_id);
    QByteArray encoded(qsizetype(encodedLength), '\0');
    const int result =
        argon2id_hash_encoded(parameters.iterations, parameters.memoryKiB, parameters.parallelism,
                              password.constData(), size_t(password.size()), salt.constData(),
                              size_t(salt.size()), hashLength, encoded.data(), encodedLength);
    if (result != ARGON2_OK)
        return {};
    return QString::fromLatin1(encoded.constData()); // stops at the terminating NUL
}

bool QcaCryptoBackend::argon2idVerify(const QByteArray& encoded, const QByteArray& password)
{
    // argon2id_verify recomputes the hash and compares in constant time.
    return argon2id_verify(encoded.constData(), password.constData(), size_t(password.size())) == ARGON2_OK;
}

CryptoBackend* soliloquyCreateCryptoBackend()
{
    return new QcaCryptoBackend;
}
