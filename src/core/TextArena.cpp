#include "TextArena.h"

#include "crypto/Wipe.h"

#include <cstring>
#include <utility>

TextArena::~TextArena()
{
    clear();
}

quint64 TextArena::append(std::string_view first, std::string_view second)
{
    const quint64 needed = m_size + first.size() + second.size();
    // An eighth more at a time: the block is most of the index, and it seldom grows by much
    // once built (the build reserves what it needs).
    if (needed > m_capacity)
        reserve(qMax(needed, m_capacity + m_capacity / 8 + 4096));
    const quint64 at = m_size;
    if (!first.empty())
        std::memcpy(m_data + m_size, first.data(), first.size());
    if (!second.empty())
        std::memcpy(m_data + m_size + first.size(), second.data(), second.size());
    m_size = needed;
    return at;
}

void TextArena::reserve(quint64 bytes)
{
    if (bytes <= m_capacity)
        return;
    char* const data = new char[bytes];
    if (m_size > 0)
        std::memcpy(data, m_data, m_size);
    const quint64 size = m_size;
    clear();
    m_data = data;
    m_size = size;
    m_capacity = bytes;
}

void TextArena::swap(TextArena& other) noexcept
{
    std::swap(m_data, other.m_data);
    std::swap(m_size, other.m_size);
    std::swap(m_capacity, other.m_capacity);
}

void TextArena::clear()
{
    if (m_data) {
        Wipe::memory(m_data, m_size);
        delete[] m_data;
    }
    m_data = nullptr;
    m_size = 0;
    m_capacity = 0;
}
