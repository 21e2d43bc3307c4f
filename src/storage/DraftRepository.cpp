#include "DraftRepository.h"

#include <QSqlQuery>

DraftRepository::DraftRepository(const QSqlDatabase& database)
    : m_database(database)
{}

bool DraftRepository::save(qint64 userId, const QByteArray& body, qint64 updatedAt, QSqlError* error)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("INSERT INTO drafts (user_id, body, updated_at) VALUES (?, ?, ?) "
                                 "ON CONFLICT (user_id) DO UPDATE SET body = excluded.body, "
                                 "updated_at = excluded.updated_at"));
    query.addBindValue(userId);
    query.addBindValue(body);
    query.addBindValue(updatedAt);
    if (query.exec())
        return true;
    *error = query.lastError();
    return false;
}

bool DraftRepository::remove(qint64 userId, QSqlError* error)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("DELETE FROM drafts WHERE user_id = ?"));
    query.addBindValue(userId);
    if (query.exec())
        return true;
    *error = query.lastError();
    return false;
}

std::optional<QByteArray> DraftRepository::body(qint64 userId) const
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT body FROM drafts WHERE user_id = ?"));
    query.addBindValue(userId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return query.value(0).toByteArray();
}
