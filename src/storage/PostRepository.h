#pragma once

#include "PostRecord.h"
#include "StorageError.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

// The posts table, row by row. Posts are written by Journal (and the importer), sealed,
// together with the record of posts (see PostLedger); these calls run inside their
// transactions.
class PostRepository
{
public:
    explicit PostRepository(const QSqlDatabase& database);

    // Replaces the body of a post whose id is already known (the body is sealed with it).
    bool updateBody(qint64 postId, const QByteArray& body, qint64 editedAt, StorageError* error);
    bool remove(qint64 postId, StorageError* error);
    std::optional<PostRecord> find(qint64 postId) const;
    qint64 countForUser(qint64 userId) const;
    // How many posts the user wrote from `fromMs` up to (not including) `untilMs`; their
    // times are stored in clear, so this needs no key.
    qint64 countForUserBetween(qint64 userId, qint64 fromMs, qint64 untilMs) const;
    // Ids of all posts of a user, oldest first (used by checks and tests).
    QList<qint64> idsForUser(qint64 userId) const;
    // The user's highest post id, 0 without posts.
    qint64 highestIdForUser(qint64 userId) const;
    // The user's post ids above `id`, lowest first: posts written since.
    QList<qint64> idsForUserAbove(qint64 userId, qint64 id) const;
    // A number that changes whenever another connection, in this process or another, has
    // committed a change to the journal (SQLite's data_version); -1 when it cannot be read.
    qint64 changesByOthers() const;
    // The query for the id a new post takes: past every id given before, deleted posts' too
    // (migrations/0006_post_ids.sql). A post's sealed body is bound to its id.
    static QString nextIdQuery();

private:
    QSqlDatabase m_database;
};
