#include "WriteTransaction.h"

#include "SyncOutbox.h"

#include <QSqlQuery>

namespace WriteTransaction {

namespace {

bool execute(QSqlDatabase& database, const QString& statement, QSqlError* error)
{
    QSqlQuery query(database);
    if (query.exec(statement))
        return true;
    if (error)
        *error = query.lastError();
    return false;
}

} // namespace

bool begin(QSqlDatabase& database, QSqlError* error)
{
    return execute(database, QStringLiteral("BEGIN IMMEDIATE"), error);
}

bool commit(QSqlDatabase& database, QSqlError* error)
{
    // The changes go to the other computers in the transaction that made them.
    if (!SyncOutbox::beforeCommit(database, error))
        return false;
    if (database.commit())
        return true;
    if (error)
        *error = database.lastError();
    return false;
}

void rollback(QSqlDatabase& database)
{
    database.rollback();
    SyncOutbox::afterRollback(database);
}

bool savepoint(QSqlDatabase& database, const QString& name, QSqlError* error)
{
    return execute(database, QStringLiteral("SAVEPOINT ") + name, error);
}

bool release(QSqlDatabase& database, const QString& name, QSqlError* error)
{
    return execute(database, QStringLiteral("RELEASE ") + name, error);
}

bool rollbackTo(QSqlDatabase& database, const QString& name)
{
    return execute(database, QStringLiteral("ROLLBACK TO ") + name, nullptr) &&
           execute(database, QStringLiteral("RELEASE ") + name, nullptr);
}

} // namespace WriteTransaction
