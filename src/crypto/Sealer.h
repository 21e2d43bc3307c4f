#pragma once

#include "SecretBytes.h"

#include <QByteArray>

#include <optional>

// AES-256-GCM through QCA. A sealed message is: version byte, 96-bit random
// nonce, ciphertext, 128-bit tag.
//
// QCA's Cipher takes no GCM associated data, so the associated data (which
// names the user, the post, the purpose) selects the key instead: each message
// is sealed under HKDF-SHA256(key, info = associated data). A body copied to
// another post or user is opened with another key, and its tag fails.
namespace Sealer {

QByteArray seal(const SecretBytes& key, const QByteArray& plaintext, const QByteArray& associatedData);
// Nothing on a wrong key, wrong associated data, or any change to the sealed bytes.
std::optional<QByteArray> open(const SecretBytes& key, const QByteArray& sealed,
                               const QByteArray& associatedData);

// Plain AES-256-GCM with caller-supplied nonce, for known-answer tests of the cipher itself.
QByteArray gcmEncryptForTesting(const QByteArray& key, const QByteArray& nonce, const QByteArray& plaintext,
                                QByteArray* tag);

} // namespace Sealer
