#include "SearchIndex.h"

#include "FoldedText.h"
#include "Hashtags.h"
#include "PostCipher.h"
#include "SearchHighlight.h"
#include "SearchNeedle.h"
#include "SearchQuery.h"

#include "crypto/Wipe.h"
#include "storage/AttachmentRepository.h"
#include "storage/ReadOnlyConnection.h"
#include "storage/SealedPostScan.h"

#include <QHash>
#include <QThread>

#include <algorithm>
#include <cstring>
#include <future>
#include <limits>
#include <string_view>

namespace {

constexpr int BatchSize = 4000;
// From this many posts on, a search for every match reads them in two threads: a thread
// starts in some tens of microseconds, and 20,000 posts take about a millisecond to read.
constexpr std::ptrdiff_t TwoThreadsFrom = 20000;
constexpr int SnippetContext = 70;    // characters shown before and after the first match
constexpr int WordBoundaryReach = 16; // how far an excerpt's ends move to fall between words
const QChar MatchStart(0x02);
const QChar MatchEnd(0x03);

// The folded words, the likeliest to rule a text out first.
QList<SearchNeedle> needlesOf(const QStringList& words, const std::array<qint64, 256>& byteCounts)
{
    QList<SearchNeedle> needles;
    for (const QString& word : words)
        needles.append(SearchNeedle(FoldedText::folded(word.toUtf8(), true), byteCounts));
    std::sort(needles.begin(), needles.end(),
              [](const SearchNeedle& a, const SearchNeedle& b) { return a.rarity() < b.rarity(); });
    return needles;
}

bool containsAll(std::string_view text, const QList<SearchNeedle>& needles)
{
    return std::all_of(needles.cbegin(), needles.cend(),
                       [text](const SearchNeedle& needle) { return needle.in(text); });
}

bool containsAny(std::string_view text, const QList<SearchNeedle>& needles)
{
    return std::any_of(needles.cbegin(), needles.cend(),
                       [text](const SearchNeedle& needle) { return needle.in(text); });
}

// The accented words, folded, for a check of a text found without accents.
QList<QByteArray> exactly(const QStringList& words)
{
    QList<QByteArray> folded;
    for (const QString& word : words)
        folded << FoldedText::folded(word.toUtf8(), false);
    return folded;
}

bool containsAll(const QByteArray& text, const QList<QByteArray>& words)
{
    return std::all_of(words.cbegin(), words.cend(),
                       [&text](const QByteArray& word) { return text.contains(word); });
}

bool containsAny(const QByteArray& text, const QList<QByteArray>& words)
{
    return std::any_of(words.cbegin(), words.cend(),
                       [&text](const QByteArray& word) { return text.contains(word); });
}

// Marks each case-insensitive occurrence of the words.
// The text with each match between MatchStart and MatchEnd, matched as the search matches
// (see SearchHighlight: "cafe" marks "Café" when accents are ignored).
QString marked(const QString& text, const SearchHighlight& highlight)
{
    QString result;
    qsizetype position = 0;
    for (const SearchHighlight::Range& range : highlight.rangesIn(text)) {
        result += QStringView(text).mid(position, range.start - position);
        result += MatchStart + text.mid(range.start, range.length) + MatchEnd;
        position = range.start + range.length;
    }
    result += QStringView(text).mid(position);
    return result;
}

// An excerpt around the first match, as HTML with the matches in bold.
QString snippetHtml(const QString& markedText)
{
    const qsizetype first = qMax<qsizetype>(0, markedText.indexOf(MatchStart));
    qsizetype from = qMax<qsizetype>(0, first - SnippetContext);
    qsizetype to = qMin(markedText.size(), first + qsizetype(2) * SnippetContext + 40);
    // Never cut a match in half.
    const qsizetype openBefore = markedText.lastIndexOf(MatchStart, to - 1);
    if (openBefore >= 0 && markedText.indexOf(MatchEnd, openBefore) >= to)
        to = markedText.indexOf(MatchEnd, openBefore) + 1;
    // Begin and end between words where a space is near ("…I am", not "…ed I am"); text
    // without spaces (Chinese, Japanese) is cut where it is.
    if (from > 0) {
        for (qsizetype i = from; i < qMin(first, from + WordBoundaryReach); ++i) {
            if (markedText.at(i).isSpace()) {
                from = i + 1;
                break;
            }
        }
    }
    if (to < markedText.size()) {
        const qsizetype lastMatchEnd = markedText.lastIndexOf(MatchEnd, to - 1);
        for (qsizetype i = to - 1; i > qMax(lastMatchEnd, to - WordBoundaryReach); --i) {
            if (markedText.at(i).isSpace()) {
                to = i;
                break;
            }
        }
    }
    QString excerpt = markedText.mid(from, to - from).simplified();
    QString html = excerpt.toHtmlEscaped();
    html.replace(MatchStart, QStringLiteral("<b>")).replace(MatchEnd, QStringLiteral("</b>"));
    if (from > 0)
        html.prepend(QStringLiteral("…"));
    if (to < markedText.size())
        html.append(QStringLiteral("…"));
    return html;
}

QStringList tagsIn(const QByteArray& utf8)
{
    return utf8.contains('#') ? Hashtags::in(QString::fromUtf8(utf8)) : QStringList();
}

// What a QByteArray or QString has allocated: its header and its capacity.
template <typename Text> qint64 allocatedBytes(const Text& text)
{
    return text.isDetached() ? qint64(sizeof(QArrayData)) + text.capacity() * qint64(sizeof(text.at(0))) : 0;
}

// What a QHash has allocated: its spans of 128 one-byte offsets and its nodes.
template <typename Key, typename Value> qint64 allocatedBytes(const QHash<Key, Value>& hash)
{
    const qint64 buckets = 2 * hash.capacity();
    return buckets / 128 * qint64(128 + sizeof(void*) + 2) +
           hash.size() * qint64(sizeof(Key) + sizeof(Value));
}

// A node of a std::set: three links and a colour, then the value.
template <typename Value> constexpr qint64 SetNodeBytes = 4 * sizeof(void*) + sizeof(Value);

struct SealedPost
{
    qint64 id = 0;
    qint64 createdAt = 0;
    QByteArray body;
};

} // namespace

