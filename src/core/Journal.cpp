#include "Journal.h"

#include "PostLedger.h"
#include "PostWriter.h"

#include "storage/PostRepository.h"
#include "storage/SqliteErrors.h"
#include "storage/WriteTransaction.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

Journal::Journal(const QSqlDatabase& database, const Session& session, std::function<qint64()> clock)
    : QObject(nullptr)
    , m_database(database)
    , m_session(session)
    , m_cipher(std::make_unique<PostCipher>(session))
    , m_ledger(std::make_unique<PostLedger>(m_database, session))
    , m_writer(std::make_unique<PostWriter>(m_database, session))
    , m_clock(clock ? std::move(clock) : [] { return QDateTime::currentMSecsSinceEpoch(); })
{}

Journal::~Journal() = default;

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
    return insert(text, m_clock(), 0, error);
}

std::optional<Post> Journal::restore(const Post& post, StorageError* error)
{
    return insert(post.text, post.createdAt, post.editedAt, error, post.id);
}

qint64 Journal::now() const
{
    return m_clock();
}

std::optional<Post> Journal::insert(const QString& text, qint64 createdAt, qint64 editedAt,
                                    StorageError* error, qint64 preferredId)
{
    if (!m_session.isUnlocked()) {
        *error = {StorageError::Code::Io, tr("The journal is locked.")};
        return std::nullopt;
    }
    // The body is sealed together with its post id, so the id is chosen inside the transaction.
    if (QSqlError cause; !WriteTransaction::begin(m_database, &cause)) {
        *error = SqliteErrors::toStorageError(cause, cause.text());
        return std::nullopt;
    }
    qint64 id = 0;
    QSqlError cause;
    const bool stored = m_writer->store({text, createdAt, editedAt, {}, preferredId}, &id, &cause) ==
                        PostWriter::Outcome::Inserted;
    if (!stored || !m_writer->finish(&cause) || !m_database.commit()) {
        if (!cause.isValid())
            cause = m_database.lastError();
        m_database.rollback();
        m_writer->abandon();
        *error = SqliteErrors::toStorageError(cause,
                                              tr("Soliloquy could not save the post: %1").arg(cause.text()));
        return std::nullopt;
    }
    Post post{id, text, createdAt, editedAt, true};
    Q_EMIT postAdded(post);
    return post;
}

bool Journal::edit(qint64 postId, const QString& text, StorageError* error)
{
    if (const QString problem = problemWith(text); !problem.isEmpty()) {
        *error = {StorageError::Code::Io, problem};
        return false;
    }
    return setText(postId, text, m_clock(), error);
}

bool Journal::setText(qint64 postId, const QString& text, qint64 editedAt, StorageError* error)
{
    std::optional<PostRecord> before;
    const bool written = write(
        postId,
        [&](const PostRecord& record, StorageError* writeError) {
            before = record;
            const QByteArray body = m_cipher->seal(postId, text.toUtf8());
            if (!PostRepository(m_database).updateBody(postId, body, editedAt, writeError))
                return false;
            m_ledger->added(postId, body);
            return true;
        },
        error);
    if (!written || !before)
        return false;
    Q_EMIT postChanged(Post{postId, text, before->createdAt, editedAt, true});
    return true;
}

bool Journal::remove(qint64 postId, StorageError* error)
{
    const bool written = write(
        postId,
        [&](const PostRecord&, StorageError* writeError) {
            return PostRepository(m_database).remove(postId, writeError);
        },
        error);
    if (!written)
        return false;
    Q_EMIT postRemoved(postId);
    return true;
}

