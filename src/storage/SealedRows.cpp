#include "SealedRows.h"

#include "DraftRepository.h"

#include <QSqlQuery>
#include <QVariant>

SealedRows::SealedRows(const QSqlDatabase& database, qint64 userId)
    : m_database(database)
    , m_userId(userId)
{}

qint64 SealedRows::countOf(const QString& sql) const
{
    QSqlQuery query(m_database);
    query.prepare(sql);
    query.addBindValue(m_userId);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

qint64 SealedRows::postCount() const
{
    return countOf(QStringLiteral("SELECT count(*) FROM posts WHERE user_id = ?"));
}

qint64 SealedRows::attachmentCount() const
{
    return countOf(
        QStringLiteral("SELECT count(*) FROM attachments JOIN posts ON posts.id = "
                       "attachments.post_id WHERE posts.user_id = ? AND attachments.body IS NOT NULL"));
}

qint64 SealedRows::contentCount() const
{
    return countOf(QStringLiteral("SELECT count(*) FROM attachment_contents WHERE user_id = ?"));
}

qint64 SealedRows::highestContentId() const
{
    return countOf(QStringLiteral("SELECT coalesce(max(id), 0) FROM attachment_contents WHERE user_id = ?"));
}

QList<PostRecord> SealedRows::postsAfter(qint64 afterId, int limit) const
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT id, body FROM posts WHERE user_id = ? AND id > ? ORDER BY id LIMIT ?"));
    query.addBindValue(m_userId);
    query.addBindValue(afterId);
    query.addBindValue(limit);
    QList<PostRecord> posts;
    if (!query.exec())
        return posts;
    while (query.next()) {
        PostRecord post;
        post.id = query.value(0).toLongLong();
        post.userId = m_userId;
        post.body = query.value(1).toByteArray();
        posts << post;
    }
    return posts;
}

QList<AttachmentRecord> SealedRows::attachmentsAfter(qint64 afterId, int limit) const
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT attachments.id, post_id, position, attachments.body FROM "
                                 "attachments JOIN posts ON posts.id = "
                                 "attachments.post_id WHERE posts.user_id = ? AND attachments.id > ? AND "
                                 "attachments.body IS NOT NULL ORDER BY attachments.id LIMIT ?"));
    query.addBindValue(m_userId);
    query.addBindValue(afterId);
    query.addBindValue(limit);
    QList<AttachmentRecord> attachments;
    if (!query.exec())
        return attachments;
    while (query.next()) {
        AttachmentRecord attachment;
        attachment.id = query.value(0).toLongLong();
        attachment.postId = query.value(1).toLongLong();
        attachment.position = query.value(2).toInt();
        attachment.body = query.value(3).toByteArray();
        attachments << attachment;
    }
    return attachments;
}

QList<AttachmentRecord> SealedRows::contentsAfter(qint64 afterId, qint64 lastId, int limit) const
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT id, digest, body FROM attachment_contents WHERE user_id = ? AND id > ? "
                       "AND id <= ? ORDER BY id LIMIT ?"));
    query.addBindValue(m_userId);
    query.addBindValue(afterId);
    query.addBindValue(lastId);
    query.addBindValue(limit);
    QList<AttachmentRecord> contents;
    if (!query.exec())
        return contents;
    while (query.next()) {
        AttachmentRecord content;
        content.contentId = query.value(0).toLongLong();
        content.contentDigest = query.value(1).toByteArray();
        content.body = query.value(2).toByteArray();
        contents << content;
    }
    return contents;
}

std::optional<QByteArray> SealedRows::draft() const
{
    return DraftRepository(m_database).body(m_userId);
}

bool SealedRows::set(const QString& sql, const QByteArray& body, qint64 id)
{
    QSqlQuery query(m_database);
    query.prepare(sql);
    query.addBindValue(body);
    query.addBindValue(id);
    return query.exec() && query.numRowsAffected() == 1;
}

bool SealedRows::setPostBody(qint64 postId, const QByteArray& body)
{
    return set(QStringLiteral("UPDATE posts SET body = ? WHERE id = ?"), body, postId);
}

bool SealedRows::moveAttachmentToContent(qint64 attachmentId, qint64 contentId)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("UPDATE attachments SET body = NULL, content_id = ? WHERE id = ?"));
    query.addBindValue(contentId);
    query.addBindValue(attachmentId);
    return query.exec() && query.numRowsAffected() == 1;
}

bool SealedRows::setContent(qint64 contentId, const QByteArray& digest, const QByteArray& body,
                            const QByteArray& sealedSize)
{
    QSqlQuery query(m_database);
    query.prepare(
        QStringLiteral("UPDATE attachment_contents SET digest = ?, body = ?, shown_size = ? WHERE id = ?"));
    query.addBindValue(digest);
    query.addBindValue(body);
    query.addBindValue(sealedSize.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray))
                                            : QVariant(sealedSize));
    query.addBindValue(contentId);
    return query.exec() && query.numRowsAffected() == 1;
}

QByteArray SealedRows::contentSize(qint64 contentId) const
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT shown_size FROM attachment_contents WHERE id = ? AND user_id = ?"));
    query.addBindValue(contentId);
    query.addBindValue(m_userId);
    return query.exec() && query.next() ? query.value(0).toByteArray() : QByteArray();
}

bool SealedRows::setDraft(const QByteArray& body)
{
    return set(QStringLiteral("UPDATE drafts SET body = ? WHERE user_id = ?"), body, m_userId);
}
