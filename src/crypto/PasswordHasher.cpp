#include "PasswordHasher.h"

#include "Random.h"
#include "SecretBytes.h"

namespace {

Argon2::Parameters& parameters()
{
    static Argon2::Parameters current;
    return current;
}

} // namespace

namespace PasswordHasher {

Argon2::Parameters currentParameters()
{
    return parameters();
}

QString hash(const QString& password)
{
    const SecretBytes utf8(password.toUtf8()); // a copy of its own, wiped when it goes
    return Argon2::hashEncoded(parameters(), utf8.bytes(), Random::bytes(16));
}

bool verify(const QString& password, const QString& phc)
{
    const SecretBytes utf8(password.toUtf8());
    return !phc.isEmpty() && Argon2::verifyEncoded(phc, utf8.bytes());
}

bool needsRehash(const QString& phc)
{
    Argon2::Parameters stored;
    if (!Argon2::parametersOf(phc, &stored))
        return true;
    const Argon2::Parameters& wanted = parameters();
    return stored.memoryKiB < wanted.memoryKiB || stored.iterations < wanted.iterations;
}

#ifdef SOLILOQUY_TEST_HOOKS
void setParametersForTesting(const Argon2::Parameters& testParameters)
{
    parameters() = testParameters;
}
#endif

} // namespace PasswordHasher
