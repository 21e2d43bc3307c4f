#include "Journal.h"

#include "HybridLogicalClock.h"
#include "PictureStore.h"
#include "PostLedger.h"
#include "PostWriter.h"

#include "storage/AttachmentRepository.h"
#include "storage/DraftRepository.h"
#include "storage/PostRepository.h"
#include "storage/PostTimeline.h"
#include "storage/SqliteErrors.h"
#include "storage/SyncState.h"
#include "storage/WriteTransaction.h"

#include <QDateTime>
#include <QSqlError>

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

QString Journal::problemWith(const QString& text, qsizetype pictureCount)
{
    if (text.trimmed().isEmpty() && pictureCount == 0)
        return tr("There is nothing to post.");
    if (pictureCount > MaxPicturesPerPost)
        return tr("A post may have %1 pictures at most.").arg(MaxPicturesPerPost);
    if (text.toUtf8().size() > MaxPostBytes)
        return tr("This post is longer than 64 KiB. Split it into several posts.");
    return {};
}

std::optional<Post> Journal::send(const QString& text, StorageError* error)
{
    return send(text, {}, error);
}

std::optional<Post> Journal::send(const QString& text, const QList<NewPicture>& pictures, StorageError* error)
{
    if (const QString problem = problemWith(text, pictures.size()); !problem.isEmpty()) {
        *error = {StorageError::Code::Io, problem};
        return std::nullopt;
    }
    return insert(text, pictures, now(), 0, error);
}

std::optional<Post> Journal::undelete(const Post& post, StorageError* error)
{
    return undelete(post, {}, error);
}

std::optional<Post> Journal::undelete(const Post& post, const QList<NewPicture>& pictures,
                                      StorageError* error)
{
    return insert(post.text, pictures, post.createdAt, post.editedAt, error, post.id);
}

std::optional<QByteArray> Journal::pictureBytes(qint64 attachmentId) const
{
    return PictureStore(m_database, m_session).bytes(attachmentId);
}

QList<Journal::GalleryEntry> Journal::gallery() const
{
    QList<GalleryEntry> entries;
    if (!m_session.isUnlocked())
        return entries;
    const PictureStore pictures(m_database, m_session);
    const QList<PictureRow> rows = AttachmentRepository(m_database).gallery(m_session.userId());
    entries.reserve(rows.size());
    for (const PictureRow& row : rows)
        entries.append({pictures.ref(row), row.createdAt});
    return entries;
}

qint64 Journal::pictureCount() const
{
    return AttachmentRepository(m_database).pictureCount(m_session.userId());
}

void Journal::addPictures(QList<Post>& posts) const
{
    QList<qint64> ids;
    ids.reserve(posts.size());
    for (const Post& post : std::as_const(posts))
        ids.append(post.id);
    const QHash<qint64, QList<PictureRef>> pictures = PictureStore(m_database, m_session).picturesOf(ids);
    if (pictures.isEmpty())
        return;
    for (Post& post : posts)
        post.pictures = pictures.value(post.id);
}

qint64 Journal::now() const
{
    const std::optional<SyncState::Settings> settings = SyncState(m_database).settings(m_session.userId());
    if (!settings)
        return m_clock();
    // Moved on by every post and edit here (insert, setText) and every round (SyncRound).
    HybridLogicalClock clock(m_clock, settings->clock);
    return HybridLogicalClock::millisecondsOf(clock.nextMillisecond());
}

