#pragma once

#include "NewPicture.h"
#include "Post.h"
#include "PostCipher.h"
#include "PostSource.h"
#include "Session.h"

#include "storage/StorageError.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QObject>
#include <QSet>
#include <QSqlDatabase>

#include <functional>
#include <memory>
#include <optional>

// The posts of the unlocked account: sealed on the way in, opened on the way out.
// Every change is announced, so that the chat and the search index follow it.
class PostLedger;
class PostWriter;
struct PostRecord;
class PostTimeline;

class Journal : public QObject, public PostSource
{
    Q_OBJECT

public:
    // Posts are limited so that one paste cannot swamp the journal.
    static constexpr qsizetype MaxPostBytes = qsizetype(64) * 1024;
    static constexpr int MaxPicturesPerPost = 20;

    // A picture of the gallery, with its post's time.
    struct GalleryEntry
    {
        PictureRef picture;
        qint64 createdAt = 0;
    };

    Journal(const QSqlDatabase& database, const Session& session, std::function<qint64()> clock = nullptr);
    ~Journal() override;

    // Returns the saved post; on failure sets `error` and writes nothing.
    std::optional<Post> send(const QString& text, StorageError* error);
    // The text may be empty when there are pictures. Pictures are stored sealed, once per
    // account by content.
    std::optional<Post> send(const QString& text, const QList<NewPicture>& pictures, StorageError* error);
    // The bytes of one of the account's pictures, opened in memory only.
    std::optional<QByteArray> pictureBytes(qint64 attachmentId) const;
    // Every picture of the account, newest post first.
    QList<GalleryEntry> gallery() const;
    qint64 pictureCount() const;
    bool edit(qint64 postId, const QString& text, StorageError* error);
    bool remove(qint64 postId, StorageError* error);
    std::optional<Post> post(qint64 postId) const;
    // Pages of posts by keyset on (created_at, id), never OFFSET, so any page of a
    // huge journal costs the same. Each list is oldest first.
    QList<Post> newest(int count) const override;
    QList<Post> olderThan(const Post& anchor, int count) const override;
    QList<Post> newerThan(const Post& anchor, int count) const override;
    // The posts with these ids, oldest first (ids of other accounts are left out).
    QList<Post> postsWithIds(const QList<qint64>& ids) const;
    // The first post written at or after `time` (UTC milliseconds), else the newest before it.
    std::optional<Post> nearest(qint64 time) const;
    // The local days between `from` and `to` (inclusive) with at least one post.
    QSet<QDate> daysWithPosts(const QDate& from, const QDate& to) const;
    // Posts written on `day`'s month and day in earlier years, newest first.
    QList<Post> onThisDay(const QDate& day, int limit = 200) const;
    // Puts a deleted post back (undo): same time and text, and its old id when that is free.
    std::optional<Post> undelete(const Post& post, StorageError* error);
    std::optional<Post> undelete(const Post& post, const QList<NewPicture>& pictures, StorageError* error);
    // Sets the text and the edited time as given (undo of an edit).
    bool setText(qint64 postId, const QString& text, qint64 editedAt, StorageError* error);
    // "On this day": for each earlier year with posts on the month and day of `day`
    // (in local time), how many there are. Counts by the plaintext times only.
    QMap<int, int> postsOnThisDayInEarlierYears(const QDate& day) const;
    // When the newest post was written (0 without posts).
    qint64 lastPostTime() const;

    // The composer's draft, sealed at rest; empty text removes it.
    bool saveDraft(const QString& text, StorageError* error);
    QString loadDraft() const;
    qint64 count() const;
    QSqlDatabase database() const { return m_database; }
    // The journal's clock, in UTC milliseconds. A journal that syncs keeps a hybrid logical
    // clock: a clock set back, or behind another computer's, never times a new post or edit
    // before one already made here or seen from elsewhere.
    qint64 now() const;
    // The file the journal is kept in.
    QString databasePath() const { return m_database.databaseName(); }

    // Empty when the text may be posted, else why not, in the user's words.
    static QString problemWith(const QString& text, qsizetype pictureCount = 0);

Q_SIGNALS:
    void postAdded(const Post& post);
    void postChanged(const Post& post);
    void postRemoved(qint64 postId);

private:
    // Changes one post of this account in a write transaction that also brings the record
    // of posts along (see PostLedger); `change` gets the post as it was.
    bool write(qint64 postId, const std::function<bool(const PostRecord&, StorageError*)>& change,
               StorageError* error);
    Post open(qint64 id, const QByteArray& body, qint64 createdAt, qint64 editedAt) const;
    // The rows opened, oldest first (`newestFirst` tells the rows' own order).
    QList<Post> opened(const QList<PostRecord>& rows, bool newestFirst) const;
    PostTimeline timeline() const;
    std::optional<Post> insert(const QString& text, const QList<NewPicture>& pictures, qint64 createdAt,
                               qint64 editedAt, StorageError* error, qint64 preferredId = 0);

    // `posts` with their pictures (one query).
    void addPictures(QList<Post>& posts) const;

    QSqlDatabase m_database;
    const Session& m_session;
    // Sealing and opening posts reuse one set of crypto contexts (see SealerContext).
    std::unique_ptr<PostCipher> m_cipher;
    std::unique_ptr<PostLedger> m_ledger;
    std::unique_ptr<PostWriter> m_writer; // statements prepared once: a send is two and a commit
    std::function<qint64()> m_clock;
};
