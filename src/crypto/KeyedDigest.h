#pragma once

#include "SecretBytes.h"

#include <QByteArray>

// HMAC-SHA256 under a subkey derived from an account key, so that a digest of
// private text can be stored and compared without revealing the text: without
// the key, equal digests say nothing and a guessed text cannot be checked.
namespace KeyedDigest {

// The subkey is HKDF-SHA256(key, info = purpose); empty on a key of the wrong size.
QByteArray hmacSha256(const SecretBytes& key, const QByteArray& purpose, const QByteArray& message);

} // namespace KeyedDigest
