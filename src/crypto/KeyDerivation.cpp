#include "KeyDerivation.h"

#include "Argon2.h"

namespace KeyDerivation {

SecretBytes fromPassword(const QString& password, const QByteArray& salt, const QString& verifier)
{
    Argon2::Parameters parameters;
    if (!Argon2::parametersOf(verifier, &parameters))
        return SecretBytes();
    QByteArray utf8 = password.toUtf8();
    SecretBytes key(Argon2::hashRaw(parameters, utf8, salt, 32));
    utf8.fill('\0');
    return key;
}

} // namespace KeyDerivation
