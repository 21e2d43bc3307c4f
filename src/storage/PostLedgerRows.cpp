#include "PostLedgerRows.h"

#include <QSqlQuery>
#include <QVariant>

PostLedgerRows::PostLedgerRows(const QSqlDatabase& database)
    : m_database(database)
    , m_record(m_database)
    , m_store(m_database)
{
    m_record.prepare(QStringLiteral("SELECT body FROM post_ledgers WHERE user_id = ?"));
    m_store.prepare(QStringLiteral("INSERT INTO post_ledgers (user_id, body) VALUES (?, ?) "
                                   "ON CONFLICT (user_id) DO UPDATE SET body = excluded.body"));
}

std::optional<QByteArray> PostLedgerRows::record(qint64 userId, QSqlError* error)
{
    m_record.bindValue(0, userId);
    if (!m_record.exec()) {
        *error = m_record.lastError();
        return std::nullopt;
    }
    QByteArray sealed = m_record.next() ? m_record.value(0).toByteArray() : QByteArray();
    m_record.finish();
    return sealed;
}

bool PostLedgerRows::store(qint64 userId, const QByteArray& sealedRecord, QSqlError* error)
{
    m_store.bindValue(0, userId);
    m_store.bindValue(1, sealedRecord);
    const bool stored = m_store.exec();
    if (!stored)
        *error = m_store.lastError();
    m_store.finish();
    return stored;
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
