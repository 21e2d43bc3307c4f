#include "PostRepository.h"

#include "SqliteErrors.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace {

StorageError saveError(const QSqlQuery& query)
{
    return SqliteErrors::toStorageError(
        query.lastError(),
        QCoreApplication::translate("PostRepository", "Soliloquy could not save the post: %1")
            .arg(query.lastError().text()));
}

} // namespace

PostRepository::PostRepository(const QSqlDatabase& database)
    : m_database(database)
{}

bool PostRepository::updateBody(qint64 postId, const QByteArray& body, qint64 editedAt, StorageError* error)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("UPDATE posts SET body = ?, edited_at = ? WHERE id = ?"));
    query.addBindValue(body);
    query.addBindValue(editedAt > 0 ? QVariant(editedAt) : QVariant(QMetaType(QMetaType::LongLong)));
    query.addBindValue(postId);
    if (!query.exec()) {
        *error = saveError(query);
        return false;
    }
    return query.numRowsAffected() == 1;
}

bool PostRepository::remove(qint64 postId, StorageError* error)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("DELETE FROM posts WHERE id = ?"));
    query.addBindValue(postId);
    if (!query.exec()) {
        *error = saveError(query);
        return false;
    }
    return query.numRowsAffected() == 1;
}

std::optional<PostRecord> PostRepository::find(qint64 postId) const
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral(
        "SELECT id, user_id, body, created_at, coalesce(edited_at, 0) FROM posts WHERE id = ?"));
    query.addBindValue(postId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return PostRecord{query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toByteArray(),
                      query.value(3).toLongLong(), query.value(4).toLongLong()};
}

qint64 PostRepository::countForUser(qint64 userId) const
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT count(*) FROM posts WHERE user_id = ?"));
    query.addBindValue(userId);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

qint64 PostRepository::countForUserBetween(qint64 userId, qint64 fromMs, qint64 untilMs) const
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral(
        "SELECT count(*) FROM posts WHERE user_id = ? AND created_at >= ? AND created_at < ?"));
    query.addBindValue(userId);
    query.addBindValue(fromMs);
    query.addBindValue(untilMs);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

qint64 PostRepository::highestIdForUser(qint64 userId) const
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT max(id) FROM posts WHERE user_id = ?"));
    query.addBindValue(userId);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

QList<qint64> PostRepository::idsForUserAbove(qint64 userId, qint64 id) const
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id FROM posts WHERE user_id = ? AND id > ? ORDER BY id"));
    query.addBindValue(userId);
    query.addBindValue(id);
    QList<qint64> ids;
    if (query.exec()) {
        while (query.next())
            ids.append(query.value(0).toLongLong());
    }
    return ids;
}

qint64 PostRepository::changesByOthers() const
{
    QSqlQuery query(m_database);
    return query.exec(QStringLiteral("PRAGMA data_version")) && query.next() ? query.value(0).toLongLong()
                                                                             : -1;
}

QList<qint64> PostRepository::idsForUser(qint64 userId) const
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id FROM posts WHERE user_id = ? ORDER BY created_at, id"));
    query.addBindValue(userId);
    QList<qint64> ids;
    if (query.exec()) {
        while (query.next())
            ids << query.value(0).toLongLong();
    }
    return ids;
}

QString PostRepository::nextIdQuery()
{
    return QStringLiteral("SELECT max(coalesce((SELECT max(id) FROM posts), 0), "
                          "coalesce((SELECT last FROM post_ids), 0)) + 1");
}
