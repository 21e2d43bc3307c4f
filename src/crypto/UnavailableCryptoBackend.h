#pragma once

#include "CryptoBackend.h"

// What stands in when the crypto module cannot be loaded: it says why, and every
// primitive fails, so that nothing is sealed, hashed or opened without it.
class UnavailableCryptoBackend : public CryptoBackend
{
public:
    explicit UnavailableCryptoBackend(QString reason);

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
    QString m_reason;
};
