#include "AttachmentRepository.h"

#include "SqliteErrors.h"

#include <QCoreApplication>
#include <QObject>
#include <QSqlError>
#include <QSqlQuery>

namespace {

StorageError saveError(const QSqlQuery& query)
{
    return SqliteErrors::toStorageError(
        query.lastError(),
        QCoreApplication::translate("AttachmentRepository", "Soliloquy could not save the attachment: %1")
            .arg(query.lastError().text()));
}

} // namespace

AttachmentRepository::AttachmentRepository(const QSqlDatabase& database)
    : m_database(database)
{}

qint64 AttachmentRepository::insert(const AttachmentRecord& attachment, StorageError* error)
{
    QSqlQuery query(m_database);
    query.prepare(
        QStringLiteral("INSERT INTO attachments (id, post_id, position, mime_type, body, content_id) "
                       "VALUES (?, ?, ?, ?, ?, ?)"));
    // No id: SQLite gives the next one.
    query.addBindValue(attachment.id > 0 ? QVariant(attachment.id)
                                         : QVariant(QMetaType(QMetaType::LongLong)));
    query.addBindValue(attachment.postId);
    query.addBindValue(attachment.position);
    query.addBindValue(attachment.mimeType);
    const bool byContent = attachment.contentId > 0;
    query.addBindValue(byContent ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(attachment.body));
    query.addBindValue(byContent ? QVariant(attachment.contentId) : QVariant(QMetaType(QMetaType::LongLong)));
    if (!query.exec()) {
        *error = saveError(query);
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
                                           StorageError* error, const QByteArray& sealedSize, qint64 id)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral(
        "INSERT INTO attachment_contents (id, user_id, digest, body, shown_size) VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong)));
    query.addBindValue(userId);
    query.addBindValue(digest);
    query.addBindValue(body);
    query.addBindValue(sealedSize.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray))
                                            : QVariant(sealedSize));
    if (!query.exec()) {
        *error = saveError(query);
        return 0;
    }
    return query.lastInsertId().toLongLong();
}

bool AttachmentRepository::isFree(IdOf table, qint64 id) const
{
    QSqlQuery query(m_database);
    query.prepare(table == IdOf::Attachment
                      ? QStringLiteral("SELECT count(*) FROM attachments WHERE id = ?")
                      : QStringLiteral("SELECT count(*) FROM attachment_contents WHERE id = ?"));
    query.addBindValue(id);
    return query.exec() && query.next() && query.value(0).toLongLong() == 0;
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

bool AttachmentRepository::setContentSize(qint64 contentId, const QByteArray& sealedSize, StorageError* error)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("UPDATE attachment_contents SET shown_size = ? WHERE id = ?"));
    query.addBindValue(sealedSize);
    query.addBindValue(contentId);
    if (!query.exec()) {
        *error = saveError(query);
        return false;
    }
    return true;
}

std::optional<AttachmentRecord> AttachmentRepository::find(qint64 attachmentId, qint64 userId) const
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT a.post_id, a.position, a.mime_type, coalesce(a.body, c.body), "
                                 "coalesce(a.content_id, 0), c.digest FROM attachments a "
                                 "JOIN posts p ON p.id = a.post_id "
                                 "LEFT JOIN attachment_contents c ON c.id = a.content_id "
                                 "WHERE a.id = ? AND p.user_id = ?"));
    query.addBindValue(attachmentId);
    query.addBindValue(userId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return AttachmentRecord{attachmentId,
                            query.value(0).toLongLong(),
                            query.value(1).toInt(),
                            query.value(2).toString(),
                            query.value(3).toByteArray(),
                            query.value(4).toLongLong(),
                            query.value(5).toByteArray()};
}

namespace {

// The columns picturesOf() and gallery() select, in this order.
const auto PictureColumns = QStringLiteral(
    "a.id, a.post_id, a.position, a.mime_type, coalesce(c.digest, x''), coalesce(c.shown_size, x'')");

PictureRow pictureRow(const QSqlQuery& query)
{
    return PictureRow{query.value(0).toLongLong(),
                      query.value(1).toLongLong(),
                      query.value(2).toInt(),
                      query.value(3).toString(),
                      query.value(4).toByteArray(),
                      query.value(5).toByteArray(),
                      0};
}

} // namespace

QList<PictureRow> AttachmentRepository::picturesOf(const QList<qint64>& postIds) const
{
    QList<PictureRow> pictures;
    if (postIds.isEmpty())
        return pictures;
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT %1 FROM attachments a LEFT JOIN attachment_contents c ON c.id = "
                       "a.content_id WHERE a.post_id IN (%2) AND a.mime_type LIKE 'image/%' "
                       "ORDER BY a.post_id, a.position")
            .arg(PictureColumns, QStringList(postIds.size(), QStringLiteral("?")).join(QLatin1Char(','))));
    for (const qint64 id : postIds)
        query.addBindValue(id);
    if (query.exec()) {
        while (query.next())
            pictures.append(pictureRow(query));
    }
    return pictures;
}

QList<PictureRow> AttachmentRepository::gallery(qint64 userId) const
{
    QList<PictureRow> pictures;
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT %1, p.created_at FROM attachments a JOIN posts p ON p.id = a.post_id "
                       "LEFT JOIN attachment_contents c ON c.id = a.content_id "
                       "WHERE p.user_id = ? AND a.mime_type LIKE 'image/%' "
                       "ORDER BY p.created_at DESC, p.id DESC, a.position")
            .arg(PictureColumns));
    query.addBindValue(userId);
    if (query.exec()) {
        while (query.next()) {
            PictureRow row = pictureRow(query);
            row.createdAt = query.value(6).toLongLong();
            pictures.append(row);
        }
    }
    return pictures;
}

qint64 AttachmentRepository::pictureCount(qint64 userId) const
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT count(*) FROM attachments a JOIN posts p ON p.id = a.post_id "
                                 "WHERE p.user_id = ? AND a.mime_type LIKE 'image/%'"));
    query.addBindValue(userId);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

QSet<qint64> AttachmentRepository::postsWithPictures(qint64 userId) const
{
    QSet<qint64> found;
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT DISTINCT a.post_id FROM attachments a JOIN posts p ON p.id = a.post_id "
                       "WHERE p.user_id = ? AND a.mime_type LIKE 'image/%'"));
    query.addBindValue(userId);
    if (query.exec()) {
        while (query.next())
            found.insert(query.value(0).toLongLong());
    }
    return found;
}
