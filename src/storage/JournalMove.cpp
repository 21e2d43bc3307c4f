#include "JournalMove.h"

#include "BackupFolder.h"
#include "Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace JournalMove {

namespace {

const QString WalSuffix = QStringLiteral("-wal");
const QString ShmSuffix = QStringLiteral("-shm");
const QString LockSuffix = QStringLiteral(".lock");

bool renameIfThere(const QString& from, const QString& to)
{
    return !QFileInfo::exists(from) || QFile::rename(from, to);
}

} // namespace

Outcome move(const QString& from, const QString& to)
{
    if (!QFileInfo::exists(from))
        return Outcome::NothingToMove;
    if (QFileInfo::exists(to) || Database::isOpenElsewhere(from))
        return Outcome::Refused;
    // A log beside both would be two logs for one journal: leave it all where it is.
    if (QFileInfo::exists(from + WalSuffix) && QFileInfo::exists(to + WalSuffix))
        return Outcome::Refused;
    if (!QDir().mkpath(QFileInfo(to).absolutePath()))
        return Outcome::Refused;

    const QString fromBackups = BackupFolder(from).path();
    const QString toBackups = BackupFolder(to).path();
    if (QFileInfo::exists(fromBackups) && !QFileInfo::exists(toBackups) &&
        !QDir().rename(fromBackups, toBackups))
        return Outcome::Refused;
    // The shared-memory index is rebuilt from the log; the log holds committed posts and
    // goes first, so that a crash before the journal's own rename is finished next time.
    QFile::remove(from + ShmSuffix);
    if (!renameIfThere(from + WalSuffix, to + WalSuffix))
        return Outcome::Refused;
    if (!QFile::rename(from, to)) {
        renameIfThere(to + WalSuffix, from + WalSuffix);
        return Outcome::Refused;
    }
    QFile::remove(from + LockSuffix);
    QDir().rmdir(QFileInfo(from).absolutePath()); // only when nothing else is left in it
    return Outcome::Moved;
}

} // namespace JournalMove
