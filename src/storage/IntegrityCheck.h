#pragma once

#include <QString>

#include <atomic>
#include <mutex>
#include <thread>

struct sqlite3;

// PRAGMA quick_check of a journal on a thread of its own, started before Qt is up:
// SQLite reads the whole file, and the launch need not wait for that on one core.
// Only a clean answer is used; anything else is checked again, in the words of
// JournalInspector, when the journal is opened.
class IntegrityCheck
{
public:
    explicit IntegrityCheck(const QString& databasePath);
    ~IntegrityCheck();

    IntegrityCheck(const IntegrityCheck&) = delete;
    IntegrityCheck& operator=(const IntegrityCheck&) = delete;

    // True when SQLite found the file undamaged. Waits for the answer.
    bool passed();

private:
    void run(const QByteArray& path);

    std::mutex m_connectionMutex; // the connection is not closed while it is interrupted
    sqlite3* m_connection = nullptr;
    std::atomic<bool> m_stopping = false;
    bool m_passed = false;
    std::thread m_thread; // last: starts once the members above exist
};
