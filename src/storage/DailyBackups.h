#pragma once

#include "StorageError.h"

#include <QDateTime>
#include <QStringList>

class Database;

// Backups taken by the running app: one a day on its own, and any time on
// request, each a consistent copy through SQLite's backup API (so still
// encrypted, like the journal). The newest 14 are kept.
namespace DailyBackups {

constexpr int Kept = 14;

// Takes a backup when the newest one is from an earlier day than `now` (local time).
// `written` gets the new file's path, or stays empty when none was due.
StorageError takeIfDue(const Database& database, const QDateTime& now, QString* written);
StorageError takeNow(const Database& database, QString* written,
                     const QDateTime& now = QDateTime::currentDateTimeUtc());
// Every backup of the journal, daily and before upgrades, newest first.
QStringList all(const QString& databasePath);
// When a backup file was taken, read from its name.
QDateTime takenAt(const QString& backupPath);
// Whether it was taken before a schema upgrade (else daily or on request).
bool isUpgradeBackup(const QString& backupPath);

} // namespace DailyBackups
