#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

// The backups/ folder beside a journal, where Soliloquy keeps dated copies
// (taken before every schema upgrade) and prunes the oldest; the daily
// backups live in backups/daily/, so that each kind keeps its own count.
class BackupFolder
{
public:
    explicit BackupFolder(const QString& databasePath, const QString& subfolder = QString());
    static BackupFolder daily(const QString& databasePath);

    QString path() const { return m_path; }
    // A new file name holding the schema version and the time, e.g. journal-v0002-20261125-101500123.sqlite3;
    // never one that a backup already has (or one still being written).
    QString newBackupPath(int schemaVersion, const QDateTime& when = QDateTime::currentDateTimeUtc()) const;
    // Full paths, newest first.
    QStringList backups() const;
    QString newest() const;
    // Removes all but the newest `count` backups, and copies a crash left unfinished.
    void keepNewest(int count) const;

private:
    // Whether a backup already carries the time `stamp` (yyyyMMdd-HHmmsszzz) in its name.
    bool isTaken(const QString& stamp) const;

    QString m_path;
    QString m_baseName;
};
