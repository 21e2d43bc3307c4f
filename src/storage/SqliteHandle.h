#pragma once

#include <QSqlDatabase>
#include <QSqlError>

struct sqlite3;

namespace SqliteHandle {

// The sqlite3 connection behind a QSQLITE QSqlDatabase, for what Qt Sql does not
// offer: running a whole SQL script and the online backup API.
sqlite3* of(const QSqlDatabase& database);

// The SQLite result code of a failed QSqlQuery or QSqlDatabase call (0 when unknown).
int resultCode(const QSqlError& error);

} // namespace SqliteHandle
