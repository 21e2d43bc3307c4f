#include "KeyWrap.h"

#include "Sealer.h"

namespace KeyWrap {

namespace {

// AES-256: a data key of any other size is a bug (a locked session's empty key), not a key.
constexpr qsizetype DataKeySize = 32;

} // namespace

QByteArray wrap(const SecretBytes& keyEncryptionKey, const SecretBytes& dataKey, const QByteArray& context)
{
    if (dataKey.bytes().size() != DataKeySize)
        return {};
    return Sealer::seal(keyEncryptionKey, dataKey.bytes(), QByteArray("data key: ") + context);
}

std::optional<SecretBytes> unwrap(const SecretBytes& keyEncryptionKey, const QByteArray& wrapped,
                                  const QByteArray& context)
{
    std::optional<QByteArray> key =
        Sealer::open(keyEncryptionKey, wrapped, QByteArray("data key: ") + context);
    if (!key || key->size() != DataKeySize)
        return std::nullopt;
    return SecretBytes(std::move(*key));
}

} // namespace KeyWrap
