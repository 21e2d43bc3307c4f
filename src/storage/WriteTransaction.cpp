#include "WriteTransaction.h"

#include "SyncOutbox.h"

#include <QSqlQuery>

namespace WriteTransaction {

bool begin(QSqlDatabase& database, QSqlError* error)
{
    QSqlQuery query(database);
    if (query.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return true;
    if (error)
        *error = query.lastError();
    return false;
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

} // namespace WriteTransaction