std::optional<Post> Journal::insert(const QString& text, const QList<NewPicture>& pictures, qint64 createdAt,
                                    qint64 editedAt, StorageError* error, qint64 preferredId)
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
    StorageError clockError;
    const bool stored =
        m_writer->store({text, createdAt, editedAt, {}, preferredId, pictures}, &id, &cause) ==
            PostWriter::Outcome::Inserted &&
        SyncState(m_database)
            .advanceClock(m_session.userId(), HybridLogicalClock::stamp(createdAt, 0), &clockError);
    if (!stored || !m_writer->finish(&cause) || !WriteTransaction::commit(m_database, &cause)) {
        if (!cause.isValid())
            cause = m_database.lastError();
        WriteTransaction::rollback(m_database);
        m_writer->abandon();
        *error = SqliteErrors::toStorageError(cause,
                                              tr("Soliloquy could not save the post: %1").arg(cause.text()));
        return std::nullopt;
    }
    Post post{id, text, createdAt, editedAt, true, {}};
    if (!pictures.isEmpty())
        post.pictures = PictureStore(m_database, m_session).picturesOf({id}).value(id);
    Q_EMIT postAdded(post);
    return post;
}

bool Journal::edit(qint64 postId, const QString& text, StorageError* error)
{
    if (const QString problem = problemWith(text); !problem.isEmpty()) {
        *error = {StorageError::Code::Io, problem};
        return false;
    }
    return setText(postId, text, now(), error);
}

bool Journal::setText(qint64 postId, const QString& text, qint64 editedAt, StorageError* error)
{
    std::optional<PostRecord> before;
    const bool written = write(
        postId,
        [&](const PostRecord& record, StorageError* writeError) {
            before = record;
            if (!SyncState(m_database)
                     .advanceClock(m_session.userId(), HybridLogicalClock::stamp(editedAt, 0), writeError))
                return false;
            const QByteArray body = m_cipher->seal(postId, text.toUtf8());
            if (!PostRepository(m_database).updateBody(postId, body, editedAt, writeError))
                return false;
            m_ledger->added(postId, body);
            return true;
        },
        error);
    if (!written || !before)
        return false;
    Post changed{postId, text, before->createdAt, editedAt, true, {}};
    changed.pictures = PictureStore(m_database, m_session).picturesOf({postId}).value(postId);
    Q_EMIT postChanged(changed);
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
        WriteTransaction::rollback(m_database);
        *error = {StorageError::Code::Io, tr("This post no longer exists.")};
        return false;
    }
    if (!change(*record, error)) {
        WriteTransaction::rollback(m_database);
        if (!error->isError())
            *error = {StorageError::Code::Io, tr("This post no longer exists.")};
        return false;
    }
    m_ledger->removed(postId, record->body);
    QSqlError cause;
    if (!m_ledger->save(&cause) || !WriteTransaction::commit(m_database, &cause)) {
        if (!cause.isValid())
            cause = m_database.lastError();
        WriteTransaction::rollback(m_database);
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
    return Post{id, text ? QString::fromUtf8(*text) : QString(), createdAt, editedAt, text.has_value(), {}};
}

std::optional<Post> Journal::post(qint64 postId) const
{
    const std::optional<PostRecord> record = PostRepository(m_database).find(postId);
    if (!record || record->userId != m_session.userId())
        return std::nullopt;
    QList<Post> found{open(record->id, record->body, record->createdAt, record->editedAt)};
    addPictures(found);
    return found.first();
}

QList<Post> Journal::opened(const QList<PostRecord>& rows, bool newestFirst) const
{
    QList<Post> posts;
    posts.reserve(rows.size());
    for (const PostRecord& row : rows)
        posts.append(open(row.id, row.body, row.createdAt, row.editedAt));
    addPictures(posts);
    if (newestFirst)
        std::reverse(posts.begin(), posts.end());
    return posts;
}

PostTimeline Journal::timeline() const
{
    return PostTimeline(m_database, m_session.userId());
}

QList<Post> Journal::newest(int count) const
{
    return opened(timeline().latest(count), true);
}

QList<Post> Journal::olderThan(const Post& anchor, int count) const
{
    return opened(timeline().before(anchor.createdAt, anchor.id, count), true);
}

QList<Post> Journal::newerThan(const Post& anchor, int count) const
{
    return opened(timeline().after(anchor.createdAt, anchor.id, count), false);
}

QList<Post> Journal::postsWithIds(const QList<qint64>& ids) const
{
    return opened(timeline().withIds(ids), false);
}

