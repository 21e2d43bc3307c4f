#include "DailyBackups.h"

#include "BackupFolder.h"
#include "Database.h"
#include "PrivateFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTimeZone>

#include <algorithm>

namespace DailyBackups {

QDateTime takenAt(const QString& backupPath)
{
    // Names end in "-yyyyMMdd-HHmmsszzz.sqlite3", in UTC.
    const QString stamp = QFileInfo(backupPath).completeBaseName().right(18);
    QDateTime when = QDateTime::fromString(stamp, QStringLiteral("yyyyMMdd-HHmmsszzz"));
    when.setTimeZone(QTimeZone::UTC);
    return when;
}

bool isUpgradeBackup(const QString& backupPath)
{
    return QFileInfo(backupPath).absoluteDir().dirName() != QLatin1String("daily");
}

StorageError takeNow(const Database& database, QString* written, const QDateTime& now)
{
    const BackupFolder folder = BackupFolder::daily(database.path());
    if (!PrivateFiles::makeFolder(folder.path()))
        return {StorageError::Code::BackupFailed,
                QCoreApplication::translate("DailyBackups", "Soliloquy could not make the backup folder %1.")
                    .arg(folder.path())};
    const QString file = folder.newBackupPath(database.schemaVersion(), now);
    if (StorageError error = database.backupTo(file); error.isError())
        return error;
    folder.keepNewest(Kept);
    *written = file;
    return {};
}

StorageError takeIfDue(const Database& database, const QDateTime& now, QString* written)
{
    const QString newest = BackupFolder::daily(database.path()).newest();
    if (!newest.isEmpty() && takenAt(newest).toLocalTime().date() >= now.toLocalTime().date())
        return {};
    return takeNow(database, written, now);
}

QStringList all(const QString& databasePath)
{
    QStringList backups = BackupFolder(databasePath).backups() + BackupFolder::daily(databasePath).backups();
    std::sort(backups.begin(), backups.end(),
              [](const QString& a, const QString& b) { return takenAt(a) > takenAt(b); });
    return backups;
}

} // namespace DailyBackups
