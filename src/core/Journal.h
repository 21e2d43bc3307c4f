#pragma once

#include "Post.h"
#include "Session.h"

#include "storage/StorageError.h"

#include <QList>
#include <QSqlDatabase>

#include <functional>
#include <optional>

// The posts of the unlocked account: sealed on the way in, opened on the way out.
class Journal
{
public:
    // Posts are limited so that one paste cannot swamp the journal.
    static constexpr qsizetype MaxPostBytes = 64 * 1024;

    Journal(QSqlDatabase database, const Session& session, std::function<qint64()> clock = nullptr);

    // Returns the saved post; on failure sets `error` and writes nothing.
    std::optional<Post> send(const QString& text, StorageError* error);
    bool edit(qint64 postId, const QString& text, StorageError* error);
    bool remove(qint64 postId, StorageError* error);
    std::optional<Post> post(qint64 postId) const;
    // The newest `count` posts, oldest first.
    QList<Post> newest(int count) const;
    qint64 count() const;

    // Empty when the text may be posted, else why not, in the user's words.
    static QString problemWith(const QString& text);

private:
    Post open(qint64 id, const QByteArray& body, qint64 createdAt, qint64 editedAt) const;

    QSqlDatabase m_database;
    const Session& m_session;
    std::function<qint64()> m_clock;
};