SearchIndex::SearchIndex(QObject* parent)
    : QObject(parent)
{}

SearchIndex::~SearchIndex()
{
    if (m_worker) {
        m_cancelled = true;
        m_worker->wait();
        delete m_worker;
    }
    m_pending.clear();
    const QMutexLocker locker(&m_mutex);
    clear();
}

bool SearchIndex::fill(const QString& databasePath, const Session& session)
{
    {
        const QMutexLocker locker(&m_mutex);
        clear();
    }
    ReadOnlyConnection source(databasePath);
    if (!source.isOpen())
        return false;
    SealedPostScan posts(source.database(), session.userId());
    const std::optional<SealedPostScan::Size> size = posts.size();
    const int total = size ? int(size->posts) : 0;
    // A sealed post is a little longer than its text, which folding seldom lengthens: the
    // block is made about as large as it needs, and fitted when the build is done.
    const qint64 sealedBytes = size ? size->sealedBytes : 0;
    if (!posts.start())
        return false;
    const QSet<qint64> withPictures =
        AttachmentRepository(source.database()).postsWithPictures(session.userId());
    {
        const QMutexLocker locker(&m_mutex);
        m_entries.reserve(size_t(total));
        m_createdAt.reserve(total);
        m_arena.reserve(quint64(qMax<qint64>(0, sealedBytes)));
    }
    // Posts are opened in one thread: QCA's secure memory sits behind one lock, and a second
    // thread opening posts made the build slower, not faster (measured at 100,000 posts).
    // Folding a batch and putting it in the index is done beside it, on the other core, while
    // the next batch is opened.
    PostCipher cipher(session);
    std::future<void> indexing;
    int done = 0;
    bool more = true;
    while (more && !m_cancelled) {
        std::vector<SealedPost> batch;
        batch.reserve(BatchSize);
        while (batch.size() < BatchSize) {
            SealedPost row;
            more = posts.next(&row.id, &row.createdAt, &row.body);
            if (!more)
                break;
            batch.push_back(std::move(row));
        }
        // Each sealed body gives way to its text: the batch moves on to be indexed.
        for (SealedPost& post : batch) {
            std::optional<QByteArray> text = cipher.open(post.id, post.body);
            if (!text) {
                // A damaged post: the chat shows it as such, search skips it, the command line names it.
                const QMutexLocker locker(&m_mutex);
                m_damaged << post.id;
                post.id = 0;
                continue;
            }
            post.body = std::move(*text);
        }
        const int opened = int(batch.size());
        if (indexing.valid())
            indexing.wait();
        indexing = std::async(std::launch::async, [this, &withPictures, texts = std::move(batch)]() mutable {
            std::vector<OpenedPost> folded(texts.size());
            for (size_t i = 0; i < texts.size(); ++i) {
                if (texts[i].id != 0)
                    folded[i] = openedPost(texts[i].id, texts[i].createdAt, texts[i].body,
                                           withPictures.contains(texts[i].id));
                Wipe::bytes(texts[i].body);
            }
            const QMutexLocker locker(&m_mutex);
            for (OpenedPost& post : folded) {
                if (post.id != 0)
                    insert(post);
                Wipe::bytes(post.folded);
                Wipe::bytes(post.changes);
            }
        });
        done += opened;
        Q_EMIT progress(done, total);
    }
    if (indexing.valid())
        indexing.wait();
    const QMutexLocker locker(&m_mutex);
    // The block was made about as large as the sealed posts: fitted only when that left much
    // unused, as copying the whole text costs the build time.
    if (m_arena.capacity() - m_arena.size() > m_arena.size() / 8)
        compact();
    return !m_cancelled;
}

