#pragma once

#include "SecretBytes.h"

#include <QString>

// The key that wraps an account's data key, derived from the password with
// Argon2id under its own salt: the stored verifier says nothing about it, as
// the two share only the Argon2 parameters, which are not secret.
namespace KeyDerivation {

// Uses the Argon2 parameters written in `verifier`, the account's PHC string, so
// that the key stays the same when a later version raises the defaults. Empty
// when the verifier is not a PHC string within limits, or on failure.
SecretBytes fromPassword(const QString& password, const QByteArray& salt, const QString& verifier);

} // namespace KeyDerivation
