#include "Backup.h"

#include "PrivateFiles.h"
#include "SqliteErrors.h"

#include <QCoreApplication>
#include <QFile>
#include <QObject>

#include <sqlite3.h>

namespace {

// Copies all pages of `from` into `to`; returns an SQLite result code.
int copyPages(sqlite3* from, sqlite3* to)
{
    sqlite3_backup* backup = sqlite3_backup_init(to, "main", from, "main");
    if (!backup)
        return sqlite3_errcode(to);
    int rc = sqlite3_backup_step(backup, -1);
    const int finish = sqlite3_backup_finish(backup);
    if (rc == SQLITE_DONE)
        rc = finish;
    return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

} // namespace

namespace Backup {

StorageError writeCopy(sqlite3* source, const QString& file)
{
    if (QFile::exists(file))
        return {
            StorageError::Code::BackupFailed,
            QCoreApplication::translate("Backup", "%1 already exists; choose a new file name for the backup.")
                .arg(file)};
    const QString partial = file + QStringLiteral(".partial");
    QFile::remove(partial);
    // Made 0600 before SQLite writes into it; the rename keeps the mode.
    PrivateFiles::createFile(partial);

    sqlite3* copy = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(partial).constData(), &copy,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc == SQLITE_OK)
        rc = copyPages(source, copy);
    // The copy is a single file: no WAL beside it, so it can be moved around freely.
    if (rc == SQLITE_OK)
        rc = sqlite3_exec(copy, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr);
    sqlite3_close(copy);
    if (rc == SQLITE_OK && !QFile::rename(partial, file)) {
        // Written whole, but not moved into place (the name taken meanwhile, or the folder).
        QFile::remove(partial);
        return {StorageError::Code::BackupFailed,
                QCoreApplication::translate(
                    "Backup", "Could not write the backup %1: the finished copy could not be given its name.")
                    .arg(file)};
    }
    if (rc != SQLITE_OK) {
        QFile::remove(partial);
        StorageError error = SqliteErrors::toStorageError(
            rc, QCoreApplication::translate("Backup", "Could not write the backup %1: %2")
                    .arg(file, QString::fromUtf8(sqlite3_errstr(rc))));
        if (error.code == StorageError::Code::Io)
            error.code = StorageError::Code::BackupFailed;
        return error;
    }
    return {};
}

StorageError restoreInto(const QString& file, sqlite3* destination)
{
    sqlite3* backup = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(file).constData(), &backup, SQLITE_OPEN_READONLY, nullptr);
    if (rc == SQLITE_OK)
        rc = copyPages(backup, destination);
    sqlite3_close(backup);
    if (rc != SQLITE_OK) {
        StorageError error = SqliteErrors::toStorageError(
            rc, QCoreApplication::translate("Backup", "Could not restore from %1: %2")
                    .arg(file, QString::fromUtf8(sqlite3_errstr(rc))));
        if (error.code == StorageError::Code::Io)
            error.code = StorageError::Code::BackupFailed;
        return error;
    }
    return {};
}

} // namespace Backup