std::optional<Post> Journal::nearest(qint64 time) const
{
    QList<PostRecord> found = timeline().from(time, 1);
    if (found.isEmpty())
        found = timeline().until(time, 1);
    if (found.isEmpty())
        return std::nullopt;
    return opened(found, false).first();
}

QSet<QDate> Journal::daysWithPosts(const QDate& from, const QDate& to) const
{
    // Times are stored in UTC; days are the user's local days.
    QSet<QDate> days;
    const QList<qint64> times = timeline().timesBetween(from.startOfDay().toMSecsSinceEpoch(),
                                                        to.addDays(1).startOfDay().toMSecsSinceEpoch());
    for (const qint64 time : times)
        days.insert(QDateTime::fromMSecsSinceEpoch(time).date());
    return days;
}

QList<Post> Journal::onThisDay(const QDate& day, int limit) const
{
    // One short query a year, each on the (user_id, created_at) index.
    QList<Post> posts;
    const PostTimeline posted = timeline();
    const std::optional<qint64> earliest = posted.earliestTime();
    if (!earliest)
        return posts;
    const int firstYear = QDateTime::fromMSecsSinceEpoch(*earliest).date().year();
    for (int year = day.year() - 1; year >= firstYear && posts.size() < limit; --year) {
        const QDate then(year, day.month(), day.day());
        if (!then.isValid())
            continue; // 29 February in a year without it
        posts += opened(posted.between(then.startOfDay().toMSecsSinceEpoch(),
                                       then.addDays(1).startOfDay().toMSecsSinceEpoch(),
                                       limit - int(posts.size())),
                        false);
    }
    return posts;
}

qint64 Journal::lastPostTime() const
{
    const QList<PostRecord> last = timeline().latest(1);
    return last.isEmpty() ? 0 : last.first().createdAt;
}

QMap<int, int> Journal::postsOnThisDayInEarlierYears(const QDate& day) const
{
    QMap<int, int> counts;
    const PostTimeline posted = timeline();
    const std::optional<qint64> earliest = posted.earliestTime();
    if (!earliest)
        return counts;
    const int firstYear = QDateTime::fromMSecsSinceEpoch(*earliest).date().year();
    // One range per year, with the local day's bounds from Qt.
    QList<int> years;
    QList<QPair<qint64, qint64>> ranges;
    for (int year = firstYear; year < day.year(); ++year) {
        const QDate sameDay(year, day.month(), day.day());
        if (!sameDay.isValid())
            continue; // 29 February in a year without it
        years.append(year);
        ranges.append(
            {sameDay.startOfDay().toMSecsSinceEpoch(), sameDay.addDays(1).startOfDay().toMSecsSinceEpoch()});
    }
    const QList<qint64> found = posted.countsBetween(ranges);
    for (qsizetype i = 0; i < found.size(); ++i) {
        if (found[i] > 0)
            counts.insert(years[i], int(found[i]));
    }
    return counts;
}

bool Journal::saveDraft(const QString& text, StorageError* error)
{
    DraftRepository drafts(m_database);
    QSqlError cause;
    bool saved = false;
    if (text.isEmpty()) {
        saved = drafts.remove(m_session.userId(), &cause);
    } else {
        if (!m_session.isUnlocked())
            return false;
        saved = drafts.save(m_session.userId(), m_session.sealDraft(text.toUtf8()), m_clock(), &cause);
    }
    if (!saved) {
        *error = SqliteErrors::toStorageError(cause,
                                              tr("Soliloquy could not save the draft: %1").arg(cause.text()));
        return false;
    }
    return true;
}

QString Journal::loadDraft() const
{
    const std::optional<QByteArray> sealed = DraftRepository(m_database).body(m_session.userId());
    if (!sealed)
        return {};
    return QString::fromUtf8(m_session.openDraft(*sealed).value_or(QByteArray()));
}

qint64 Journal::count() const
{
    return PostRepository(m_database).countForUser(m_session.userId());
}
