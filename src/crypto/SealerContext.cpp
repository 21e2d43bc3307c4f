#include "SealerContext.h"

#include "CryptoRuntime.h"

SealerContext::SealerContext(const SecretBytes& key)
    : m_sealer(CryptoRuntime::backend().messageSealer(key.bytes()))
{}

SealerContext::~SealerContext() = default;

QByteArray SealerContext::seal(const QByteArray& plaintext, const QByteArray& associatedData)
{
    if (!m_sealer)
        return {};
    return m_sealer->seal(plaintext, associatedData);
}

std::optional<QByteArray> SealerContext::open(const QByteArray& sealed, const QByteArray& associatedData)
{
    if (!m_sealer)
        return std::nullopt;
    return m_sealer->open(sealed, associatedData);
}