bool Journal::write(qint64 postId, const std::function<bool(const PostRecord&, StorageError*)>& change,
                    StorageError* error)
{
    if (!m_session.isUnlocked()) {
        *error = {StorageError::Code::Io, tr("The journal is locked.")};
        return false;
    }
    if (QSqlError cause; !WriteTransaction::begin(m_database, &cause)) {
        *error = SqliteErrors::toStorageError(cause, cause.text());
        return false;
    }
    // Read inside the transaction: the version replaced is the one the record names.
    const std::optional<PostRecord> record = PostRepository(m_database).find(postId);
    if (!record || record->userId != m_session.userId()) {
        m_database.rollback();
        *error = {StorageError::Code::Io, tr("This post no longer exists.")};
        return false;
    }
    if (!change(*record, error)) {
        m_database.rollback();
        if (!error->isError())
            *error = {StorageError::Code::Io, tr("This post no longer exists.")};
        return false;
    }
    m_ledger->removed(postId, record->body);
    QSqlError cause;
    if (!m_ledger->save(&cause) || !m_database.commit()) {
        if (!cause.isValid())
            cause = m_database.lastError();
        m_database.rollback();
        *error = SqliteErrors::toStorageError(cause,
                                              tr("Soliloquy could not save the post: %1").arg(cause.text()));
        return false;
    }
    return true;
}

Post Journal::open(qint64 id, const QByteArray& body, qint64 createdAt, qint64 editedAt) const
{
    // Nothing opens once the session is locked, although the contexts still hold a key.
    const std::optional<QByteArray> text =
        m_session.isUnlocked() ? m_cipher->open(id, body) : std::optional<QByteArray>();
    return Post{id, text ? QString::fromUtf8(*text) : QString(), createdAt, editedAt, text.has_value()};
}

std::optional<Post> Journal::post(qint64 postId) const
{
    const std::optional<PostRecord> record = PostRepository(m_database).find(postId);
    if (!record || record->userId != m_session.userId())
        return std::nullopt;
    return open(record->id, record->body, record->createdAt, record->editedAt);
}

QList<Post> Journal::select(const QString& condition, const QString& order, const QVariantList& values,
                            int count) const
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, body, created_at, coalesce(edited_at, 0) FROM posts "
                                 "WHERE user_id = ? %1 ORDER BY created_at %2, id %2 LIMIT ?")
                      .arg(condition, order));
    query.addBindValue(m_session.userId());
    for (const QVariant& value : values)
        query.addBindValue(value);
    query.addBindValue(count);
    QList<Post> posts;
    if (query.exec()) {
        while (query.next()) {
            posts.append(open(query.value(0).toLongLong(), query.value(1).toByteArray(),
                              query.value(2).toLongLong(), query.value(3).toLongLong()));
        }
    }
    if (order == QLatin1String("DESC"))
        std::reverse(posts.begin(), posts.end());
    return posts;
}

QList<Post> Journal::newest(int count) const
{
    return select(QString(), QStringLiteral("DESC"), {}, count);
}

QList<Post> Journal::olderThan(const Post& anchor, int count) const
{
    return select(QStringLiteral("AND (created_at, id) < (?, ?)"), QStringLiteral("DESC"),
                  {anchor.createdAt, anchor.id}, count);
}

QList<Post> Journal::newerThan(const Post& anchor, int count) const
{
    return select(QStringLiteral("AND (created_at, id) > (?, ?)"), QStringLiteral("ASC"),
                  {anchor.createdAt, anchor.id}, count);
}

QList<Post> Journal::postsWithIds(const QList<qint64>& ids) const
{
    if (ids.isEmpty())
        return {};
    QStringList marks;
    QVariantList values;
    for (const qint64 id : ids) {
        marks << QStringLiteral("?");
        values << id;
    }
    return select(QStringLiteral("AND id IN (%1)").arg(marks.join(QLatin1Char(','))), QStringLiteral("ASC"),
                  values, int(ids.size()));
}

std::optional<Post> Journal::nearest(qint64 time) const
{
    QList<Post> found = select(QStringLiteral("AND created_at >= ?"), QStringLiteral("ASC"), {time}, 1);
    if (found.isEmpty())
        found = select(QStringLiteral("AND created_at < ?"), QStringLiteral("DESC"), {time}, 1);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QSet<QDate> Journal::daysWithPosts(const QDate& from, const QDate& to) const
{
    // Times are stored in UTC; days are the user's local days.
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT created_at FROM posts WHERE user_id = ? AND created_at >= ? AND "
                                 "created_at < ? ORDER BY created_at"));
    query.addBindValue(m_session.userId());
    query.addBindValue(from.startOfDay().toMSecsSinceEpoch());
    query.addBindValue(to.addDays(1).startOfDay().toMSecsSinceEpoch());
    QSet<QDate> days;
    if (query.exec()) {
        while (query.next())
            days.insert(QDateTime::fromMSecsSinceEpoch(query.value(0).toLongLong()).date());
    }
    return days;
}

