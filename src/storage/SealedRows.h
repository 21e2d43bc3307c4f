#pragma once

#include "AttachmentRecord.h"
#include "PostRecord.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

// Every sealed column of one account, read in pages and written back in place, times left
// as they are: for sealing a journal anew under a new data key (see KeyRotation).
class SealedRows
{
public:
    SealedRows(const QSqlDatabase& database, qint64 userId);

    qint64 postCount() const;
    // Attachments of earlier versions, each with its own sealed body.
    qint64 attachmentCount() const;
    // Attachments stored by content (attachment_contents), and the highest such id.
    qint64 contentCount() const;
    qint64 highestContentId() const;
    // Up to `limit` posts (id and body) with ids above `afterId`, by id.
    QList<PostRecord> postsAfter(qint64 afterId, int limit) const;
    // Up to `limit` attachments of earlier versions (with their own body) of the account's
    // posts with ids above `afterId`, by id.
    QList<AttachmentRecord> attachmentsAfter(qint64 afterId, int limit) const;
    // Up to `limit` of the account's contents with ids above `afterId` and at most `lastId`,
    // by id (contentId, contentDigest and body set).
    QList<AttachmentRecord> contentsAfter(qint64 afterId, qint64 lastId, int limit) const;
    std::optional<QByteArray> draft() const;

    bool setPostBody(qint64 postId, const QByteArray& body);
    // An attachment of an earlier version made to name a content instead of its own body.
    bool moveAttachmentToContent(qint64 attachmentId, qint64 contentId);
    // A content sealed anew: its digest, bytes and the size a picture shows at (empty: unknown).
    bool setContent(qint64 contentId, const QByteArray& digest, const QByteArray& body,
                    const QByteArray& sealedSize);
    // The sealed size a content's picture shows at; empty when unknown.
    QByteArray contentSize(qint64 contentId) const;
    bool setDraft(const QByteArray& body);

private:
    qint64 countOf(const QString& sql) const;
    bool set(const QString& sql, const QByteArray& body, qint64 id);

    QSqlDatabase m_database;
    qint64 m_userId;
};
