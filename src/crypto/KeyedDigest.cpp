#include "KeyedDigest.h"

#include "KeyedDigestContext.h"

namespace KeyedDigest {

QByteArray hmacSha256(const SecretBytes& key, const QByteArray& purpose, const QByteArray& message)
{
    return KeyedDigestContext(key, purpose).digest(message);
}

} // namespace KeyedDigest
