#include "JournalLock.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSysInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

JournalLock::JournalLock(QString lockPath)
    : m_path(std::move(lockPath))
{}

JournalLock::Outcome JournalLock::tryLockFile()
{
    if (!m_lockFile) {
        m_lockFile = std::make_unique<QLockFile>(m_path);
        // Only a dead owner makes the lock stale, never its age.
        m_lockFile->setStaleLockTime(0);
    }
    if (m_lockFile->tryLock(0)) {
        QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return Outcome::Taken;
    }
    switch (m_lockFile->error()) {
    case QLockFile::LockFailedError:
        return Outcome::HeldElsewhere;
    case QLockFile::PermissionError:
        return Outcome::NoPermission;
    default:
        return Outcome::Failed;
    }
}

qint64 JournalLock::holderProcessId() const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    return file.readLine().trimmed().toLongLong();
}

#ifdef Q_OS_UNIX

namespace {

// What QLockFile writes: process id, program name, host name, machine id, boot id.
QByteArray holderDescription()
{
    const QString program = QCoreApplication::instance()
                                ? QFileInfo(QCoreApplication::applicationFilePath()).fileName()
                                : QString();
    return QByteArray::number(QCoreApplication::applicationPid()) + '\n' + program.toUtf8() + '\n' +
           QSysInfo::machineHostName().toUtf8() + '\n' + QSysInfo::machineUniqueId() + '\n' +
           QSysInfo::bootUniqueId() + '\n';
}

bool writeAll(int descriptor, const QByteArray& bytes)
{
    qsizetype written = 0;
    while (written < bytes.size()) {
        const ssize_t chunk = ::write(descriptor, bytes.constData() + written, bytes.size() - written);
        if (chunk < 0 && errno == EINTR)
            continue;
        if (chunk <= 0)
            return false;
        written += chunk;
    }
    return true;
}

} // namespace

JournalLock::~JournalLock()
{
    if (m_descriptor < 0)
        return;
    // Removed while still held: a start that opened the file meanwhile finds its
    // lock on a file that is gone, and tries again (see tryLock).
    ::unlink(QFile::encodeName(m_path).constData());
    ::close(m_descriptor);
}

JournalLock::Outcome JournalLock::tryLock()
{
    if (m_descriptor >= 0)
        return Outcome::Taken;
    if (m_lockFile)
        return tryLockFile();
    const QByteArray path = QFile::encodeName(m_path);
    // A holder that closes between our open and our flock has removed the file we
    // locked; a few tries find the file that is there now.
    for (int attempt = 0; attempt < 5; ++attempt) {
        const int descriptor = ::open(path.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
        if (descriptor < 0)
            return errno == EACCES || errno == EROFS || errno == EPERM ? Outcome::NoPermission
                                                                       : Outcome::Failed;
        if (::flock(descriptor, LOCK_EX | LOCK_NB) != 0) {
            const int error = errno;
            if (error == EWOULDBLOCK) {
                ::close(descriptor);
                return Outcome::HeldElsewhere;
            }
            // A file system without flock (some network shares): a QLockFile there,
            // which creates the file itself. An empty one is the one just made here.
            struct stat made = {};
            if (::fstat(descriptor, &made) == 0 && made.st_size == 0)
                ::unlink(path.constData());
            ::close(descriptor);
            return tryLockFile();
        }
        struct stat locked = {};
        struct stat named = {};
        if (::fstat(descriptor, &locked) == 0 && ::stat(path.constData(), &named) == 0 &&
            locked.st_dev == named.st_dev && locked.st_ino == named.st_ino) {
            // The description only names the holder: the lock itself is the flock. It says
            // which machine and program have the journal: for the user alone, also when an
            // older version or a crash left the file readable to others.
            const QByteArray description = holderDescription();
            if (::fchmod(descriptor, S_IRUSR | S_IWUSR) != 0 || ::ftruncate(descriptor, 0) != 0 ||
                !writeAll(descriptor, description)) {
                ::unlink(path.constData());
                ::close(descriptor);
                return Outcome::Failed;
            }
            m_descriptor = descriptor;
            return Outcome::Taken;
        }
        ::close(descriptor);
    }
    return Outcome::Failed;
}

#else

JournalLock::~JournalLock() = default;

JournalLock::Outcome JournalLock::tryLock()
{
    return tryLockFile();
}

#endif
