#pragma once

#include <QByteArray>

// Key material that is zeroed when the last holder lets go of it, so that a
// locked journal leaves no key behind in freed memory.
class SecretBytes
{
public:
    SecretBytes() = default;
    explicit SecretBytes(QByteArray bytes);
    SecretBytes(const SecretBytes&) = default;
    SecretBytes(SecretBytes&& other) noexcept;
    SecretBytes& operator=(const SecretBytes& other);
    SecretBytes& operator=(SecretBytes&& other) noexcept;
    ~SecretBytes();

    bool isEmpty() const { return m_bytes.isEmpty(); }
    qsizetype size() const { return m_bytes.size(); }
    const QByteArray& bytes() const { return m_bytes; }
    void clear();

private:
    QByteArray m_bytes;
};
