#include "KeyedDigestContext.h"

#include "CryptoRuntime.h"

KeyedDigestContext::KeyedDigestContext(const SecretBytes& key, const QByteArray& purpose)
    : m_digester(CryptoRuntime::backend().messageDigester(key.bytes(), purpose))
{}

KeyedDigestContext::~KeyedDigestContext() = default;

QByteArray KeyedDigestContext::digest(const QByteArray& message)
{
    if (!m_digester)
        return {};
    return m_digester->digest(message);
}
