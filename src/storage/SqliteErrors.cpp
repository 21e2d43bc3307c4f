#include "SqliteErrors.h"

#include "SqliteHandle.h"

#include <QCoreApplication>
#include <QObject>
#include <QSqlError>

#include <sqlite3.h>

namespace SqliteErrors {

StorageError toStorageError(int sqliteCode, const QString& fallbackMessage)
{
    switch (sqliteCode & 0xff) {
    case SQLITE_FULL:
        return {StorageError::Code::DiskFull,
                QCoreApplication::translate(
                    "SqliteErrors",
                    "The disk is full, so Soliloquy could not save. Nothing was lost: free some space "
                    "and try again.")};
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return {StorageError::Code::ReadOnly,
                QCoreApplication::translate(
                    "SqliteErrors",
                    "Soliloquy cannot write to the journal file: it or its folder is read-only.")};
    case SQLITE_CORRUPT:
        return {StorageError::Code::Corrupt,
                QCoreApplication::translate("SqliteErrors",
                                            "The journal file is damaged. Restore it from a backup.")};
    case SQLITE_NOTADB:
        return {StorageError::Code::NotSqlite,
                QCoreApplication::translate("SqliteErrors", "This file is not a Soliloquy journal.")};
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return {StorageError::Code::Locked,
                QCoreApplication::translate(
                    "SqliteErrors", "The journal is busy in another program. Close it and try again.")};
    default:
        return {StorageError::Code::Io, fallbackMessage};
    }
}

StorageError toStorageError(const QSqlError& error, const QString& fallbackMessage)
{
    return toStorageError(SqliteHandle::resultCode(error), fallbackMessage);
}

} // namespace SqliteErrors
