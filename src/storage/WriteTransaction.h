#pragma once

#include <QSqlDatabase>
#include <QSqlError>

namespace WriteTransaction {

// Begins a transaction that holds the journal's write lock from its first statement
// (BEGIN IMMEDIATE). Commands from a terminal write beside the window: a transaction
// that read first and wrote later would fail at once when another process had written
// in between, while this one waits for the others (the busy timeout) and then sees
// what they wrote. Ended with commit() or rollback(). On failure `error`, when given,
// says why.
bool begin(QSqlDatabase& database, QSqlError* error = nullptr);
// Makes what the transaction wrote durable; on failure `error`, when given, says why and
// the transaction is still open (roll it back).
bool commit(QSqlDatabase& database, QSqlError* error = nullptr);
// Drops what the transaction wrote.
void rollback(QSqlDatabase& database);

// A savepoint named `name` inside the transaction: what is written after it is kept with
// release() or dropped with rollbackTo(), which also ends it; the transaction goes on either way.
bool savepoint(QSqlDatabase& database, const QString& name, QSqlError* error = nullptr);
bool release(QSqlDatabase& database, const QString& name, QSqlError* error = nullptr);
bool rollbackTo(QSqlDatabase& database, const QString& name);

} // namespace WriteTransaction
