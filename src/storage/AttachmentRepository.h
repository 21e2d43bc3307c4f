#pragma once

#include "AttachmentRecord.h"
#include "StorageError.h"

#include <QList>
#include <QSet>
#include <QSqlDatabase>

// The attachments table. Rows go when their post goes (ON DELETE CASCADE).
class AttachmentRepository
{
public:
    explicit AttachmentRepository(QSqlDatabase database);

    // Returns the new id, or sets `error` and returns 0.
    qint64 insert(const AttachmentRecord& attachment, StorageError* error);
    // The attachments of a post, by position.
    QList<AttachmentRecord> forPost(qint64 postId) const;
    // Which of these posts have attachments: one query for a page of posts instead of one a post.
    QSet<qint64> postsWithAttachments(const QList<qint64>& postIds) const;

private:
    QSqlDatabase m_database;
};
