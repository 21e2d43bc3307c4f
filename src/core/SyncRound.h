#pragma once

#include "HybridLogicalClock.h"
#include "Session.h"
#include "SyncFolder.h"

#include "storage/SyncState.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QStringList>
#include <QVariantList>

#include <memory>

class PostLedger;

// One round of sync for the unlocked account: the changes this computer committed since the
// last round go into the folder, sealed; the changes of the other computers that arrived there
// are applied here, each file whole or not at all, in each computer's order. A file that is
// still arriving, or missing before the next one, stops that computer's changes until the
// next round; one that does not open is reported and never applied.
class SyncRound
{
    Q_DECLARE_TR_FUNCTIONS(SyncRound)

public:
    struct Report
    {
        bool folderAvailable = false;
        int sent = 0;    // files written to the folder
        int applied = 0; // files of other computers applied here (a snapshot counts as one)
        int removed = 0; // this computer's change files removed: every computer's snapshot holds them
        bool snapshotWritten = false; // this computer wrote a snapshot of its journal (see SyncCompaction)
        bool accountChanged = false;  // a password, email or avatar changed elsewhere was taken
        QStringList problems;         // in the user's words: files that do not open, clashes left alone
        QStringList waiting;          // files still arriving
        QStringList computers;        // the names of the computers keeping the journal, this one first
    };

    SyncRound(const QSqlDatabase& database, const Session& session);

    // Turns sync on for the account with `folder`, under a new id for this computer; its
    // posts so far go to the folder at the next round.
    static bool enable(QSqlDatabase database, const Session& session, const QString& folder,
                       const QString& computerName, QString* error);

    // Joins the account kept in `folder` on this computer: the account is made here as it is
    // there (its id and keys), unlocked with `password` under the name `username`, and set to
    // sync with the folder. Nothing is kept when the password does not open it.
    static std::unique_ptr<Session> join(const QSqlDatabase& database, const QString& folder,
                                         const QString& username, const QString& password,
                                         const QString& computerName, QString* error);

    Report run();

private:
    bool send(const SyncState::Settings& settings, HybridLogicalClock& clock, Report* report);
    // A change file read from the folder, waiting to be applied.
    struct Arrived
    {
        SyncFolder::Entry entry;
        QByteArray changes;
    };

    // Applies the changes of one computer's files up to `last` in the caller's transaction,
    // whole or not at all; false (and `failure` told) when they were not applied. What they
    // changed in the posts is told to `ledger`, for the caller to save before it commits.
    bool apply(const SyncFolder::Entry& last, const QByteArray& changes, SyncState& state, PostLedger& ledger,
               Report* report, QString* failure);
    // Stores versions of posts that a later edit from elsewhere replaced here as posts of their
    // own, right after the post, in the caller's transaction.
    bool keepReplaced(const QList<QVariantList>& rows, QSqlError* error);

    QSqlDatabase m_database;
    const Session& m_session;
};