void SearchIndex::buildInBackground(const QString& databasePath, const Session& session)
{
    if (m_worker)
        return;
    m_ready = false;
    // The worker gets its own copy of the session (and so of the key); it is wiped when the thread ends.
    m_worker = QThread::create([this, databasePath, session] { fill(databasePath, session); });
    connect(m_worker, &QThread::finished, this, &SearchIndex::finishBuild);
    m_worker->start(QThread::LowPriority);
}

bool SearchIndex::build(const QString& databasePath, const Session& session)
{
    const bool ok = fill(databasePath, session);
    finishBuild();
    return ok;
}

void SearchIndex::finishBuild()
{
    if (m_worker) {
        m_worker->wait();
        m_worker->deleteLater();
        m_worker = nullptr;
    }
    m_ready = true;
    for (const Change& change : std::as_const(m_pending))
        apply(change);
    m_pending.clear();
    Q_EMIT ready();
    Q_EMIT changed();
}

void SearchIndex::apply(const Change& change)
{
    OpenedPost post;
    if (!change.removed) {
        QByteArray text = change.post.text.toUtf8();
        post = openedPost(change.post.id, change.post.createdAt, text, !change.post.pictures.isEmpty());
        Wipe::bytes(text);
    }
    const QMutexLocker locker(&m_mutex);
    erase(change.post.id);
    if (!change.removed)
        insert(post);
    Wipe::bytes(post.folded);
    Wipe::bytes(post.changes);
}

SearchIndex::OpenedPost SearchIndex::openedPost(qint64 id, qint64 createdAt, const QByteArray& text,
                                                bool withPictures)
{
    OpenedPost post{id, createdAt, {}, {}, tagsIn(text), withPictures};
    FoldedText::fold(text, &post.folded, &post.changes);
    return post;
}

void SearchIndex::insert(const OpenedPost& post)
{
    const Key key{post.createdAt, post.id};
    for (const QString& tag : std::as_const(post.tags))
        m_taggedKeys[tag].insert(key);
    if (post.withPictures)
        m_pictureKeys.insert(key);
    m_createdAt.insert(post.id, post.createdAt);
    for (const char byte : post.folded)
        ++m_byteCounts[uchar(byte)];
    const Entry entry{post.id, post.createdAt,
                      m_arena.append({post.folded.constData(), size_t(post.folded.size())},
                                     {post.changes.constData(), size_t(post.changes.size())}),
                      quint32(post.folded.size()), quint32(post.changes.size())};
    m_entries.insert(positionOf(key), entry);
}