QList<Post> Journal::onThisDay(const QDate& day, int limit) const
{
    // One short query a year, each on the (user_id, created_at) index.
    QList<Post> posts;
    const QList<Post> oldest = select(QString(), QStringLiteral("ASC"), {}, 1);
    if (oldest.isEmpty())
        return posts;
    const int firstYear = QDateTime::fromMSecsSinceEpoch(oldest.first().createdAt).date().year();
    for (int year = day.year() - 1; year >= firstYear && posts.size() < limit; --year) {
        const QDate then(year, day.month(), day.day());
        if (!then.isValid())
            continue; // 29 February in a year without it
        QList<Post> ofDay =
            select(QStringLiteral("AND created_at >= ? AND created_at < ?"), QStringLiteral("DESC"),
                   {then.startOfDay().toMSecsSinceEpoch(), then.addDays(1).startOfDay().toMSecsSinceEpoch()},
                   limit - int(posts.size()));
        std::reverse(ofDay.begin(), ofDay.end());
        posts += ofDay;
    }
    return posts;
}

qint64 Journal::lastPostTime() const
{
    const QList<Post> last = select(QString(), QStringLiteral("DESC"), {}, 1);
    return last.isEmpty() ? 0 : last.first().createdAt;
}

QMap<int, int> Journal::postsOnThisDayInEarlierYears(const QDate& day) const
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT min(created_at) FROM posts WHERE user_id = ?"));
    query.addBindValue(m_session.userId());
    QMap<int, int> counts;
    if (!query.exec() || !query.next() || query.value(0).isNull())
        return counts;
    const int firstYear = QDateTime::fromMSecsSinceEpoch(query.value(0).toLongLong()).date().year();
    // One range per year over the (user_id, created_at) index, with the local day's bounds from Qt.
    query.prepare(QStringLiteral("SELECT count(*) FROM posts WHERE user_id = ? AND created_at >= ? "
                                 "AND created_at < ?"));
    for (int year = firstYear; year < day.year(); ++year) {
        const QDate sameDay(year, day.month(), day.day());
        if (!sameDay.isValid())
            continue; // 29 February in a year without it
        query.addBindValue(m_session.userId());
        query.addBindValue(sameDay.startOfDay().toMSecsSinceEpoch());
        query.addBindValue(sameDay.addDays(1).startOfDay().toMSecsSinceEpoch());
        if (query.exec() && query.next() && query.value(0).toInt() > 0)
            counts.insert(year, query.value(0).toInt());
    }
    return counts;
}

bool Journal::saveDraft(const QString& text, StorageError* error)
{
    QSqlQuery query(m_database);
    if (text.isEmpty()) {
        query.prepare(QStringLiteral("DELETE FROM drafts WHERE user_id = ?"));
        query.addBindValue(m_session.userId());
    } else {
        if (!m_session.isUnlocked())
            return false;
        query.prepare(QStringLiteral("INSERT INTO drafts (user_id, body, updated_at) VALUES (?, ?, ?) "
                                     "ON CONFLICT (user_id) DO UPDATE SET body = excluded.body, "
                                     "updated_at = excluded.updated_at"));
        query.addBindValue(m_session.userId());
        query.addBindValue(m_session.sealDraft(text.toUtf8()));
        query.addBindValue(m_clock());
    }
    if (!query.exec()) {
        *error = SqliteErrors::toStorageError(
            query.lastError(), tr("Soliloquy could not save the draft: %1").arg(query.lastError().text()));
        return false;
    }
    return true;
}

QString Journal::loadDraft() const
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT body FROM drafts WHERE user_id = ?"));
    query.addBindValue(m_session.userId());
    if (!query.exec() || !query.next())
        return {};
    return QString::fromUtf8(m_session.openDraft(query.value(0).toByteArray()).value_or(QByteArray()));
}

qint64 Journal::count() const
{
    return PostRepository(m_database).countForUser(m_session.userId());
}
