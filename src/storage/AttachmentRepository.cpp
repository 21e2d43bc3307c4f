#include "AttachmentRepository.h"

#include "SqliteErrors.h"

#include <QObject>
#include <QSqlError>
#include <QSqlQuery>

AttachmentRepository::AttachmentRepository(QSqlDatabase database)
    : m_database(std::move(database))
{}

qint64 AttachmentRepository::insert(const AttachmentRecord& attachment, StorageError* error)
{
    QSqlQuery query(m_database);
    query.prepare(
        QStringLiteral("INSERT INTO attachments (post_id, position, mime_type, body) VALUES (?, ?, ?, ?)"));
    query.addBindValue(attachment.postId);
    query.addBindValue(attachment.position);
    query.addBindValue(attachment.mimeType);
    query.addBindValue(attachment.body);
    if (!query.exec()) {
        *error = SqliteErrors::toStorageError(
            query.lastError(),
            QObject::tr("Soliloquy could not save the attachment: %1").arg(query.lastError().text()));
        return 0;
    }
    return query.lastInsertId().toLongLong();
}

QList<AttachmentRecord> AttachmentRepository::forPost(qint64 postId) const
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, position, mime_type, body FROM attachments WHERE post_id = ? "
                                 "ORDER BY position"));
    query.addBindValue(postId);
    QList<AttachmentRecord> attachments;
    if (query.exec()) {
        while (query.next()) {
            attachments.append({query.value(0).toLongLong(), postId, query.value(1).toInt(),
                                query.value(2).toString(), query.value(3).toByteArray()});
        }
    }
    return attachments;
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
