#include "Journal.h"

#include "storage/PostRepository.h"
#include "storage/SqliteErrors.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Journal", text);
}

} // namespace

Journal::Journal(QSqlDatabase database, const Session& session, std::function<qint64()> clock)
    : m_database(std::move(database))
    , m_session(session)
    , m_clock(clock ? std::move(clock) : [] { return QDateTime::currentMSecsSinceEpoch(); })
{}

QString Journal::problemWith(const QString& text)
{
    if (text.trimmed().isEmpty())
        return tr("There is nothing to post.");
    if (text.toUtf8().size() > MaxPostBytes)
        return tr("This post is longer than 64 KiB. Split it into several posts.");
    return {};
}

std::optional<Post> Journal::send(const QString& text, StorageError* error)
{
    if (const QString problem = problemWith(text); !problem.isEmpty()) {
        *error = {StorageError::Code::Io, problem};
        return std::nullopt;
    }
    if (!m_session.isUnlocked()) {
        *error = {StorageError::Code::Io, tr("The journal is locked.")};
        return std::nullopt;
    }
    // The body is sealed together with its post id, so the id is chosen inside the transaction.
    if (!m_database.transaction()) {
        *error = SqliteErrors::toStorageError(m_database.lastError(), m_database.lastError().text());
        return std::nullopt;
    }
    QSqlQuery query(m_database);
    query.exec(QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM posts"));
    const qint64 id = query.next() ? query.value(0).toLongLong() : 0;
    const qint64 now = m_clock();
    query.prepare(QStringLiteral("INSERT INTO posts (id, user_id, body, created_at) VALUES (?, ?, ?, ?)"));
    query.addBindValue(id);
    query.addBindValue(m_session.userId());
    query.addBindValue(m_session.sealPost(id, text));
    query.addBindValue(now);
    if (id == 0 || !query.exec() || !m_database.commit()) {
        *error = SqliteErrors::toStorageError(
            query.lastError(), tr("Soliloquy could not save the post: %1").arg(query.lastError().text()));
        m_database.rollback();
        return std::nullopt;
    }
    return Post{id, text, now, 0, true};
}

bool Journal::edit(qint64 postId, const QString& text, StorageError* error)
{
    if (const QString problem = problemWith(text); !problem.isEmpty()) {
        *error = {StorageError::Code::Io, problem};
        return false;
    }
    const std::optional<PostRecord> record = PostRepository(m_database).find(postId);
    if (!record || record->userId != m_session.userId()) {
        *error = {StorageError::Code::Io, tr("This post no longer exists.")};
        return false;
    }
    return PostRepository(m_database).updateBody(postId, m_session.sealPost(postId, text), m_clock(), error);
}

bool Journal::remove(qint64 postId, StorageError* error)
{
    const std::optional<PostRecord> record = PostRepository(m_database).find(postId);
    if (!record || record->userId != m_session.userId()) {
        *error = {StorageError::Code::Io, tr("This post no longer exists.")};
        return false;
    }
    return PostRepository(m_database).remove(postId, error);
}

Post Journal::open(qint64 id, const QByteArray& body, qint64 createdAt, qint64 editedAt) const
{
    const std::optional<QString> text = m_session.openPost(id, body);
    return Post{id, text.value_or(QString()), createdAt, editedAt, text.has_value()};
}

std::optional<Post> Journal::post(qint64 postId) const
{
    const std::optional<PostRecord> record = PostRepository(m_database).find(postId);
    if (!record || record->userId != m_session.userId())
        return std::nullopt;
    return open(record->id, record->body, record->createdAt, record->editedAt);
}

QList<Post> Journal::newest(int count) const
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, body, created_at, coalesce(edited_at, 0) FROM posts "
                                 "WHERE user_id = ? ORDER BY created_at DESC, id DESC LIMIT ?"));
    query.addBindValue(m_session.userId());
    query.addBindValue(count);
    QList<Post> posts;
    if (query.exec()) {
        while (query.next()) {
            posts.prepend(open(query.value(0).toLongLong(), query.value(1).toByteArray(),
                               query.value(2).toLongLong(), query.value(3).toLongLong()));
        }
    }
    return posts;
}

qint64 Journal::count() const
{
    return PostRepository(m_database).countForUser(m_session.userId());
}
