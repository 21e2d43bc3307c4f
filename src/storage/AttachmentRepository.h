#pragma once

#include "AttachmentRecord.h"
#include "PictureRow.h"
#include "StorageError.h"

#include <QList>
#include <QSet>
#include <QSqlDatabase>

#include <optional>

// The attachments and attachment_contents tables. Rows go when their post goes (ON DELETE
// CASCADE), and a content with the last attachment that names it (a trigger).
class AttachmentRepository
{
public:
    explicit AttachmentRepository(const QSqlDatabase& database);

    // Returns the new id (`attachment.id` when set, else the next), or sets `error` and returns
    // 0. Names `contentId` when it is set, else stores `body`.
    qint64 insert(const AttachmentRecord& attachment, StorageError* error);
    // The id of the account's content with this digest, or 0.
    qint64 findContent(qint64 userId, const QByteArray& digest) const;
    // Stores sealed bytes under their digest, with the sealed size a picture shows at (empty when
    // unknown), under `id` when set; returns the new id, or sets `error` and returns 0.
    qint64 insertContent(qint64 userId, const QByteArray& digest, const QByteArray& body, StorageError* error,
                         const QByteArray& sealedSize = {}, qint64 id = 0);
    enum class IdOf
    {
        Attachment,
        Content,
    };
    // Whether no row of that table has `id`.
    bool isFree(IdOf table, qint64 id) const;
    // Sets the sealed size of a content (after it was sealed anew under another key).
    bool setContentSize(qint64 contentId, const QByteArray& sealedSize, StorageError* error);
    // One attachment with its sealed bytes, when it belongs to a post of `userId`.
    std::optional<AttachmentRecord> find(qint64 attachmentId, qint64 userId) const;
    // The pictures (attachments whose type is image/*) of these posts, by post and position:
    // one query for a page of posts, without their bytes.
    QList<PictureRow> picturesOf(const QList<qint64>& postIds) const;
    // Every picture of the account, newest post first, with the post's time.
    QList<PictureRow> gallery(qint64 userId) const;
    // How many pictures the account's posts have (a picture in two posts counts twice).
    qint64 pictureCount(qint64 userId) const;
    // How many contents the account stores.
    qint64 contentCount(qint64 userId) const;
    // The attachments of a post, by position.
    QList<AttachmentRecord> forPost(qint64 postId) const;
    // Which of these posts have attachments: one query for a page of posts instead of one a post.
    QSet<qint64> postsWithAttachments(const QList<qint64>& postIds) const;
    // The account's posts with at least one picture (an attachment of an image/ type).
    QSet<qint64> postsWithPictures(qint64 userId) const;

private:
    QSqlDatabase m_database;
};
