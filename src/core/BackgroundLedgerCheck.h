#pragma once

#include "PostLedger.h"
#include "Session.h"

#include <QObject>
#include <QString>

class QThread;

// Runs PostLedger::check() for the window in a worker thread with its own read-only
// connection, so that the window stays responsive while every post of a large journal is
// compared with its record. An account without a record is told by `made`: the window
// makes it on its own connection. Meant to start after the search index is built: both read every post, and
// one after the other they do not compete for the same cores.
class BackgroundLedgerCheck : public QObject
{
    Q_OBJECT

public:
    explicit BackgroundLedgerCheck(QObject* parent = nullptr);
    // Waits for a check still running.
    ~BackgroundLedgerCheck() override;

    // Starts a check of the session's posts in the journal at `databasePath`; a check still
    // running is let finish, and its result dropped.
    void start(const QString& databasePath, const Session& session);
    // Drops the result of a check still running (the journal was locked).
    void cancel();

Q_SIGNALS:
    void finished(const PostLedger::Check& check);

private:
    void collect(int generation);

    QThread* m_worker = nullptr;
    int m_generation = 0;
    PostLedger::Check m_result;
};
