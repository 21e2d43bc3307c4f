#pragma once

#include "Argon2.h"

#include <QString>

// Password verifiers: Argon2id with a random 16-byte salt, stored as a PHC
// string so that a later version can raise the parameters and rehash at login.
namespace PasswordHasher {

// At least m=64 MiB, t=3, p=1 (above the OWASP minimum of 19 MiB, t=2).
Argon2::Parameters currentParameters();
QString hash(const QString& password);
bool verify(const QString& password, const QString& phc);
// True when `phc` was made with weaker parameters than the current ones.
bool needsRehash(const QString& phc);
// A valid verifier of no account: checked against when a login names nobody,
// so that a wrong name costs as much time as a wrong password.
QString decoyHash();

// Test hook: cheaper parameters so that tests run fast. Never called by the app.
void setParametersForTesting(const Argon2::Parameters& parameters);

} // namespace PasswordHasher