std::vector<SearchIndex::Entry>::const_iterator SearchIndex::positionOf(const Key& key) const
{
    return std::lower_bound(m_entries.cbegin(), m_entries.cend(), key,
                            [](const Entry& e, const Key& k) { return Key{e.createdAt, e.id} < k; });
}

std::string_view SearchIndex::foldedOf(const Entry& entry) const
{
    return m_arena.view(entry.at, entry.foldedSize);
}

QByteArray SearchIndex::textOf(const Entry& entry) const
{
    return FoldedText::restored(foldedOf(entry),
                                m_arena.view(entry.at + entry.foldedSize, entry.changesSize));
}

void SearchIndex::erase(qint64 postId)
{
    const auto found = m_createdAt.constFind(postId);
    if (found == m_createdAt.cend())
        return;
    const Key key{found.value(), postId};
    m_createdAt.erase(found);
    m_pictureKeys.erase(key);
    const auto at = m_entries.begin() + (positionOf(key) - m_entries.cbegin());
    if (at == m_entries.end() || at->id != postId)
        return;
    const std::string_view folded = foldedOf(*at);
    // The tags are not kept per post: they are read again from its text.
    if (folded.find('#') != std::string_view::npos) {
        QByteArray text = textOf(*at);
        for (const QString& tag : tagsIn(text)) {
            const auto tagged = m_taggedKeys.find(tag);
            if (tagged == m_taggedKeys.end())
                continue;
            tagged->erase(key);
            if (tagged->empty())
                m_taggedKeys.erase(tagged);
        }
        Wipe::bytes(text);
    }
    for (const char byte : folded)
        --m_byteCounts[uchar(byte)];
    m_erasedBytes += at->foldedSize + at->changesSize;
    m_entries.erase(at);
    // Edits and deletes leave their old texts behind; a quarter of the block is let go at most.
    if (m_erasedBytes > m_arena.size() / 4)
        compact();
}

void SearchIndex::compact()
{
    quint64 size = 0;
    for (const Entry& entry : m_entries)
        size += entry.foldedSize + entry.changesSize;
    TextArena compacted;
    compacted.reserve(size);
    for (Entry& entry : m_entries)
        entry.at = compacted.append(m_arena.view(entry.at, entry.foldedSize + entry.changesSize), {});
    m_arena.swap(compacted); // the old block is wiped as it goes
    m_erasedBytes = 0;
}

void SearchIndex::clear()
{
    m_entries.clear();
    m_arena.clear();
    m_erasedBytes = 0;
    m_byteCounts.fill(0);
    m_createdAt.clear();
    m_taggedKeys.clear();
    m_pictureKeys.clear();
    m_damaged.clear();
}

QList<qint64> SearchIndex::damagedPosts() const
{
    const QMutexLocker locker(&m_mutex);
    return m_damaged;
}

void SearchIndex::addOrUpdate(const Post& post)
{
    if (!post.readable)
        return;
    if (m_worker) {
        m_pending.append({post, false});
        return;
    }
    apply({post, false});
    Q_EMIT changed();
}

void SearchIndex::remove(qint64 postId)
{
    Change change;
    change.post.id = postId;
    change.removed = true;
    if (m_worker) {
        m_pending.append(change);
        return;
    }
    apply(change);
    Q_EMIT changed();
}

