#include "Sealer.h"

#include "CryptoBackend.h"
#include "CryptoRuntime.h"
#include "SealerContext.h"

namespace Sealer {

QByteArray seal(const SecretBytes& key, const QByteArray& plaintext, const QByteArray& associatedData)
{
    return SealerContext(key).seal(plaintext, associatedData);
}

std::optional<QByteArray> open(const SecretBytes& key, const QByteArray& sealed,
                               const QByteArray& associatedData)
{
    return SealerContext(key).open(sealed, associatedData);
}

QByteArray gcmEncryptForTesting(const QByteArray& key, const QByteArray& nonce, const QByteArray& plaintext,
                                QByteArray* tag)
{
    return CryptoRuntime::backend().gcmEncrypt(key, nonce, plaintext, tag);
}

} // namespace Sealer
