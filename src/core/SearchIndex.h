#pragma once

#include "Post.h"
#include "SearchHit.h"
#include "Session.h"
#include "TextArena.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QPair>
#include <QStringList>

#include <array>
#include <atomic>
#include <functional>
#include <optional>
#include <set>
#include <string_view>
#include <utility>
#include <vector>

class QThread;
class SearchHighlight;

// The full-text search and the tags of the unlocked journal. Search needs the
// text in the clear, so the index lives in memory only: the opened posts in the order of
// time, each case-folded and without accents (see FoldedText), one after the other in one
// block, which a query scans for every word as a substring (so words in Chinese and
// Japanese, and words of one or two letters, are found too). A post's text as written is
// rebuilt from its folded copy when it is shown. It is built after unlock and wiped with
// this object on lock. Nothing of it ever reaches the disk. A query reads every folded text
// once (about 25 MB at 100,000 posts; see SearchNeedle for how), and holding no word index
// makes building it little more than opening the posts.
class SearchIndex : public QObject
{
    Q_OBJECT

public:
    explicit SearchIndex(QObject* parent = nullptr);
    ~SearchIndex() override;

    // Builds from the posts of the session's account in the journal file, in a
    // worker thread with its own connection; progress() and ready() report.
    void buildInBackground(const QString& databasePath, const Session& session);
    // Builds in the calling thread (the command line).
    bool build(const QString& databasePath, const Session& session);
    bool isReady() const { return m_ready; }
    // Posts that did not open at the last build (their stored copy fails authentication).
    QList<qint64> damagedPosts() const;

    enum class Order
    {
        NewestFirst,
        OldestFirst
    };
    // Every post that the query (see SearchQuery) finds, in any case, as ids: all of them
    // are counted, and their hits opened a page at a time with hits().
    QList<qint64> matches(const QString& query, Order order = Order::NewestFirst) const;
    // The hits for `postIds` in their order; a post removed since is left out.
    QList<SearchHit> hits(const QString& query, const QList<qint64>& postIds) const;
    // The newest `limit` hits.
    QList<SearchHit> search(const QString& query, int limit = 50) const;
    // How a post reads in the excerpt of a hit; its text as written unless set. The window
    // gives the text as the chat shows it, so that "*quiet*" reads as "quiet".
    // Whether "cafe" finds "café" and "café" finds "cafe" (the accents of Latin letters); on
    // unless set.
    void setIgnoresAccents(bool ignores);
    void setExcerptText(std::function<QString(const QString&)> excerptText);
    // Every tag with its number of posts, most used first.
    QList<QPair<QString, int>> tags() const;
    // Ids of posts with `tag`, by keyset on (created_at, id): the newest `count`
    // without an anchor, else older or newer than it. Oldest first.
    QList<qint64> taggedIds(const QString& tag, const std::optional<Post>& anchor, bool older,
                            int count) const;

    // What the index takes in memory, in bytes: the sum of what it has allocated (the
    // allocator's own bookkeeping left out). And the UTF-8 bytes of the texts it holds.
    qint64 memoryBytes() const;
    qint64 textBytes() const;

    // Keeps the index current as posts are written, edited and deleted.
    void addOrUpdate(const Post& post);
    void remove(qint64 postId);

Q_SIGNALS:
    void progress(int done, int total);
    void ready();
    // The tags or texts changed (after a build or a change).
    void changed();

private:
    using Key = std::pair<qint64, qint64>; // (created_at, id), the order of the journal
    struct Entry
    {
        qint64 id = 0;
        qint64 createdAt = 0;
        quint64 at = 0;          // where its folded text begins in m_arena; what folding changed follows
        quint32 foldedSize = 0;  // what queries are matched against
        quint32 changesSize = 0; // what turns it back into the text as written
    };
    // A post opened and folded, on its way into the index.
    struct OpenedPost
    {
        qint64 id = 0;
        qint64 createdAt = 0;
        QByteArray folded;
        QByteArray changes;
        QStringList tags;
        bool withPictures = false;
    };
    struct Change
    {
        Post post;
        bool removed = false;
    };
    bool fill(const QString& databasePath, const Session& session);
    void apply(const Change& change);
    void finishBuild();
    static OpenedPost openedPost(qint64 id, qint64 createdAt, const QByteArray& text, bool withPictures);
    // Callers hold m_mutex.
    void insert(const OpenedPost& post);
    void erase(qint64 postId);
    // Moves the texts into a block of just their size, leaving out what erase() left behind.
    void compact();
    std::string_view foldedOf(const Entry& entry) const;
    QByteArray textOf(const Entry& entry) const;
    // Where the entry with `key` is, or would go, in m_entries.
    std::vector<Entry>::const_iterator positionOf(const Key& key) const;
    void clear();
    QList<qint64> scan(const QString& text, qsizetype limit, Order order) const;
    QString excerptHtml(const QString& text, const SearchHighlight& highlight) const;

    mutable QMutex m_mutex;                     // the worker appends while the window searches
    std::vector<Entry> m_entries;               // by Key, the newest last
    TextArena m_arena;                          // the entries' folded texts and changes
    quint64 m_erasedBytes = 0;                  // of m_arena, left by erased entries
    std::array<qint64, 256> m_byteCounts{};     // how often each byte is in the folded texts
    QHash<qint64, qint64> m_createdAt;          // post id to created_at, to find an entry
    QHash<QString, std::set<Key>> m_taggedKeys; // tag to the posts that carry it
    std::set<Key> m_pictureKeys;                // the posts with pictures (has:picture)
    QThread* m_worker = nullptr;
    std::atomic_bool m_cancelled = false;
    bool m_ready = false;
    std::atomic_bool m_ignoresAccents = true;
    QList<Change> m_pending; // changes made while the worker builds
    QList<qint64> m_damaged; // posts that did not open, under m_mutex
    std::function<QString(const QString&)> m_excerptText;
};
