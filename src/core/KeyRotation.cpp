#include "KeyRotation.h"

#include "PostCipher.h"
#include "PostLedger.h"

#include "storage/AttachmentRepository.h"
#include "storage/SealedRows.h"
#include "storage/UserRepository.h"
#include "storage/WriteTransaction.h"

#include <QCoreApplication>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("KeyRotation", text);
}

} // namespace

KeyRotation::KeyRotation(const QSqlDatabase& database, const Session& current, std::unique_ptr<Session> next,
                         UserRecord prepared, QString recoveryKey)
    : m_database(database)
    , m_current(current)
    , m_next(std::move(next))
    , m_prepared(std::move(prepared))
    , m_recoveryKey(std::move(recoveryKey))
{
    m_inTransaction = WriteTransaction::begin(m_database);
    if (!m_inTransaction) {
        m_error = tr("The journal is busy; try again.");
        return;
    }
    const SealedRows rows(m_database, m_current.userId());
    m_total = rows.postCount() + rows.contentCount() + rows.attachmentCount() + 1;
    m_lastOldContentId = rows.highestContentId();
    // What the record of posts says now, under the old key, is carried over to the new one.
    m_ledgerBefore = PostLedger(m_database, m_current).compare();
    if (!m_ledgerBefore.read)
        fail(tr("Soliloquy could not read the journal; nothing was changed."));
}

KeyRotation::~KeyRotation()
{
    if (m_inTransaction)
        WriteTransaction::rollback(m_database);
}

bool KeyRotation::fail(const QString& error)
{
    m_error = error;
    if (m_inTransaction)
        WriteTransaction::rollback(m_database);
    m_inTransaction = false;
    m_phase = Phase::Done;
    return false;
}

bool KeyRotation::step(int rows)
{
    if (!m_error.isEmpty())
        return false;
    // Locked half way (the idle timer): nothing more opens, so nothing may be committed.
    if (!m_current.isUnlocked())
        return fail(tr("The journal locked while it was being sealed anew; nothing was changed."));
    switch (m_phase) {
    case Phase::Posts:
        return stepPosts(rows);
    case Phase::Contents:
        return stepContents(rows);
    case Phase::Attachments:
        return stepAttachments(rows);
    case Phase::Draft:
        return resealDraft();
    case Phase::Done:
        break;
    }
    return false;
}

bool KeyRotation::stepPosts(int rows)
{
    SealedRows sealed(m_database, m_current.userId());
    const QList<PostRecord> posts = sealed.postsAfter(m_lastId, rows);
    if (posts.isEmpty()) {
        m_phase = Phase::Contents;
        m_lastId = 0;
        return true;
    }
    PostCipher from(m_current);
    PostCipher to(*m_next);
    for (const PostRecord& post : posts) {
        m_lastId = post.id;
        ++m_done;
        // Plain text only for the moment between the two keys, and wiped after.
        std::optional<QByteArray> text = from.open(post.id, post.body);
        if (!text) {
            ++m_damaged;
            continue;
        }
        const SecretBytes plain(std::move(*text));
        if (!sealed.setPostBody(post.id, to.seal(post.id, plain.bytes())))
            return fail(tr("Soliloquy could not write the journal; nothing was changed."));
    }
    return true;
}

// Attachments stored by content: their keyed digest changes with the key, and their seal and
// picture size, which are bound to it.
bool KeyRotation::stepContents(int rows)
{
    SealedRows sealed(m_database, m_current.userId());
    const QList<AttachmentRecord> contents = sealed.contentsAfter(m_lastId, m_lastOldContentId, rows);
    if (contents.isEmpty()) {
        m_phase = Phase::Attachments;
        m_lastId = 0;
        return true;
    }
    for (const AttachmentRecord& content : contents) {
        m_lastId = content.contentId;
        ++m_done;
        std::optional<QByteArray> bytes = m_current.openAttachment(content);
        if (!bytes) {
            ++m_damaged;
            continue;
        }
        const SecretBytes plain(std::move(*bytes));
        const QByteArray digest = m_next->attachmentDigest(plain.bytes());
        // A picture's size is sealed bound to the digest: it goes along under the new key.
        const QSize size =
            m_current.openPictureSize(content.contentDigest, sealed.contentSize(content.contentId));
        if (!sealed.setContent(content.contentId, digest, m_next->sealAttachment(digest, plain.bytes()),
                               m_next->sealPictureSize(digest, size)))
            return fail(tr("Soliloquy could not write the journal; nothing was changed."));
    }
    return true;
}

// Attachments of earlier versions, each with its own body: stored by content under the new
// key, once however many posts show the same bytes.
bool KeyRotation::stepAttachments(int rows)
{
    SealedRows sealed(m_database, m_current.userId());
    const QList<AttachmentRecord> attachments = sealed.attachmentsAfter(m_lastId, rows);
    if (attachments.isEmpty()) {
        m_phase = Phase::Draft;
        return true;
    }
    AttachmentRepository contents(m_database);
    for (const AttachmentRecord& attachment : attachments) {
        m_lastId = attachment.id;
        ++m_done;
        std::optional<QByteArray> bytes = m_current.openAttachment(attachment);
        if (!bytes) {
            ++m_damaged;
            continue;
        }
        const SecretBytes plain(std::move(*bytes));
        const QByteArray digest = m_next->attachmentDigest(plain.bytes());
        StorageError error;
        qint64 contentId = contents.findContent(m_current.userId(), digest);
        if (contentId == 0)
            contentId = contents.insertContent(m_current.userId(), digest,
                                               m_next->sealAttachment(digest, plain.bytes()), &error);
        if (contentId == 0 || !sealed.moveAttachmentToContent(attachment.id, contentId))
            return fail(tr("Soliloquy could not write the journal; nothing was changed."));
    }
    return true;
}

bool KeyRotation::resealDraft()
{
    SealedRows sealed(m_database, m_current.userId());
    m_phase = Phase::Done;
    ++m_done;
    if (const std::optional<QByteArray> body = sealed.draft()) {
        if (std::optional<QByteArray> text = m_current.openDraft(*body)) {
            const SecretBytes plain(std::move(*text));
            if (!sealed.setDraft(m_next->sealDraft(plain.bytes())))
                return fail(tr("Soliloquy could not write the journal; nothing was changed."));
        }
    }
    return false;
}

AccountService::Outcome KeyRotation::finish()
{
    AccountService::Outcome outcome;
    while (step(500)) {
    }
    if (m_error.isEmpty()) {
        StorageError storageError;
        QSqlError ledgerError;
        if (!UserRepository(m_database).update(m_prepared, &storageError))
            fail(storageError.message);
        else if (!PostLedger(m_database, *m_next).rebuildKeeping(m_ledgerBefore, &ledgerError) ||
                 !WriteTransaction::commit(m_database))
            fail(tr("Soliloquy could not write the journal; nothing was changed."));
        else
            m_inTransaction = false;
    }
    if (!m_error.isEmpty()) {
        outcome.error = m_error;
        return outcome;
    }
    outcome.session = std::move(m_next);
    outcome.recoveryKey = m_recoveryKey;
    return outcome;
}
