#pragma once

#include "AccountService.h"
#include "PostLedger.h"
#include "Session.h"

#include "storage/UserRecord.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

// Seals an account's whole journal anew under a new data key, in one transaction: until
// finish() commits, the journal opens with the old password and key as before, and an
// interruption at any point (a crash, a power cut, a cancel) leaves it that way. Made by
// AccountService::beginKeyRotation(); step() lets a window show progress between steps.
class KeyRotation
{
public:
    // Begins the transaction. `prepared` is the account as it will be stored: the new key
    // wrapped under the new password and the new recovery key, the avatar sealed anew.
    KeyRotation(const QSqlDatabase& database, const Session& current, std::unique_ptr<Session> next,
                UserRecord prepared, QString recoveryKey);
    // Rolls back unless finish() committed.
    ~KeyRotation();
    KeyRotation(const KeyRotation&) = delete;
    KeyRotation& operator=(const KeyRotation&) = delete;

    // Empty while all is well; else why the journal was left as it was, in the user's words.
    QString error() const { return m_error; }
    // Rows to seal anew (posts, attachments, the draft) and how many are done.
    qint64 total() const { return m_total; }
    qint64 done() const { return m_done; }
    // Posts and attachments that did not open with the old key: left as they were.
    qint64 damaged() const { return m_damaged; }
    // Seals up to `rows` more rows anew; false once none are left, or on failure.
    bool step(int rows);
    // Seals what is left, stores the account and commits. The outcome carries the session
    // under the new key and the new recovery key, or the error.
    AccountService::Outcome finish();

private:
    enum class Phase
    {
        Posts,
        Contents,
        Attachments,
        Draft,
        Done
    };

    bool stepPosts(int rows);
    bool stepContents(int rows);
    bool stepAttachments(int rows);
    bool resealDraft();
    bool fail(const QString& error);

    QSqlDatabase m_database;
    const Session& m_current;
    std::unique_ptr<Session> m_next;
    UserRecord m_prepared;
    QString m_recoveryKey;
    QString m_error;
    Phase m_phase = Phase::Posts;
    qint64 m_lastId = 0;
    // Contents stored before the rotation; those it adds are sealed under the new key already.
    qint64 m_lastOldContentId = 0;
    qint64 m_total = 0;
    qint64 m_done = 0;
    qint64 m_damaged = 0;
    bool m_inTransaction = false;
    PostLedger::Check m_ledgerBefore;
};
