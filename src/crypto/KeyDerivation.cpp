#include "KeyDerivation.h"

#include "Argon2.h"

namespace KeyDerivation {

SecretBytes fromPassword(const QString& password, const QByteArray& salt, const QString& verifier)
{
    Argon2::Parameters parameters;
    if (!Argon2::parametersOf(verifier, &parameters))
        return SecretBytes();
    const SecretBytes utf8(password.toUtf8());
    return SecretBytes(Argon2::hashRaw(parameters, utf8.bytes(), salt, 32));
}

QString parametersOnly(const Argon2::Parameters& parameters)
{
    return QStringLiteral("$argon2id$v=19$m=%1,t=%2,p=%3$")
        .arg(parameters.memoryKiB)
        .arg(parameters.iterations)
        .arg(parameters.parallelism);
}

QString withoutVerifier(const QString& verifier)
{
    Argon2::Parameters parameters;
    return Argon2::parametersOf(verifier, &parameters) ? parametersOnly(parameters) : QString();
}

bool holdsVerifier(const QString& stored)
{
    Argon2::Parameters parameters;
    return Argon2::parametersOf(stored, &parameters) && stored != parametersOnly(parameters);
}

} // namespace KeyDerivation
