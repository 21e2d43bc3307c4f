#include "SyncState.h"

#include "SqliteErrors.h"
#include "SyncOutbox.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace {

StorageError saveError(const QSqlQuery& query)
{
    return SqliteErrors::toStorageError(
        query.lastError(),
        QCoreApplication::translate("SyncState", "Soliloquy could not save the state of sync: %1")
            .arg(query.lastError().text()));
}

} // namespace

SyncState::SyncState(const QSqlDatabase& database)
    : m_database(database)
{}

std::optional<SyncState::Settings> SyncState::settings(qint64 userId) const
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral(
        "SELECT folder, computer_id, computer_name, clock FROM sync_settings WHERE user_id = ?"));
    query.addBindValue(userId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return Settings{userId, query.value(0).toString(), query.value(1).toByteArray(),
                    query.value(2).toString(), quint64(query.value(3).toLongLong())};
}

bool SyncState::save(const Settings& settings, StorageError* error)
{
    QSqlQuery query(m_database);
    query.prepare(
        QStringLiteral("INSERT INTO sync_settings (user_id, folder, computer_id, computer_name, clock) "
                       "VALUES (?, ?, ?, ?, ?) ON CONFLICT (user_id) DO UPDATE SET folder = "
                       "excluded.folder, computer_id = excluded.computer_id, computer_name = "
                       "excluded.computer_name, clock = excluded.clock"));
    query.addBindValue(settings.userId);
    query.addBindValue(settings.folder);
    query.addBindValue(settings.computerId);
    query.addBindValue(settings.computerName);
    query.addBindValue(qint64(settings.clock));
    if (query.exec())
        return true;
    *error = saveError(query);
    return false;
}

bool SyncState::advanceClock(qint64 userId, quint64 stamp, StorageError* error)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("UPDATE sync_settings SET clock = MAX(clock, ?) WHERE user_id = ?"));
    query.addBindValue(qint64(stamp));
    query.addBindValue(userId);
    if (query.exec())
        return true;
    *error = saveError(query);
    return false;
}

bool SyncState::setComputerName(qint64 userId, const QString& computerName, StorageError* error)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("UPDATE sync_settings SET computer_name = ? WHERE user_id = ?"));
    query.addBindValue(computerName);
    query.addBindValue(userId);
    if (query.exec())
        return true;
    *error = saveError(query);
    return false;
}

bool SyncState::remove(qint64 userId, StorageError* error)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("DELETE FROM sync_settings WHERE user_id = ?"));
    query.addBindValue(userId);
    if (query.exec())
        return true;
    *error = saveError(query);
    return false;
}

qint64 SyncState::accountCount() const
{
    QSqlQuery query(m_database);
    return query.exec(QStringLiteral("SELECT count(*) FROM users")) && query.next()
               ? query.value(0).toLongLong()
               : 0;
}

qint64 SyncState::applied(const QByteArray& computerId) const
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT sequence FROM sync_applied WHERE computer_id = ?"));
    query.addBindValue(computerId);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

QHash<QByteArray, qint64> SyncState::appliedByComputer() const
{
    QHash<QByteArray, qint64> applied;
    QSqlQuery query(m_database);
    if (query.exec(QStringLiteral("SELECT computer_id, sequence FROM sync_applied"))) {
        while (query.next())
            applied.insert(query.value(0).toByteArray(), query.value(1).toLongLong());
    }
    return applied;
}

bool SyncState::setApplied(const QByteArray& computerId, qint64 sequence, StorageError* error)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("INSERT INTO sync_applied (computer_id, sequence) VALUES (?, ?) ON CONFLICT "
                                 "(computer_id) DO UPDATE SET sequence = excluded.sequence"));
    query.addBindValue(computerId);
    query.addBindValue(sequence);
    if (query.exec())
        return true;
    *error = saveError(query);
    return false;
}

bool SyncState::holdsSyncedRows() const
{
    QSqlQuery query(m_database);
    const QStringList tables = SyncOutbox::syncedTables();
    for (const QString& table : tables) {
        if (query.exec(QStringLiteral("SELECT 1 FROM %1 LIMIT 1").arg(table)) && query.next())
            return true;
    }
    return false;
}

QByteArray SyncState::postBody(qint64 postId) const
{
    if (!m_postBody) {
        m_postBody.emplace(m_database);
        m_postBody->setForwardOnly(true);
        m_postBody->prepare(QStringLiteral("SELECT body FROM posts WHERE id = ?"));
    }
    QSqlQuery& query = *m_postBody;
    query.bindValue(0, postId);
    const QByteArray body = query.exec() && query.next() ? query.value(0).toByteArray() : QByteArray();
    query.finish(); // no statement left open across the caller's commit or rollback
    return body;
}
