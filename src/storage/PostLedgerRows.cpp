#include "PostLedgerRows.h"

#include <QSqlQuery>
#include <QVariant>

PostLedgerRows::PostLedgerRows(QSqlDatabase database)
    : m_database(std::move(database))
{}

std::optional<QByteArray> PostLedgerRows::record(qint64 userId, QSqlError* error) const
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT body FROM post_ledgers WHERE user_id = ?"));
    query.addBindValue(userId);
    if (!query.exec()) {
        *error = query.lastError();
        return std::nullopt;
    }
    return query.next() ? query.value(0).toByteArray() : QByteArray();
}

bool PostLedgerRows::store(qint64 userId, const QByteArray& sealedRecord, QSqlError* error)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("INSERT INTO post_ledgers (user_id, body) VALUES (?, ?) "
                                 "ON CONFLICT (user_id) DO UPDATE SET body = excluded.body"));
    query.addBindValue(userId);
    query.addBindValue(sealedRecord);
    if (!query.exec()) {
        *error = query.lastError();
        return false;
    }
    return true;
}

bool PostLedgerRows::forEachPost(qint64 userId, const std::function<void(qint64, const QByteArray&)>& visit,
                                 QSqlError* error) const
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, body FROM posts WHERE user_id = ? ORDER BY id"));
    query.addBindValue(userId);
    if (!query.exec()) {
        *error = query.lastError();
        return false;
    }
    while (query.next())
        visit(query.value(0).toLongLong(), query.value(1).toByteArray());
    if (query.lastError().isValid()) {
        *error = query.lastError();
        return false;
    }
    return true;
}

std::optional<QByteArray> PostLedgerRows::body(qint64 userId, qint64 postId) const
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT body FROM posts WHERE id = ? AND user_id = ?"));
    query.addBindValue(postId);
    query.addBindValue(userId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return query.value(0).toByteArray();
}
