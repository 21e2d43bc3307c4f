#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <functional>
#include <optional>

// The sealed records of which posts each account has (migrations/0010_post_ledgers.sql),
// and the posts' sealed bodies they are checked against. The sealing is the caller's. The
// statements a send runs are prepared once.
class PostLedgerRows
{
public:
    explicit PostLedgerRows(const QSqlDatabase& database);

    // The account's sealed record; empty when the account has none yet. Nothing when it
    // cannot be read.
    std::optional<QByteArray> record(qint64 userId, QSqlError* error);
    bool store(qint64 userId, const QByteArray& sealedRecord, QSqlError* error);
    // Hands every post of the account, id and sealed body, to `visit`, in id order.
    bool forEachPost(qint64 userId, const std::function<void(qint64, const QByteArray&)>& visit,
                     QSqlError* error) const;
    // The sealed body of one post of the account, nothing when there is none.
    std::optional<QByteArray> body(qint64 userId, qint64 postId) const;

private:
    QSqlDatabase m_database;
    QSqlQuery m_record;
    QSqlQuery m_store;
};