QList<qint64> SearchIndex::scan(const QString& text, qsizetype limit, Order order) const
{
    QList<qint64> ids;
    const SearchQuery query = SearchQuery::parse(text);
    if (query.isEmpty() || !query.badDate.isEmpty())
        return ids;
    const bool exact = !m_ignoresAccents;
    // The index holds the texts without accents; where accents count, a post found
    // so is checked again against its text with them.
    const QList<QByteArray> exactWords = exact ? exactly(query.words) : QList<QByteArray>();
    const QList<QByteArray> exactExcluded = exact ? exactly(query.excluded) : QList<QByteArray>();

    const QMutexLocker locker(&m_mutex);
    const QList<SearchNeedle> needles = needlesOf(query.words, m_byteCounts);
    const QList<SearchNeedle> excluded = needlesOf(query.excluded, m_byteCounts);
    // A word with a byte that no text has is in no post.
    if (!needles.isEmpty() && needles.constFirst().rarity() == 0)
        return ids;
    const auto matches = [&](const Entry& entry) {
        const std::string_view folded = foldedOf(entry);
        if (!containsAll(folded, needles))
            return false;
        if (!exact)
            return !containsAny(folded, excluded);
        QByteArray plain = textOf(entry);
        const QByteArray withAccents = FoldedText::folded(plain, false);
        Wipe::bytes(plain);
        return containsAll(withAccents, exactWords) && !containsAny(withAccents, exactExcluded);
    };
    // The posts are kept in the order of time: a date range is where to start and stop.
    const qint64 earliest = query.from.isValid() ? query.from.startOfDay().toMSecsSinceEpoch()
                                                 : std::numeric_limits<qint64>::min();
    const qint64 latest = query.to.isValid() ? query.to.addDays(1).startOfDay().toMSecsSinceEpoch()
                                             : std::numeric_limits<qint64>::max();
    const Key from{earliest, std::numeric_limits<qint64>::min()};
    const Key to{latest, std::numeric_limits<qint64>::min()};
    if (!query.tags.isEmpty() || query.withPictures) {
        // Only the posts with the tag that fewest posts carry (or with pictures) are looked at.
        std::vector<const std::set<Key>*> tagged;
        if (query.withPictures) {
            if (m_pictureKeys.empty())
                return ids;
            tagged.push_back(&m_pictureKeys);
        }
        for (const QString& tag : query.tags) {
            const auto found = m_taggedKeys.constFind(tag);
            if (found == m_taggedKeys.cend())
                return ids;
            tagged.push_back(&found.value());
        }
        std::sort(tagged.begin(), tagged.end(),
                  [](const auto* a, const auto* b) { return a->size() < b->size(); });
        const auto taggedMatch = [&](const Key& key) {
            for (size_t t = 1; t < tagged.size(); ++t) {
                if (!tagged[t]->count(key))
                    return false;
            }
            const auto entry = positionOf(key);
            return entry != m_entries.cend() && entry->id == key.second && matches(*entry);
        };
        const auto first = tagged.front()->lower_bound(from);
        const auto last = tagged.front()->lower_bound(to);
        if (order == Order::OldestFirst) {
            for (auto key = first; key != last && ids.size() < limit; ++key) {
                if (taggedMatch(*key))
                    ids.append(key->second);
            }
        } else {
            for (auto key = last; key != first && ids.size() < limit;) {
                --key;
                if (taggedMatch(*key))
                    ids.append(key->second);
            }
        }
        return ids;
    }
    const auto first = positionOf(from);
    const auto last = positionOf(to);
    using Position = std::vector<Entry>::const_iterator;
    const auto collect = [&](Position begin, Position end) {
        QList<qint64> found;
        if (order == Order::OldestFirst) {
            for (auto entry = begin; entry < end && found.size() < limit; ++entry) {
                if (matches(*entry))
                    found.append(entry->id);
            }
        } else {
            for (auto entry = end; entry > begin && found.size() < limit;) {
                --entry;
                if (matches(*entry))
                    found.append(entry->id);
            }
        }
        return found;
    };
    if (limit < std::numeric_limits<qsizetype>::max() || last - first < TwoThreadsFrom)
        return collect(first, last);
    // Every match of many posts: the older half is read in a second thread meanwhile.
    const Position middle = first + (last - first) / 2;
    std::future<QList<qint64>> older = std::async(std::launch::async, collect, first, middle);
    QList<qint64> newer = collect(middle, last);
    if (order == Order::OldestFirst)
        return older.get() + newer;
    return newer + older.get();
}

QList<qint64> SearchIndex::matches(const QString& query, Order order) const
{
    return scan(query, std::numeric_limits<qsizetype>::max(), order);
}

