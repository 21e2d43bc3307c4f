#pragma once

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QStringList>

// While sync is on for a journal (a row in sync_settings), every write transaction on any of
// its connections stores what it changed in the synced tables into sync_outbox, in the same
// transaction: a change is on its way to the other computers exactly when it is committed,
// through a crash or a power cut alike. WriteTransaction calls beforeCommit() and
// afterRollback(); Database and WorkerConnection call startIfSyncing() when they open.
namespace SyncOutbox {

// The tables whose rows travel between computers.
QStringList syncedTables();

// Starts recording on `database`'s connection when the journal syncs (once per connection).
bool startIfSyncing(const QSqlDatabase& database, QString* error = nullptr);
// Starts recording on `database`'s connection (sync was just turned on).
bool start(const QSqlDatabase& database, QString* error = nullptr);
// Stops recording on `database`'s connection (before it closes, or sync was turned off).
void stop(const QSqlDatabase& database);
bool isRecording(const QSqlDatabase& database);

// Stores `changes` to be sent, in the caller's transaction.
bool store(QSqlDatabase& database, const QByteArray& changes, QSqlError* error);
// Stores the changes of the transaction now ending; false and `error` set when that failed
// (the transaction is then to be rolled back).
bool beforeCommit(QSqlDatabase& database, QSqlError* error);
void afterRollback(const QSqlDatabase& database);
// Changes applied from another computer are not sent back.
void setPaused(const QSqlDatabase& database, bool paused);

struct Pending
{
    qint64 sequence = 0;
    QByteArray changes;
};
// The changes not yet sent, oldest first.
QList<Pending> pending(const QSqlDatabase& database);
// The sequence of the last change stored (0: none yet), sent or not.
qint64 lastSequence(const QSqlDatabase& database);
// Removes the changes up to `sequence` (they are in the folder).
bool sent(QSqlDatabase& database, qint64 sequence, QSqlError* error);

} // namespace SyncOutbox
