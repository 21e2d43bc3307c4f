#include "SealedRows.h"

#include <QSqlQuery>
#include <QVariant>

SealedRows::SealedRows(QSqlDatabase database, qint64 userId)
    : m_database(std::move(database))
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
    return countOf(QStringLiteral("SELECT count(*) FROM attachments JOIN posts ON posts.id = "
                                  "attachments.post_id WHERE posts.user_id = ?"));
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
                                 "attachments.post_id WHERE posts.user_id = ? AND attachments.id > ? ORDER "
                                 "BY attachments.id LIMIT ?"));
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

std::optional<QByteArray> SealedRows::draft() const
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT body FROM drafts WHERE user_id = ?"));
    query.addBindValue(m_userId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return query.value(0).toByteArray();
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

bool SealedRows::setAttachmentBody(qint64 attachmentId, const QByteArray& body)
{
    return set(QStringLiteral("UPDATE attachments SET body = ? WHERE id = ?"), body, attachmentId);
}

bool SealedRows::setDraft(const QByteArray& body)
{
    return set(QStringLiteral("UPDATE drafts SET body = ? WHERE user_id = ?"), body, m_userId);
}
