#include "SqliteHandle.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace SqliteHandle {

sqlite3* of(const QSqlDatabase& database)
{
    const QVariant handle = database.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.data());
}

int resultCode(const QSqlError& error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    if (ok)
        return code;
    // Qt's commit keeps SQLite's message but not its code, and in WAL mode a full disk is
    // told at the commit: the message, SQLite's own wording of the code, names it.
    for (const int known : {SQLITE_FULL, SQLITE_READONLY, SQLITE_CORRUPT, SQLITE_NOTADB, SQLITE_BUSY,
                            SQLITE_LOCKED, SQLITE_IOERR}) {
        if (error.databaseText() == QLatin1String(sqlite3_errstr(known)))
            return known;
    }
    return 0;
}

} // namespace SqliteHandle
