#include "Wipe.h"

#include <QtGlobal>

#include <cstring>

#if defined(Q_OS_WIN)
#include <windows.h>
#endif

namespace Wipe {

void memory(void* data, std::size_t size)
{
    // Zeroing that the compiler may not drop although the memory is about to be freed, at the
    // speed of memset: the search index wipes hundreds of megabytes at a lock.
#if defined(Q_OS_WIN)
    SecureZeroMemory(data, size);
#elif defined(__GLIBC__) || defined(__OpenBSD__) || defined(__FreeBSD__)
    explicit_bzero(data, size);
#else
    std::memset(data, 0, size);
    __asm__ __volatile__("" : : "r"(data) : "memory");
#endif
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
