#pragma once

#include "Session.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include <memory>

class KeyedDigestContext;
class PostLedgerRows;
class SealerContext;

// The sealed record of which posts an account has, in which version: how many, and the
// exclusive-or of a keyed digest of every post's id and sealed body. A post's body is sealed
// anew (with a fresh nonce) at every edit, so the record changes with every version. Whoever
// holds the file but not the key can neither read the record nor make the posts agree with
// it: a post removed, rolled back to an older copy or put back from an old backup outside
// Soliloquy shows as a difference at the next check.
//
// Writes tell the record what they added and removed inside their own transaction, and
// save() brings the stored record along before they commit.
class PostLedger
{
public:
    struct Check
    {
        // The posts and the record were read; else `error` says why not.
        bool read = false;
        QString error;
        // The account had no record (it is from before records were kept); check() made it
        // from the posts as they are.
        bool made = false;
        // The record does not open: it was changed outside Soliloquy.
        bool recordDamaged = false;
        qint64 recorded = 0;
        qint64 present = 0;
        // The posts are those the record names, each in its latest version.
        bool matches = true;

        bool clean() const { return read && matches && !recordDamaged; }
        // Posts the record names that are gone (at least this many).
        qint64 missing() const { return clean() ? 0 : std::max<qint64>(0, recorded - present); }
        // Posts that are not what the record says, though as many are there as it names:
        // rolled back or replaced outside Soliloquy.
        bool changedOutside() const { return !clean() && read && !recordDamaged && recorded <= present; }
    };

    PostLedger(const QSqlDatabase& database, const Session& session);
    ~PostLedger();
    PostLedger(const PostLedger&) = delete;
    PostLedger& operator=(const PostLedger&) = delete;

    // A post stored, or a version of it replaced or removed, in the caller's transaction.
    void added(qint64 postId, const QByteArray& sealedBody);
    void removed(qint64 postId, const QByteArray& sealedBody);
    // Stores the record with what was added and removed since the last save, in the
    // caller's write transaction. An account without a record is left so: its record is
    // made from the posts at its next check. Fails when the journal was sealed under a new
    // key since this session unlocked it: what it wrote could not be read any more.
    bool save(QSqlError* error);
    // Forgets what was added and removed since the last save (the transaction was rolled back).
    void discardChanges();
    // Makes the record anew from the posts as they are, in the caller's write transaction
    // (a new account, or a journal sealed anew under another key).
    bool rebuild(QSqlError* error);
    // Compares the posts with the record, in one read of the journal. An account without a
    // record gets one, made from its posts as they are, unless `makeMissingRecord` is false
    // (a read-only connection); `made` then says that a check with it would make one.
    Check check(bool makeMissingRecord = true);
    // The same comparison inside the caller's transaction; an account without a record is
    // left without (`made` is set, and the posts are taken as they are).
    Check compare();
    // Stores the record anew under this session's key, in the caller's write transaction,
    // keeping a difference `before` found (with the key before): a journal sealed anew
    // under a new key still shows what was missing or changed.
    bool rebuildKeeping(const Check& before, QSqlError* error);

private:
    struct Tally
    {
        qint64 count = 0;
        QByteArray digest;
    };
    void fold(Tally& tally, qint64 postId, const QByteArray& sealedBody, qint64 step);
    bool tallyPosts(Tally* tally, QSqlError* error);
    QByteArray seal(const Tally& tally);
    bool open(const QByteArray& sealed, Tally* tally);
    bool keyReplacedElsewhere() const;

    QSqlDatabase m_database;
    const Session& m_session;
    // Reused: a send tells the record of one post, and making crypto contexts would cost
    // more than the rest of it (see SealerContext).
    std::unique_ptr<KeyedDigestContext> m_digests;
    std::unique_ptr<SealerContext> m_sealer;
    std::unique_ptr<PostLedgerRows> m_rows;
    Tally m_pending;
    // The record as this object last stored it: when the journal still holds these bytes,
    // the next save need not open them again.
    QByteArray m_lastSealed;
    Tally m_lastStored;
};
