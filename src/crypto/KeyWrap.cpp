#include "KeyWrap.h"

#include "Sealer.h"

namespace KeyWrap {

QByteArray wrap(const SecretBytes& keyEncryptionKey, const SecretBytes& dataKey, const QByteArray& context)
{
    return Sealer::seal(keyEncryptionKey, dataKey.bytes(), QByteArray("data key: ") + context);
}

std::optional<SecretBytes> unwrap(const SecretBytes& keyEncryptionKey, const QByteArray& wrapped,
                                  const QByteArray& context)
{
    std::optional<QByteArray> key =
        Sealer::open(keyEncryptionKey, wrapped, QByteArray("data key: ") + context);
    if (!key || key->size() != 32)
        return std::nullopt;
    return SecretBytes(std::move(*key));
}

} // namespace KeyWrap
