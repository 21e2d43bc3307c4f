#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QSqlError>

#include <optional>

// The composer's draft of each account (table drafts), sealed by the caller.
class DraftRepository
{
public:
    explicit DraftRepository(const QSqlDatabase& database);

    // Keeps `body` as the user's draft; on failure `error` says why.
    bool save(qint64 userId, const QByteArray& body, qint64 updatedAt, QSqlError* error);
    bool remove(qint64 userId, QSqlError* error);
    std::optional<QByteArray> body(qint64 userId) const;

private:
    QSqlDatabase m_database;
};
