#include "KeyDerivation.h"

#include "PasswordHasher.h"

namespace KeyDerivation {

SecretBytes fromPassword(const QString& password, const QByteArray& salt)
{
    QByteArray utf8 = password.toUtf8();
    SecretBytes key(Argon2::hashRaw(PasswordHasher::currentParameters(), utf8, salt, 32));
    utf8.fill('\0');
    return key;
}

} // namespace KeyDerivation
