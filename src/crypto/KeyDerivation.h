#pragma once

#include "SecretBytes.h"

#include <QString>

// The key that wraps an account's data key, derived from the password with
// Argon2id under its own salt: the stored verifier says nothing about it.
namespace KeyDerivation {

SecretBytes fromPassword(const QString& password, const QByteArray& salt);

} // namespace KeyDerivation
