#pragma once

#include <QSqlDatabase>
#include <QString>

namespace ReadTransaction {

// Begins a read transaction: every read until end() sees the journal at one moment, also
// while another process writes. On failure `error`, when given, says why.
bool begin(QSqlDatabase& database, QString* error = nullptr);
void end(QSqlDatabase& database);

} // namespace ReadTransaction
