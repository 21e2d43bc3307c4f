#pragma once

#include "StorageError.h"

#include <QByteArray>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <optional>

// Where an account syncs and how far: the sync_settings and sync_applied tables.
class SyncState
{
public:
    struct Settings
    {
        qint64 userId = 0;
        QString folder;
        QByteArray computerId; // this computer's, 16 random bytes
        QString computerName;
        quint64 clock = 0; // the last hybrid logical clock stamp given or seen
    };

    explicit SyncState(const QSqlDatabase& database);

    std::optional<Settings> settings(qint64 userId) const;
    bool save(const Settings& settings, StorageError* error);
    // Renames this computer, leaving the rest of its settings (the clock above all) as they are.
    bool setComputerName(qint64 userId, const QString& computerName, StorageError* error);
    bool remove(qint64 userId, StorageError* error);
    // Moves the clock on to `stamp`, never back (a round and a post may both move it).
    bool advanceClock(qint64 userId, quint64 stamp, StorageError* error);
    // How many accounts the journal holds (sync keeps journals of one account).
    qint64 accountCount() const;

    // The last sequence of `computerId`'s changes applied here (0: none).
    qint64 applied(const QByteArray& computerId) const;
    QHash<QByteArray, qint64> appliedByComputer() const;
    bool setApplied(const QByteArray& computerId, qint64 sequence, StorageError* error);
    // Whether the journal holds any row of the synced tables (a journal that just joined has none).
    bool holdsSyncedRows() const;
    // The sealed body of a post, or an empty array when it is not here. Asked once or twice for
    // each post a round applies: the query is prepared once for this object.
    QByteArray postBody(qint64 postId) const;

private:
    QSqlDatabase m_database;
    mutable std::optional<QSqlQuery> m_postBody;
};
