#include "SecretBytes.h"

#include <utility>

namespace {

void wipe(QByteArray& bytes)
{
    // Only the last holder of the shared buffer wipes it; a copy keeps its key.
    if (!bytes.isEmpty() && bytes.isDetached()) {
        volatile char* data = const_cast<char*>(bytes.constData());
        for (qsizetype i = 0; i < bytes.size(); ++i)
            data[i] = 0;
    }
    bytes = QByteArray();
}

} // namespace

SecretBytes::SecretBytes(QByteArray bytes)
    : m_bytes(std::move(bytes))
{}

SecretBytes::SecretBytes(SecretBytes&& other) noexcept
    : m_bytes(std::exchange(other.m_bytes, QByteArray()))
{}

SecretBytes& SecretBytes::operator=(const SecretBytes& other)
{
    if (this != &other) {
        wipe(m_bytes);
        m_bytes = other.m_bytes;
    }
    return *this;
}

SecretBytes& SecretBytes::operator=(SecretBytes&& other) noexcept
{
    if (this != &other) {
        wipe(m_bytes);
        m_bytes = std::exchange(other.m_bytes, QByteArray());
    }
    return *this;
}

SecretBytes::~SecretBytes()
{
    wipe(m_bytes);
}

void SecretBytes::clear()
{
    wipe(m_bytes);
}
