#include "PowerLossVfs.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMutex>

#include <sqlite3.h>

#include <cstdio>
#include <cstring>
#include <dlfcn.h>
#include <fcntl.h>
#include <unistd.h>

namespace {

// What one write or truncation replaced: the bytes at `offset` before it, and the size.
struct Undo
{
    qint64 offset = 0;
    QByteArray before;
    qint64 sizeBefore = 0;
};

struct WrappedFile
{
    sqlite3_file base;
    sqlite3_file* real;
    QByteArray path;
};

sqlite3_vfs* realVfs = nullptr;
sqlite3_vfs powerLossVfs;
sqlite3_io_methods wrappedMethods;
qint64 cutAt = 0;
qint64 counted = 0;
QMutex mutex;
QHash<QByteArray, QList<Undo>> unsynced; // by path, oldest first

[[noreturn]] void powerLoss()
{
    // Every file back to what its last sync left on the disk, newest change undone first.
    for (auto it = unsynced.cbegin(); it != unsynced.cend(); ++it) {
        const int fd = ::open(it.key().constData(), O_WRONLY);
        if (fd < 0)
            continue;
        const QList<Undo>& undos = it.value();
        for (qsizetype i = undos.size() - 1; i >= 0; --i) {
            const Undo& undo = undos.at(i);
            if (!undo.before.isEmpty() &&
                ::pwrite(fd, undo.before.constData(), size_t(undo.before.size()), undo.offset) < 0)
                std::perror("power loss: pwrite");
            if (::ftruncate(fd, undo.sizeBefore) != 0)
                std::perror("power loss: ftruncate");
        }
        ::fsync(fd);
        ::close(fd);
    }
    std::fflush(stdout);
    ::_exit(0);
}

// Counts an operation; the one numbered cutAt is where the power goes.
void count()
{
    QMutexLocker locker(&mutex);
    if (++counted == cutAt)
        powerLoss();
}

sqlite3_file* real(sqlite3_file* file)
{
    return reinterpret_cast<WrappedFile*>(file)->real;
}

qint64 sizeOf(sqlite3_file* file)
{
    sqlite3_int64 size = 0;
    return real(file)->pMethods->xFileSize(real(file), &size) == SQLITE_OK ? size : 0;
}

// The bytes now at [offset, offset + length), as far as the file reaches.
QByteArray bytesAt(sqlite3_file* file, qint64 offset, qint64 length)
{
    const qint64 size = sizeOf(file);
    if (offset >= size)
        return {};
    QByteArray bytes(qMin(length, size - offset), '\0');
    real(file)->pMethods->xRead(real(file), bytes.data(), int(bytes.size()), offset);
    return bytes;
}

void remember(sqlite3_file* file, qint64 offset, qint64 length)
{
    const QByteArray& path = reinterpret_cast<WrappedFile*>(file)->path;
    if (path.isEmpty())
        return;
    Undo undo{offset, bytesAt(file, offset, length), sizeOf(file)};
    QMutexLocker locker(&mutex);
    unsynced[path].append(undo);
}

int wrappedClose(sqlite3_file* file)
{
    sqlite3_file* inner = real(file);
    const int rc = inner->pMethods ? inner->pMethods->xClose(inner) : SQLITE_OK;
    sqlite3_free(inner);
    reinterpret_cast<WrappedFile*>(file)->path.~QByteArray();
    return rc;
}

int wrappedRead(sqlite3_file* file, void* buffer, int amount, sqlite3_int64 offset)
{
    return real(file)->pMethods->xRead(real(file), buffer, amount, offset);
}

int wrappedWrite(sqlite3_file* file, const void* buffer, int amount, sqlite3_int64 offset)
{
    count();
    remember(file, offset, amount);
    return real(file)->pMethods->xWrite(real(file), buffer, amount, offset);
}

int wrappedTruncate(sqlite3_file* file, sqlite3_int64 size)
{
    count();
    const qint64 before = sizeOf(file);
    if (size < before)
        remember(file, size, before - size);
    return real(file)->pMethods->xTruncate(real(file), size);
}

int wrappedSync(sqlite3_file* file, int flags)
{
    count();
    const int rc = real(file)->pMethods->xSync(real(file), flags);
    if (rc == SQLITE_OK) {
        QMutexLocker locker(&mutex);
        unsynced.remove(reinterpret_cast<WrappedFile*>(file)->path);
    }
    return rc;
}

int wrappedFileSize(sqlite3_file* file, sqlite3_int64* size)
{
    return real(file)->pMethods->xFileSize(real(file), size);
}

int wrappedLock(sqlite3_file* file, int level)
{
    return real(file)->pMethods->xLock(real(file), level);
}

int wrappedUnlock(sqlite3_file* file, int level)
{
    return real(file)->pMethods->xUnlock(real(file), level);
}

int wrappedCheckReservedLock(sqlite3_file* file, int* result)
{
    return real(file)->pMethods->xCheckReservedLock(real(file), result);
}

int wrappedFileControl(sqlite3_file* file, int op, void* argument)
{
    return real(file)->pMethods->xFileControl(real(file), op, argument);
}

int wrappedSectorSize(sqlite3_file* file)
{
    return real(file)->pMethods->xSectorSize(real(file));
}

int wrappedDeviceCharacteristics(sqlite3_file* file)
{
    // Nothing the real disk promises beyond what a sync gives.
    return real(file)->pMethods->xDeviceCharacteristics(real(file)) &
           ~(SQLITE_IOCAP_POWERSAFE_OVERWRITE | SQLITE_IOCAP_SEQUENTIAL | SQLITE_IOCAP_SAFE_APPEND);
}

int wrappedShmMap(sqlite3_file* file, int page, int size, int extend, void volatile** mapped)
{
    return real(file)->pMethods->xShmMap(real(file), page, size, extend, mapped);
}

int wrappedShmLock(sqlite3_file* file, int offset, int n, int flags)
{
    return real(file)->pMethods->xShmLock(real(file), offset, n, flags);
}

void wrappedShmBarrier(sqlite3_file* file)
{
    real(file)->pMethods->xShmBarrier(real(file));
}

int wrappedShmUnmap(sqlite3_file* file, int deleteFlag)
{
    return real(file)->pMethods->xShmUnmap(real(file), deleteFlag);
}

int wrappedOpen(sqlite3_vfs*, sqlite3_filename name, sqlite3_file* file, int flags, int* outFlags)
{
    auto* wrapped = reinterpret_cast<WrappedFile*>(file);
    wrapped->base.pMethods = nullptr;
    wrapped->real = static_cast<sqlite3_file*>(sqlite3_malloc(realVfs->szOsFile));
    if (!wrapped->real)
        return SQLITE_NOMEM;
    std::memset(wrapped->real, 0, size_t(realVfs->szOsFile));
    const int rc = realVfs->xOpen(realVfs, name, wrapped->real, flags, outFlags);
    if (rc != SQLITE_OK) {
        if (wrapped->real->pMethods)
            wrapped->real->pMethods->xClose(wrapped->real);
        sqlite3_free(wrapped->real);
        return rc;
    }
    new (&wrapped->path) QByteArray(name ? QByteArray(name) : QByteArray());
    wrapped->base.pMethods = &wrappedMethods;
    return SQLITE_OK;
}

int wrappedDelete(sqlite3_vfs*, const char* name, int syncDirectory)
{
    {
        QMutexLocker locker(&mutex);
        unsynced.remove(QByteArray(name));
    }
    return realVfs->xDelete(realVfs, name, syncDirectory);
}

int wrappedAccess(sqlite3_vfs*, const char* name, int flags, int* result)
{
    return realVfs->xAccess(realVfs, name, flags, result);
}

int wrappedFullPathname(sqlite3_vfs*, const char* name, int size, char* out)
{
    return realVfs->xFullPathname(realVfs, name, size, out);
}

template <typename Function> Function realFunction(const char* name)
{
    return reinterpret_cast<Function>(::dlsym(RTLD_NEXT, name));
}

} // namespace

