#include "WorkerConnection.h"

#include "SyncOutbox.h"

#include <QAtomicInteger>
#include <QSqlError>
#include <QSqlQuery>

namespace {
QAtomicInteger<int> connectionCounter;
}

WorkerConnection::WorkerConnection(const QString& path)
    : m_name(QStringLiteral("soliloquy-worker-%1").arg(connectionCounter.fetchAndAddRelaxed(1)))
{
    m_database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    m_database.setDatabaseName(path);
    m_database.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_database.open()) {
        m_error = m_database.lastError().text();
        return;
    }
    // The journal is in WAL mode already (Database made it so); these hold per connection.
    QSqlQuery query(m_database);
    for (const QString& pragma :
         {QStringLiteral("PRAGMA synchronous = FULL"), QStringLiteral("PRAGMA foreign_keys = ON")}) {
        if (!query.exec(pragma)) {
            m_error = query.lastError().text();
            return;
        }
    }
    // Imports on a worker are sent to the other computers as the window's writes are.
    if (QString cause; !SyncOutbox::startIfSyncing(m_database, &cause))
        m_error = cause;
}

WorkerConnection::~WorkerConnection()
{
    SyncOutbox::stop(m_database);
    m_database.close();
    m_database = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}
