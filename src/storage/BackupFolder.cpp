#include "BackupFolder.h"

#include <QDir>
#include <QFileInfo>

BackupFolder::BackupFolder(const QString& databasePath, const QString& subfolder)
    : m_path(QDir::cleanPath(
          QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("backups/") + subfolder)))
    , m_baseName(QFileInfo(databasePath).completeBaseName())
{}

BackupFolder BackupFolder::daily(const QString& databasePath)
{
    return BackupFolder(databasePath, QStringLiteral("daily"));
}

QString BackupFolder::newBackupPath(int schemaVersion, const QDateTime& when) const
{
    // Two backups within one millisecond (an upgrade right after a daily one, say) must not
    // share a name, or the second would replace the first: the later one takes the next free
    // millisecond, so that names still sort in the order the backups were made.
    QDateTime time = when.toUTC();
    QString stamp = time.toString(QStringLiteral("yyyyMMdd-HHmmsszzz"));
    while (isTaken(stamp)) {
        time = time.addMSecs(1);
        stamp = time.toString(QStringLiteral("yyyyMMdd-HHmmsszzz"));
    }
    const QString name = QStringLiteral("%1-v%2-%3.sqlite3")
                             .arg(m_baseName)
                             .arg(schemaVersion, 4, 10, QLatin1Char('0'))
                             .arg(stamp);
    return QDir(m_path).filePath(name);
}

bool BackupFolder::isTaken(const QString& stamp) const
{
    // Of any schema version, finished or still being written: the names sort on their time alone.
    const QString name = QStringLiteral("%1-v*-%2.sqlite3").arg(m_baseName, stamp);
    return !QDir(m_path).entryList({name, name + QStringLiteral(".partial")}, QDir::Files).isEmpty();
}

QStringList BackupFolder::backups() const
{
    // The name ends in the UTC time, so newest first is a sort on that part.
    const QDir folder(m_path);
    QStringList names = folder.entryList({m_baseName + QStringLiteral("-v*.sqlite3")}, QDir::Files);
    std::sort(names.begin(), names.end(), [](const QString& a, const QString& b) {
        return a.right(26) > b.right(26); // "yyyyMMdd-HHmmsszzz.sqlite3"
    });
    QStringList paths;
    for (const QString& name : names)
        paths << folder.filePath(name);
    return paths;
}

QString BackupFolder::newest() const
{
    const QStringList all = backups();
    return all.isEmpty() ? QString() : all.constFirst();
}

void BackupFolder::keepNewest(int count) const
{
    const QStringList all = backups();
    for (qsizetype i = count; i < all.size(); ++i)
        QFile::remove(all.at(i));
    // A copy cut short by a crash: as large as the journal, and never finished. Only the
    // process that holds the journal writes backups, and it has just finished its own.
    const QDir folder(m_path);
    for (const QString& name :
         folder.entryList({m_baseName + QStringLiteral("-v*.sqlite3.partial")}, QDir::Files))
        QFile::remove(folder.filePath(name));
}