// Renames are cut points too: the restore's swap of the journal is two of them.
extern "C" int rename(const char* from, const char* to)
{
    if (realVfs)
        count();
    static const auto next = realFunction<int (*)(const char*, const char*)>("rename");
    return next(from, to);
}

extern "C" int renameat2(int fromFolder, const char* from, int toFolder, const char* to, unsigned int flags)
{
    if (realVfs)
        count();
    static const auto next =
        realFunction<int (*)(int, const char*, int, const char*, unsigned int)>("renameat2");
    return next(fromFolder, from, toFolder, to, flags);
}

namespace PowerLossVfs {

bool install(qint64 cut)
{
    cutAt = cut;
    realVfs = sqlite3_vfs_find(nullptr);
    if (!realVfs)
        return false;
    powerLossVfs = *realVfs;
    powerLossVfs.iVersion = 1;
    powerLossVfs.szOsFile = int(sizeof(WrappedFile));
    powerLossVfs.zName = "powerloss";
    powerLossVfs.pNext = nullptr;
    powerLossVfs.xOpen = wrappedOpen;
    powerLossVfs.xDelete = wrappedDelete;
    powerLossVfs.xAccess = wrappedAccess;
    powerLossVfs.xFullPathname = wrappedFullPathname;
    // Dynamic loading, randomness, sleep and time go to the real VFS's own functions (copied above).
    wrappedMethods = {};
    wrappedMethods.iVersion = 2;
    wrappedMethods.xClose = wrappedClose;
    wrappedMethods.xRead = wrappedRead;
    wrappedMethods.xWrite = wrappedWrite;
    wrappedMethods.xTruncate = wrappedTruncate;
    wrappedMethods.xSync = wrappedSync;
    wrappedMethods.xFileSize = wrappedFileSize;
    wrappedMethods.xLock = wrappedLock;
    wrappedMethods.xUnlock = wrappedUnlock;
    wrappedMethods.xCheckReservedLock = wrappedCheckReservedLock;
    wrappedMethods.xFileControl = wrappedFileControl;
    wrappedMethods.xSectorSize = wrappedSectorSize;
    wrappedMethods.xDeviceCharacteristics = wrappedDeviceCharacteristics;
    wrappedMethods.xShmMap = wrappedShmMap;
    wrappedMethods.xShmLock = wrappedShmLock;
    wrappedMethods.xShmBarrier = wrappedShmBarrier;
    wrappedMethods.xShmUnmap = wrappedShmUnmap;
    return sqlite3_vfs_register(&powerLossVfs, 1) == SQLITE_OK;
}

qint64 operations()
{
    QMutexLocker locker(&mutex);
    return counted;
}

} // namespace PowerLossVfs
