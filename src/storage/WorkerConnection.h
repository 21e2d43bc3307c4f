#pragma once

#include <QSqlDatabase>
#include <QString>

// A second connection to the journal that this process already holds open through Database,
// made, used and closed on one worker thread (a Qt connection belongs to its thread), so that
// long work such as an import writes while the window stays responsive. It is a plain SQLite
// connection: a second Database would open the file beside SQLite, and closing that drops the
// locks SQLite holds on it. It writes as Database's connection does (write-ahead log,
// synchronous=FULL, foreign keys), waiting for the window's writes through the busy timeout.
// Removed from Qt's registry when it goes out of scope.
class WorkerConnection
{
public:
    explicit WorkerConnection(const QString& path);
    ~WorkerConnection();
    WorkerConnection(const WorkerConnection&) = delete;
    WorkerConnection& operator=(const WorkerConnection&) = delete;

    bool isOpen() const { return m_database.isOpen() && m_error.isEmpty(); }
    // Why it did not open, in SQLite's words.
    QString error() const { return m_error; }
    QSqlDatabase& database() { return m_database; }

private:
    QString m_name;
    QString m_error;
    QSqlDatabase m_database;
};
