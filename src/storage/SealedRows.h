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
    SealedRows(QSqlDatabase database, qint64 userId);

    qint64 postCount() const;
    qint64 attachmentCount() const;
    // Up to `limit` posts (id and body) with ids above `afterId`, by id.
    QList<PostRecord> postsAfter(qint64 afterId, int limit) const;
    // Up to `limit` attachments of the account's posts with ids above `afterId`, by id.
    QList<AttachmentRecord> attachmentsAfter(qint64 afterId, int limit) const;
    std::optional<QByteArray> draft() const;

    bool setPostBody(qint64 postId, const QByteArray& body);
    bool setAttachmentBody(qint64 attachmentId, const QByteArray& body);
    bool setDraft(const QByteArray& body);

private:
    qint64 countOf(const QString& sql) const;
    bool set(const QString& sql, const QByteArray& body, qint64 id);

    QSqlDatabase m_database;
    qint64 m_userId;
};
