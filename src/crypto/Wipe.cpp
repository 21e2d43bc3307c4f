#include "Wipe.h"

namespace Wipe {

void memory(void* data, std::size_t size)
{
    // Through a volatile pointer, so that the compiler keeps stores to memory about to be freed.
    volatile unsigned char* bytes = static_cast<unsigned char*>(data);
    for (std::size_t i = 0; i < size; ++i)
        bytes[i] = 0;
}

void bytes(QByteArray& bytes)
{
    if (!bytes.isEmpty() && bytes.isDetached())
        memory(const_cast<char*>(bytes.constData()), std::size_t(bytes.size()));
    bytes = QByteArray();
}

void text(QString& text)
{
    if (text.isEmpty())
        return;
    if (!text.isDetached()) {
        text = QString();
        return;
    }
    memory(const_cast<QChar*>(text.constData()), std::size_t(text.size()) * sizeof(QChar));
    text.truncate(0);
}

} // namespace Wipe
