#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

// The statements that store a new post, prepared once, run inside the caller's write
// transaction. Reached through PostWriter, which seals the text and keeps the record of
// posts: nothing else inserts into the posts table.
class PostInserter
{
public:
    struct Row
    {
        qint64 id = 0;
        qint64 userId = 0;
        QByteArray body; // sealed, bound to the id
        qint64 createdAt = 0;
        qint64 editedAt = 0;  // 0: never edited
        QByteArray importKey; // empty: written here, not imported
    };
    enum class Outcome
    {
        Inserted,
        // An entry imported before has this import key: nothing was stored.
        AlreadyThere,
        Failed
    };

    explicit PostInserter(const QSqlDatabase& database);

    // The id the next new post takes: past every id given before, deleted posts' too
    // (migrations/0006_post_ids.sql). 0 when it cannot be read.
    qint64 nextId(QSqlError* error);
    // Whether no post has `id` (a deleted post put back keeps its id when it is free).
    bool isFree(qint64 id);
    Outcome insert(const Row& row, QSqlError* error);

private:
    QSqlDatabase m_database;
    QSqlQuery m_nextId;
    QSqlQuery m_insert;
};
