#include "IntegrityCheck.h"

#include <QtConcurrentRun>

#include <sqlite3.h>

IntegrityCheck::IntegrityCheck(QString databasePath)
    : m_path(std::move(databasePath))
{}

IntegrityCheck::~IntegrityCheck()
{
    // A start that hands over to a running window does not wait for a whole check.
    m_stopping = true;
    {
        const std::lock_guard lock(m_connectionMutex);
        if (m_connection)
            sqlite3_interrupt(m_connection);
    }
    m_answer.waitForFinished();
}

QFuture<bool> IntegrityCheck::start()
{
    if (!m_started) {
        m_started = true;
        m_answer = QtConcurrent::run([this, path = m_path.toUtf8()] { return run(path); });
    }
    return m_answer;
}

bool IntegrityCheck::passed()
{
    return start().result();
}

bool IntegrityCheck::run(const QByteArray& path)
{
    sqlite3* connection = nullptr;
    if (sqlite3_open_v2(path.constData(), &connection, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        sqlite3_close(connection);
        return false; // no file yet, or one the inspection will name
    }
    {
        const std::lock_guard lock(m_connectionMutex);
        m_connection = connection;
    }
    bool passed = false;
    sqlite3_stmt* statement = nullptr;
    if (!m_stopping &&
        sqlite3_prepare_v2(connection, "PRAGMA quick_check", -1, &statement, nullptr) == SQLITE_OK &&
        sqlite3_step(statement) == SQLITE_ROW) {
        const auto* first = reinterpret_cast<const char*>(sqlite3_column_text(statement, 0));
        passed = first && qstrcmp(first, "ok") == 0 && sqlite3_step(statement) == SQLITE_DONE;
    }
    sqlite3_finalize(statement);
    const std::lock_guard lock(m_connectionMutex);
    m_connection = nullptr;
    sqlite3_close(connection);
    return passed;
}
