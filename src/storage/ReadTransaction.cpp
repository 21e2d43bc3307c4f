#include "ReadTransaction.h"

#include <QSqlError>

namespace ReadTransaction {

bool begin(QSqlDatabase& database, QString* error)
{
    if (database.transaction())
        return true;
    if (error)
        *error = database.lastError().text();
    return false;
}

void end(QSqlDatabase& database)
{
    database.commit();
}

} // namespace ReadTransaction
