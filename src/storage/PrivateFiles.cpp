#include "PrivateFiles.h"

#include "BackupFolder.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace {

constexpr QFileDevice::Permissions FileMode = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions FolderMode = FileMode | QFileDevice::ExeOwner;

} // namespace

namespace PrivateFiles {

bool makeFolder(const QString& folder)
{
    const QString path = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    if (QFileInfo(path).isDir())
        return true;
    const QString parent = QFileInfo(path).path();
    if (parent == path || !makeFolder(parent))
        return false;
    return QDir().mkdir(path, FolderMode) || QFileInfo(path).isDir();
}

bool createFile(const QString& file)
{
    if (QFileInfo::exists(file))
        return true;
    QFile made(file);
    // NewOnly: a file that appeared meanwhile is left to be what it is.
    if (!made.open(QIODevice::WriteOnly | QIODevice::NewOnly, FileMode))
        return QFileInfo::exists(file);
    return true;
}

void restrict(const QString& file)
{
    if (QFileInfo::exists(file))
        QFile::setPermissions(file, FileMode);
}

void restrictJournal(const QString& journal)
{
    for (const char* suffix : {"", "-wal", "-shm", ".lock"})
        restrict(journal + QLatin1String(suffix));
    const QString backups = BackupFolder(journal).path();
    if (!QFileInfo(backups).isDir())
        return;
    QFile::setPermissions(backups, FolderMode);
    QDirIterator entries(backups, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden,
                         QDirIterator::Subdirectories);
    while (entries.hasNext()) {
        const QFileInfo entry = entries.nextFileInfo();
        if (!entry.isSymLink())
            QFile::setPermissions(entry.filePath(), entry.isDir() ? FolderMode : FileMode);
    }
}

} // namespace PrivateFiles
