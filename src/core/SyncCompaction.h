#pragma once

#include "HybridLogicalClock.h"
#include "Session.h"
#include "SyncFolder.h"
#include "SyncRound.h"
#include "SyncSnapshot.h"

#include "storage/SyncState.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

// Keeps a sync folder from growing without end, and spares a computer that joins the replay of
// every change. After a round, a computer whose change files since its last snapshot (sent and
// applied) add up to enough writes a snapshot of its journal (SyncSnapshot, with a .progress
// file beside it saying what it holds) and removes its older one. It then removes those of its
// own change files that the latest snapshot of every known computer (every one with an account
// file in the folder, itself included) holds: whichever snapshot a computer that joins starts
// from, every change after it is still in the folder. A known computer that never wrote a
// snapshot keeps every file.
class SyncCompaction
{
    Q_DECLARE_TR_FUNCTIONS(SyncCompaction)

public:
    // A snapshot is written when the change files since the last one reach `bytes` (or half the
    // last snapshot's size, when that is more) or `files`.
    struct Limits
    {
        qint64 bytes = 0;
        qint64 files = 0;
    };
    static Limits limits();
    // Tests lower them, to see snapshots without writing megabytes.
    static void setLimits(const Limits& limits);

    SyncCompaction(const QSqlDatabase& database, const Session& session, SyncState::Settings settings);

    // Applies the newest snapshot in `listing` that opens and leaves no change file missing
    // after it; false when none did (the change files are then applied from the first). A
    // snapshot that does not open is reported.
    bool join(const SyncFolder::Listing& listing, HybridLogicalClock& clock, SyncRound::Report* report);
    // The computers whose next change not applied here was removed from the folder because
    // every other computer's snapshot holds it: why this computer cannot go on with them, in
    // the user's words, one line each. Changes that may still be arriving are not named.
    QStringList missingChanges(const SyncFolder::Listing& listing, const QHash<QByteArray, qint64>& applied,
                               const QMap<QByteArray, QString>& names);
    // At the end of a round: a snapshot when one is due, then this computer's change files that
    // every known computer's snapshot holds removed.
    void finish(HybridLogicalClock& clock, SyncRound::Report* report);

private:
    struct Progress
    {
        quint64 sequence = 0;
        quint64 stamp = 0;
        SyncSnapshot::Coverage covered;
    };
    // What the latest snapshot of `computerId` holds, from its .progress file; nothing when it
    // has none that opens.
    std::optional<Progress> latestProgress(const SyncFolder::Listing& listing, const QByteArray& computerId);
    std::optional<Progress> readProgress(const SyncFolder::Entry& entry);
    bool isDue(const SyncFolder::Listing& listing, const std::optional<Progress>& last) const;
    // Writes a snapshot and its .progress file, and removes the older ones in `listing`.
    bool writeSnapshot(const SyncFolder::Listing& listing, const std::optional<Progress>& last,
                       HybridLogicalClock& clock, SyncRound::Report* report);
    void removeCovered(const SyncFolder::Listing& listing, SyncRound::Report* report);
    // Whether after `covered` every other computer's next change is in the folder.
    bool leavesNoGap(const SyncFolder::Listing& listing, const SyncSnapshot::Coverage& covered) const;

    QSqlDatabase m_database;
    const Session& m_session;
    SyncState::Settings m_settings;
    SyncFolder m_folder;
    // Progress files read this round, by path.
    QHash<QString, std::optional<Progress>> m_progress;
};