qint64 SearchIndex::memoryBytes() const
{
    const QMutexLocker locker(&m_mutex);
    qint64 bytes = qint64(m_arena.capacity() + m_entries.capacity() * sizeof(Entry) + sizeof(m_byteCounts));
    bytes += allocatedBytes(m_createdAt) + allocatedBytes(m_taggedKeys);
    bytes += qint64(m_pictureKeys.size()) * SetNodeBytes<Key>;
    for (auto tagged = m_taggedKeys.cbegin(); tagged != m_taggedKeys.cend(); ++tagged)
        bytes += allocatedBytes(tagged.key()) + qint64(tagged->size()) * SetNodeBytes<Key>;
    return bytes;
}

qint64 SearchIndex::textBytes() const
{
    const QMutexLocker locker(&m_mutex);
    qint64 bytes = 0;
    for (const Entry& entry : m_entries) {
        QByteArray text = textOf(entry);
        bytes += text.size();
        Wipe::bytes(text);
    }
    return bytes;
}

QList<SearchHit> SearchIndex::hits(const QString& query, const QList<qint64>& postIds) const
{
    const SearchHighlight highlight(query, m_ignoresAccents);
    QList<SearchHit> hits;
    const QMutexLocker locker(&m_mutex);
    for (const qint64 postId : postIds) {
        const auto found = m_createdAt.constFind(postId);
        if (found == m_createdAt.cend())
            continue;
        const auto entry = positionOf({found.value(), postId});
        if (entry == m_entries.cend() || entry->id != postId)
            continue;
        QByteArray text = textOf(*entry);
        const QString plain = QString::fromUtf8(text);
        Wipe::bytes(text);
        hits.append({entry->id, entry->createdAt, plain, excerptHtml(plain, highlight)});
    }
    return hits;
}

void SearchIndex::setIgnoresAccents(bool ignores)
{
    m_ignoresAccents = ignores;
}

QList<SearchHit> SearchIndex::search(const QString& query, int limit) const
{
    return hits(query, scan(query, limit, Order::NewestFirst));
}

void SearchIndex::setExcerptText(std::function<QString(const QString&)> excerptText)
{
    const QMutexLocker locker(&m_mutex);
    m_excerptText = std::move(excerptText);
}

QString SearchIndex::excerptHtml(const QString& text, const SearchHighlight& highlight) const
{
    if (m_excerptText) {
        // A word that markup cuts in two ("**qui**et") is found in the text as written only.
        const QString shown = marked(m_excerptText(text), highlight);
        if (shown.contains(MatchStart))
            return snippetHtml(shown);
    }
    return snippetHtml(marked(text, highlight));
}

QList<QPair<QString, int>> SearchIndex::tags() const
{
    QList<QPair<QString, int>> tags;
    {
        const QMutexLocker locker(&m_mutex);
        for (auto tagged = m_taggedKeys.cbegin(); tagged != m_taggedKeys.cend(); ++tagged)
            tags.append({tagged.key(), int(tagged->size())});
    }
    std::sort(tags.begin(), tags.end(), [](const QPair<QString, int>& a, const QPair<QString, int>& b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    return tags;
}

QList<qint64> SearchIndex::taggedIds(const QString& tag, const std::optional<Post>& anchor, bool older,
                                     int count) const
{
    QList<qint64> ids;
    const QMutexLocker locker(&m_mutex);
    const auto tagged = m_taggedKeys.constFind(tag.toLower());
    if (tagged == m_taggedKeys.cend())
        return ids;
    const std::set<Key>& keys = tagged.value();
    if (older) {
        auto at = anchor ? keys.lower_bound({anchor->createdAt, anchor->id}) : keys.end();
        while (at != keys.begin() && ids.size() < count)
            ids.append((--at)->second);
        std::reverse(ids.begin(), ids.end());
    } else {
        for (auto at = anchor ? keys.upper_bound({anchor->createdAt, anchor->id}) : keys.begin();
             at != keys.end() && ids.size() < count; ++at)
            ids.append(at->second);
    }
    return ids;
}
