#include "KeyedDigestContext.h"

#include <QtCrypto>

#include <optional>

namespace {

constexpr int KeySize = 32;

} // namespace

struct KeyedDigestContext::Contexts
{
    std::optional<QCA::MessageAuthenticationCode> hmac;
};

KeyedDigestContext::KeyedDigestContext(const SecretBytes& key, const QByteArray& purpose)
    : m_contexts(std::make_unique<Contexts>())
{
    if (key.size() != KeySize)
        return;
    const QCA::SymmetricKey subkey =
        QCA::HKDF(QStringLiteral("sha256"))
            .makeKey(QCA::SecureArray(key.bytes()),
                     QCA::InitializationVector(QByteArray("soliloquy keyed digest v1")),
                     QCA::InitializationVector(purpose), KeySize);
    m_contexts->hmac.emplace(QStringLiteral("hmac(sha256)"), subkey);
}

KeyedDigestContext::~KeyedDigestContext() = default;

QByteArray KeyedDigestContext::digest(const QByteArray& message)
{
    if (!m_contexts->hmac)
        return {};
    QCA::MessageAuthenticationCode& hmac = *m_contexts->hmac;
    // clear() starts a new message under the same subkey.
    hmac.clear();
    hmac.update(QCA::MemoryRegion(message));
    return hmac.final().toByteArray();
}
