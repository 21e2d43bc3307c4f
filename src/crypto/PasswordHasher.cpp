#include "PasswordHasher.h"

#include "Random.h"

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
    return Argon2::hashEncoded(parameters(), password.toUtf8(), Random::bytes(16));
}

bool verify(const QString& password, const QString& phc)
{
    return !phc.isEmpty() && Argon2::verifyEncoded(phc, password.toUtf8());
}

bool needsRehash(const QString& phc)
{
    Argon2::Parameters stored;
    if (!Argon2::parametersOf(phc, &stored))
        return true;
    const Argon2::Parameters& wanted = parameters();
    return stored.memoryKiB < wanted.memoryKiB || stored.iterations < wanted.iterations;
}

void setParametersForTesting(const Argon2::Parameters& testParameters)
{
    parameters() = testParameters;
}

} // namespace PasswordHasher
