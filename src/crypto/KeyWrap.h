#pragma once

#include "SecretBytes.h"

#include <QByteArray>

#include <optional>

// Wraps an account's data key under a key-encryption key (from the password or
// the recovery key). `context` names the account and the purpose.
namespace KeyWrap {

QByteArray wrap(const SecretBytes& keyEncryptionKey, const SecretBytes& dataKey, const QByteArray& context);
std::optional<SecretBytes> unwrap(const SecretBytes& keyEncryptionKey, const QByteArray& wrapped,
                                  const QByteArray& context);

} // namespace KeyWrap
