#include "SecretBytes.h"

#include "Wipe.h"

#include <utility>

SecretBytes::SecretBytes(QByteArray bytes)
    : m_bytes(std::move(bytes))
{}

SecretBytes::SecretBytes(SecretBytes&& other) noexcept
    : m_bytes(std::exchange(other.m_bytes, QByteArray()))
{}

SecretBytes& SecretBytes::operator=(const SecretBytes& other)
{
    if (this != &other) {
        Wipe::bytes(m_bytes); // only the last holder of a shared buffer wipes it
        m_bytes = other.m_bytes;
    }
    return *this;
}

SecretBytes& SecretBytes::operator=(SecretBytes&& other) noexcept
{
    if (this != &other) {
        Wipe::bytes(m_bytes); // only the last holder of a shared buffer wipes it
        m_bytes = std::exchange(other.m_bytes, QByteArray());
    }
    return *this;
}

SecretBytes::~SecretBytes()
{
    Wipe::bytes(m_bytes);
}

void SecretBytes::clear()
{
    Wipe::bytes(m_bytes);
}
