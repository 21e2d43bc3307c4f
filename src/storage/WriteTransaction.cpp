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

} // namespace WriteTransaction
