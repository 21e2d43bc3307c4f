#include "SyncOutbox.h"

#include "ChangeRecorder.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QSqlQuery>

#include <memory>

namespace SyncOutbox {

namespace {

// One recorder a connection, by the connection's name; connections live on several threads.
QMutex registryMutex;
QHash<QString, std::shared_ptr<ChangeRecorder>>& registry()
{
    static QHash<QString, std::shared_ptr<ChangeRecorder>> recorders;
    return recorders;
}

std::shared_ptr<ChangeRecorder> recorderOf(const QSqlDatabase& database)
{
    const QMutexLocker lock(&registryMutex);
    return registry().value(database.connectionName());
}

} // namespace

QStringList syncedTables()
{
    return {QStringLiteral("posts"), QStringLiteral("attachment_contents"), QStringLiteral("attachments")};
}

bool startIfSyncing(const QSqlDatabase& database, QString* error)
{
    QSqlQuery query(database);
    // A journal of a version before sync has no such table, and does not sync.
    if (!query.exec(QStringLiteral("SELECT 1 FROM sqlite_schema WHERE name = 'sync_settings'")) ||
        !query.next())
        return true;
    if (!query.exec(QStringLiteral("SELECT 1 FROM sync_settings LIMIT 1")) || !query.next())
        return true;
    return start(database, error);
}

bool start(const QSqlDatabase& database, QString* error)
{
    if (isRecording(database))
        return true;
    auto recorder = std::make_shared<ChangeRecorder>(database, syncedTables());
    if (!recorder->isRecording()) {
        if (error)
            *error = recorder->error();
        return false;
    }
    const QMutexLocker lock(&registryMutex);
    registry().insert(database.connectionName(), recorder);
    return true;
}

void stop(const QSqlDatabase& database)
{
    const QMutexLocker lock(&registryMutex);
    registry().remove(database.connectionName());
}

bool isRecording(const QSqlDatabase& database)
{
    return recorderOf(database) != nullptr;
}

bool beforeCommit(QSqlDatabase& database, QSqlError* error)
{
    const std::shared_ptr<ChangeRecorder> recorder = recorderOf(database);
    if (!recorder)
        return true;
    const QByteArray changes = recorder->take();
    return changes.isEmpty() || store(database, changes, error);
}

bool store(QSqlDatabase& database, const QByteArray& changes, QSqlError* error)
{
    QSqlQuery query(database);
    query.prepare(QStringLiteral("INSERT INTO sync_outbox (changes) VALUES (?)"));
    query.addBindValue(changes);
    if (query.exec())
        return true;
    if (error)
        *error = query.lastError();
    return false;
}

void afterRollback(const QSqlDatabase& database)
{
    if (const std::shared_ptr<ChangeRecorder> recorder = recorderOf(database))
        recorder->discard();
}

void setPaused(const QSqlDatabase& database, bool paused)
{
    if (const std::shared_ptr<ChangeRecorder> recorder = recorderOf(database))
        recorder->setPaused(paused);
}

QList<Pending> pending(const QSqlDatabase& database)
{
    QList<Pending> found;
    QSqlQuery query(database);
    query.setForwardOnly(true);
    if (query.exec(QStringLiteral("SELECT sequence, changes FROM sync_outbox ORDER BY sequence"))) {
        while (query.next())
            found.append({query.value(0).toLongLong(), query.value(1).toByteArray()});
    }
    return found;
}

qint64 lastSequence(const QSqlDatabase& database)
{
    // AUTOINCREMENT keeps the last sequence given here, also once its row is sent and gone.
    QSqlQuery query(database);
    return query.exec(QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = 'sync_outbox'")) &&
                   query.next()
               ? query.value(0).toLongLong()
               : 0;
}

bool sent(QSqlDatabase& database, qint64 sequence, QSqlError* error)
{
    QSqlQuery query(database);
    query.prepare(QStringLiteral("DELETE FROM sync_outbox WHERE sequence <= ?"));
    query.addBindValue(sequence);
    if (query.exec())
        return true;
    if (error)
        *error = query.lastError();
    return false;
}

} // namespace SyncOutbox
