#pragma once

#include "Argon2.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

// The primitives the crypto classes are made of, from QCA and libargon2: the one
// boundary behind which those libraries live. CryptoRuntime::backend() gives the
// process's one instance. Keys arrive as plain bytes; SecretBytes stays on this side.
class CryptoBackend
{
public:
    // Seals and opens many messages under one key, in the format of Sealer.
    class MessageSealer
    {
    public:
        virtual ~MessageSealer() = default;
        // Empty on failure.
        virtual QByteArray seal(const QByteArray& plaintext, const QByteArray& associatedData) = 0;
        // Nothing on a wrong key, wrong associated data, or any change to the sealed bytes.
        virtual std::optional<QByteArray> open(const QByteArray& sealed,
                                               const QByteArray& associatedData) = 0;
    };

    // Keyed digests of many messages under one key and purpose, as KeyedDigest.
    class MessageDigester
    {
    public:
        virtual ~MessageDigester() = default;
        virtual QByteArray digest(const QByteArray& message) = 0;
    };

    virtual ~CryptoBackend() = default;

    // Empty when every algorithm Soliloquy needs is there; else what is missing, in plain words.
    virtual QString missingFeatures() = 0;
    virtual QString qcaVersion() = 0;
    virtual QByteArray randomBytes(int count) = 0;
    // Both are null on a key of the wrong size.
    virtual std::unique_ptr<MessageSealer> messageSealer(const QByteArray& key) = 0;
    virtual std::unique_ptr<MessageDigester> messageDigester(const QByteArray& key,
                                                             const QByteArray& purpose) = 0;
    virtual QByteArray gcmEncrypt(const QByteArray& key, const QByteArray& nonce, const QByteArray& plaintext,
                                  QByteArray* tag) = 0;
    // Argon2id as Argon2 describes it; the parameters are checked against its limits first.
    virtual QByteArray argon2idRaw(const Argon2::Parameters& parameters, const QByteArray& password,
                                   const QByteArray& salt, int length, const QByteArray& secret,
                                   const QByteArray& associatedData) = 0;
    virtual QString argon2idEncoded(const Argon2::Parameters& parameters, const QByteArray& password,
                                    const QByteArray& salt) = 0;
    virtual bool argon2idVerify(const QByteArray& encoded, const QByteArray& password) = 0;
};
