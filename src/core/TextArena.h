#pragma once

#include <QtGlobal>

#include <string_view>

// The bytes of the search index's texts, one after the other in one block of memory (a
// block per text costs a header and an allocation each). What it hands back is overwritten
// with zeros first: when it grows, and when it goes.
class TextArena
{
public:
    TextArena() = default;
    ~TextArena();
    TextArena(const TextArena&) = delete;
    TextArena& operator=(const TextArena&) = delete;

    // Appends `first` then `second`; returns where `first` begins.
    quint64 append(std::string_view first, std::string_view second);
    std::string_view view(quint64 at, quint64 size) const { return {m_data + at, size_t(size)}; }
    quint64 size() const { return m_size; }
    quint64 capacity() const { return m_capacity; }
    void reserve(quint64 bytes);
    void swap(TextArena& other) noexcept;
    // Wipes and frees the block.
    void clear();

private:
    char* m_data = nullptr;
    quint64 m_size = 0;
    quint64 m_capacity = 0;
};
