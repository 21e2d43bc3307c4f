#pragma once

#include "Argon2.h"
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

// What an account keeps of its password since one Argon2id run per unlock: only the
// parameters, as the head of a PHC string ("$argon2id$v=19$m=...,t=...,p=...$"). The password
// is then checked by opening the wrapped key, so nothing else needs a run of its own.
QString parametersOnly(const Argon2::Parameters& parameters);
// The same for an older account's verifier: its parameters, without salt and hash. Empty
// when `verifier` is not a PHC string within limits.
QString withoutVerifier(const QString& verifier);
// True when `stored` carries a full verifier (an account not yet converted).
bool holdsVerifier(const QString& stored);

} // namespace KeyDerivation
