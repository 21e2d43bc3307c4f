#include "ReadOnlyConnection.h"

#include <QAtomicInteger>

namespace {
QAtomicInteger<int> connectionCounter;
}

ReadOnlyConnection::ReadOnlyConnection(const QString& path)
    : m_name(QStringLiteral("soliloquy-readonly-%1").arg(connectionCounter.fetchAndAddRelaxed(1)))
{
    m_database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    m_database.setDatabaseName(path);
    m_database.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
    m_database.open();
}

ReadOnlyConnection::~ReadOnlyConnection()
{
    m_database.close();
    m_database = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}
