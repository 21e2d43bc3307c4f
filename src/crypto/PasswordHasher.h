#pragma once

#include "Argon2.h"

#include <QString>

// The Argon2id parameters passwords are run with, and the verifiers (PHC strings with a
// random 16-byte salt) that accounts made before one run per unlock still hold until their
// next login. A later version can raise the parameters; the key is rewrapped at login.
namespace PasswordHasher {

// At least m=64 MiB, t=3, p=1 (above the OWASP minimum of 19 MiB, t=2).
Argon2::Parameters currentParameters();
QString hash(const QString& password);
bool verify(const QString& password, const QString& phc);
// True when `phc` was made with weaker parameters than the current ones.
bool needsRehash(const QString& phc);

#ifdef SOLILOQUY_TEST_HOOKS
// Test hook: cheaper parameters so that tests run fast. Only in builds with the tests, so that
// nothing in a release build can weaken Argon2.
void setParametersForTesting(const Argon2::Parameters& parameters);
#endif

} // namespace PasswordHasher
