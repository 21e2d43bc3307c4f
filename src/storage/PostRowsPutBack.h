#pragma once

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QSqlRecord>
#include <QString>

#include <optional>

// Posts edited here that another computer deleted: the edit wins, so the post goes back to the
// computers that deleted it. An edit's changeset names only the columns it changed, which a
// computer without the row cannot insert; this makes a changeset that inserts the whole post
// with its pictures' rows. The pictures' rows are read before the other computer's delete is
// applied (keep()), as the delete takes them along; putBack() then restores them here and
// makes the changeset, inside the caller's transaction.
class PostRowsPutBack
{
public:
    explicit PostRowsPutBack(const QSqlDatabase& database);

    // Reads the pictures' rows of `postIds` as they are now.
    void keep(const QList<qint64>& postIds);
    // Restores the kept pictures' rows of `postIds` that are gone, and returns the posts and
    // their pictures as inserts; nothing, with `error` set, when SQLite refused.
    std::optional<QByteArray> putBack(const QList<qint64>& postIds, QString* error);

private:
    QSqlDatabase m_database;
    QList<QSqlRecord> m_attachments;
    QList<QSqlRecord> m_contents;
};
