#include "AttachmentRepository.h"

#include "SqliteErrors.h"

#include <QCoreApplication>
#include <QObject>
#include <QSqlError>
#include <QSqlQuery>

AttachmentRepository::AttachmentRepository(const QSqlDatabase& database)
    : m_database(database)
{}

qint64 AttachmentRepository::insert(const AttachmentRecord& attachment, StorageError* error)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral(
        "INSERT INTO attachments (post_id, position, mime_type, body, content_id) VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(attachment.postId);
    query.addBindValue(attachment.position);
    query.addBindValue(attachment.mimeType);
    const bool byContent = attachment.contentId > 0;
    query.addBindValue(byContent ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(attachment.body));
    query.addBindValue(byContent ? QVariant(attachment.contentId) : QVariant(QMetaType(QMetaType::LongLong)));
    if (!query.exec()) {
        *error = SqliteErrors::toStorageError(
            query.lastError(),
            QCoreApplication::translate("AttachmentRepository", "Soliloquy could not save the attachment: %1")
                .arg(query.lastError().text()));
        return 0;
    }
    return query.lastInsertId().toLongLong();
}

QList<AttachmentRecord> AttachmentRepository::forPost(qint64 postId) const
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT a.id, a.position, a.mime_type, coalesce(a.body, c.body), "
                                 "coalesce(a.content_id, 0), c.digest FROM attachments a "
                                 "LEFT JOIN attachment_contents c ON c.id = a.content_id "
                                 "WHERE a.post_id = ? ORDER BY a.position"));
    query.addBindValue(postId);
    QList<AttachmentRecord> attachments;
    if (query.exec()) {
        while (query.next()) {
            attachments.append({query.value(0).toLongLong(), postId, query.value(1).toInt(),
                                query.value(2).toString(), query.value(3).toByteArray(),
                                query.value(4).toLongLong(), query.value(5).toByteArray()});
        }
    }
    return attachments;
}

qint64 AttachmentRepository::findContent(qint64 userId, const QByteArray& digest) const
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT id FROM attachment_contents WHERE user_id = ? AND digest = ?"));
    query.addBindValue(userId);
    query.addBindValue(digest);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

qint64 AttachmentRepository::insertContent(qint64 userId, const QByteArray& digest, const QByteArray& body,
                                           StorageError* error)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("INSERT INTO attachment_contents (user_id, digest, body) VALUES (?, ?, ?)"));
    query.addBindValue(userId);
    query.addBindValue(digest);
    query.addBindValue(body);
    if (!query.exec()) {
        *error = SqliteErrors::toStorageError(
            query.lastError(),
            QCoreApplication::translate("AttachmentRepository", "Soliloquy could not save the attachment: %1")
                .arg(query.lastError().text()));
        return 0;
    }
    return query.lastInsertId().toLongLong();
}

qint64 AttachmentRepository::contentCount(qint64 userId) const
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT count(*) FROM attachment_contents WHERE user_id = ?"));
    query.addBindValue(userId);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

QSet<qint64> AttachmentRepository::postsWithAttachments(const QList<qint64>& postIds) const
{
    QSet<qint64> found;
    if (postIds.isEmpty())
        return found;
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT DISTINCT post_id FROM attachments WHERE post_id IN (%1)")
                      .arg(QStringList(postIds.size(), QStringLiteral("?")).join(QLatin1Char(','))));
    for (const qint64 id : postIds)
        query.addBindValue(id);
    if (query.exec()) {
        while (query.next())
            found.insert(query.value(0).toLongLong());
    }
    return found;
}
