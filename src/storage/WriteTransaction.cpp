#include "WriteTransaction.h"

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
    if (database.commit())
        return true;
    if (error)
        *error = database.lastError();
    return false;
}

void rollback(QSqlDatabase& database)
{
    database.rollback();
}

} // namespace WriteTransaction
