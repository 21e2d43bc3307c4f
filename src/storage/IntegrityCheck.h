#pragma once

#include <QFuture>
#include <QString>

#include <atomic>
#include <mutex>

struct sqlite3;

// PRAGMA quick_check of a journal on a thread of Qt's pool: SQLite reads the whole file
// while the first dialog is up, and the launch need not wait for that. Only a clean
// answer counts; anything else is checked again, in the words of JournalInspector,
// before the journal is written to (see Database::Options).
class IntegrityCheck
{
public:
    explicit IntegrityCheck(QString databasePath);
    ~IntegrityCheck();

    IntegrityCheck(const IntegrityCheck&) = delete;
    IntegrityCheck& operator=(const IntegrityCheck&) = delete;

    // Starts the reading; nothing is read before. A second call only returns the answer to come:
    // true when SQLite found the file undamaged (a QFutureWatcher tells when it is there).
    QFuture<bool> start();
    // True when SQLite found the file undamaged. Starts the reading if need be and waits.
    bool passed();
    // True once the answer is there: passed() will not wait.
    bool isFinished() const { return m_started && m_answer.isFinished(); }

private:
    bool run(const QByteArray& path);

    QString m_path;
    std::mutex m_connectionMutex; // the connection is not closed while it is interrupted
    sqlite3* m_connection = nullptr;
    std::atomic<bool> m_stopping = false;
    bool m_started = false;
    QFuture<bool> m_answer;
};
