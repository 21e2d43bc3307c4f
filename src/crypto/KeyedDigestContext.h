#pragma once

#include "CryptoBackend.h"
#include "SecretBytes.h"

#include <QByteArray>

#include <memory>

// Keyed digests (see KeyedDigest) of many messages for one key and purpose:
// the subkey is derived once and one HMAC context is reused, since deriving
// and making QCA contexts costs more than hashing a short message. Not
// thread-safe; one per thread.
class KeyedDigestContext
{
public:
    KeyedDigestContext(const SecretBytes& key, const QByteArray& purpose);
    ~KeyedDigestContext();
    KeyedDigestContext(const KeyedDigestContext&) = delete;
    KeyedDigestContext& operator=(const KeyedDigestContext&) = delete;

    // The same bytes as KeyedDigest::hmacSha256(key, purpose, message); empty on a key of the wrong size.
    QByteArray digest(const QByteArray& message);

private:
    // Null on a key of the wrong size.
    std::unique_ptr<CryptoBackend::MessageDigester> m_digester;
};
