#pragma once

#include "AttachmentRecord.h"
#include "StorageError.h"

#include <QList>
#include <QSet>
#include <QSqlDatabase>

// The attachments and attachment_contents tables. Rows go when their post goes (ON DELETE
// CASCADE), and a content with the last attachment that names it (a trigger).
class AttachmentRepository
{
public:
    explicit AttachmentRepository(const QSqlDatabase& database);

    // Returns the new id, or sets `error` and returns 0. Names `contentId` when it is set,
    // else stores `body`.
    qint64 insert(const AttachmentRecord& attachment, StorageError* error);
    // The id of the account's content with this digest, or 0.
    qint64 findContent(qint64 userId, const QByteArray& digest) const;
    // Stores sealed bytes under their digest; returns the new id, or sets `error` and returns 0.
    qint64 insertContent(qint64 userId, const QByteArray& digest, const QByteArray& body,
                         StorageError* error);
    // How many contents the account stores.
    qint64 contentCount(qint64 userId) const;
    // The attachments of a post, by position.
    QList<AttachmentRecord> forPost(qint64 postId) const;
    // Which of these posts have attachments: one query for a page of posts instead of one a post.
    QSet<qint64> postsWithAttachments(const QList<qint64>& postIds) const;

private:
    QSqlDatabase m_database;
};
