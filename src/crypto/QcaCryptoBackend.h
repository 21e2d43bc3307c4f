#pragma once

#include "CryptoBackend.h"

#include <memory>

namespace QCA {
class Initializer;
}

// CryptoBackend from QCA (OpenSSL through qca-ossl) and libargon2. It holds QCA's
// initialiser, which must come before, and outlive, every other QCA object.
class QcaCryptoBackend : public CryptoBackend
{
public:
    QcaCryptoBackend();
    ~QcaCryptoBackend() override;
    QcaCryptoBackend(const QcaCryptoBackend&) = delete;
    QcaCryptoBackend& operator=(const QcaCryptoBackend&) = delete;

    QString missingFeatures() override;
    QString qcaVersion() override;
    QByteArray randomBytes(int count) override;
    std::unique_ptr<MessageSealer> messageSealer(const QByteArray& key) override;
    std::unique_ptr<MessageDigester> messageDigester(const QByteArray& key,
                                                     const QByteArray& purpose) override;
    QByteArray gcmEncrypt(const QByteArray& key, const QByteArray& nonce, const QByteArray& plaintext,
                          QByteArray* tag) override;
    QByteArray argon2idRaw(const Argon2::Parameters& parameters, const QByteArray& password,
                           const QByteArray& salt, int length, const QByteArray& secret,
                           const QByteArray& associatedData) override;
    QString argon2idEncoded(const Argon2::Parameters& parameters, const QByteArray& password,
                            const QByteArray& salt) override;
    bool argon2idVerify(const QByteArray& encoded, const QByteArray& password) override;

private:
    std::unique_ptr<QCA::Initializer> m_initializer;
};

// The module's entry point (CryptoRuntime finds it by name): a new backend, owned by the caller.
extern "C" Q_DECL_EXPORT CryptoBackend* soliloquyCreateCryptoBackend();
