#include "BackgroundLedgerCheck.h"

#include "storage/ReadOnlyConnection.h"

#include <QSqlError>

#include <QThread>

BackgroundLedgerCheck::BackgroundLedgerCheck(QObject* parent)
    : QObject(parent)
{}

BackgroundLedgerCheck::~BackgroundLedgerCheck()
{
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
    }
}

void BackgroundLedgerCheck::start(const QString& databasePath, const Session& session)
{
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
        m_worker = nullptr;
    }
    const int generation = ++m_generation;
    // The worker gets its own copy of the session (and so of the key); it is wiped with the thread.
    QThread* worker = QThread::create([this, databasePath, session] {
        // Read only: a second writing Database in the process that holds the journal would
        // open the file beside SQLite, and closing it drops the locks SQLite holds on it.
        ReadOnlyConnection connection(databasePath);
        PostLedger::Check result;
        if (!connection.isOpen())
            result.error = connection.database().lastError().text();
        else
            result = PostLedger(connection.database(), session).check(false);
        m_result = result;
    });
    m_worker = worker;
    connect(worker, &QThread::finished, this, [this, generation] { collect(generation); });
    worker->start(QThread::LowPriority);
}

void BackgroundLedgerCheck::cancel()
{
    ++m_generation;
}

void BackgroundLedgerCheck::collect(int generation)
{
    // A check started before the last start() or cancel(): dropped (start() ends its thread).
    if (generation != m_generation || !m_worker)
        return;
    m_worker->wait();
    m_worker->deleteLater();
    m_worker = nullptr;
    Q_EMIT finished(m_result);
}
