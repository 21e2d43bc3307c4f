#include "SearchIndex.h"

#include "Hashtags.h"
#include "PostCipher.h"
#include "SearchQuery.h"

#include "storage/ReadOnlyConnection.h"

#include <QHash>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>
#include <cstring>
#include <limits>
#include <string_view>

namespace {

constexpr int BatchSize = 4000;
constexpr int SnippetContext = 70;    // characters shown before and after the first match
constexpr int WordBoundaryReach = 16; // how far an excerpt's ends move to fall between words
const QChar MatchStart(0x02);
const QChar MatchEnd(0x03);

void appendUtf8(QByteArray& out, char32_t code)
{
    if (code < 0x800) {
        out.append(char(0xC0 | (code >> 6)));
    } else if (code < 0x10000) {
        out.append(char(0xE0 | (code >> 12)));
        out.append(char(0x80 | ((code >> 6) & 0x3F)));
    } else {
        out.append(char(0xF0 | (code >> 18)));
        out.append(char(0x80 | ((code >> 12) & 0x3F)));
        out.append(char(0x80 | ((code >> 6) & 0x3F)));
    }
    out.append(char(0x80 | (code & 0x3F)));
}

// The letters of the Latin scripts without their accents ("é" as "e", "Ǻ" as "A"),
// from their canonical decompositions.
const QHash<char32_t, QByteArray>& latinBases()
{
    static const QHash<char32_t, QByteArray> bases = [] {
        QHash<char32_t, QByteArray> table;
        const auto add = [&table](char32_t first, char32_t last) {
            for (char32_t code = first; code <= last; ++code) {
                const QString decomposed =
                    QString::fromUcs4(&code, 1).normalized(QString::NormalizationForm_D);
                QString base;
                for (const QChar c : decomposed) {
                    if (!c.isMark())
                        base += c;
                }
                if (base.size() != decomposed.size() && !base.isEmpty())
                    table.insert(code, base.toUtf8());
            }
        };
        add(0x00C0, 0x024F); // Latin-1 Supplement, Latin Extended-A and -B
        add(0x1E00, 0x1EFF); // Latin Extended Additional (Vietnamese and more)
        return table;
    }();
    return bases;
}

bool isCombiningMark(char32_t code)
{
    return code >= 0x0300 && code <= 0x036F;
}

// What texts and queries are compared as: UTF-8 with the case folded, each run of
// white space as one space (so that a phrase spans a line break), and with
// `withoutAccents` the accents of Latin letters dropped. Working on the bytes
// (instead of a round trip through QString) halves the time to build.
QByteArray foldedCase(const QByteArray& utf8, bool withoutAccents)
{
    QByteArray folded;
    folded.reserve(utf8.size());
    const char* at = utf8.constData();
    const char* const end = at + utf8.size();
    while (at < end) {
        const uchar lead = uchar(*at);
        if (lead < 0x80) {
            if (lead == ' ' || lead == '\n' || lead == '\t' || lead == '\r') {
                if (!folded.endsWith(' '))
                    folded.append(' ');
            } else {
                folded.append(lead >= 'A' && lead <= 'Z' ? char(lead + 32) : char(lead));
            }
            ++at;
            continue;
        }
        const int length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
        if (length == 1 || end - at < length) {
            folded.append(char(lead)); // not UTF-8: kept as it is
            ++at;
            continue;
        }
        char32_t code = lead & (0x7F >> length);
        for (int i = 1; i < length; ++i)
            code = (code << 6) | (uchar(at[i]) & 0x3F);
        at += length;
        if (withoutAccents) {
            if (isCombiningMark(code))
                continue;
            const auto base = latinBases().constFind(code);
            if (base != latinBases().cend()) {
                folded.append(foldedCase(base.value(), false));
                continue;
            }
        }
        const char32_t fold = QChar::toCaseFolded(code);
        if (fold == code)
            folded.append(at - length, length);
        else
            appendUtf8(folded, fold);
    }
    return folded;
}

std::string_view viewOf(const QByteArray& bytes)
{
    return {bytes.constData(), size_t(bytes.size())};
}

QList<QByteArray> foldedAll(const QStringList& words, bool withoutAccents)
{
    QList<QByteArray> folded;
    for (const QString& word : words)
        folded << foldedCase(word.toUtf8(), withoutAccents);
    return folded;
}

bool containsAll(std::string_view text, const QList<QByteArray>& needles)
{
    return std::all_of(needles.cbegin(), needles.cend(), [text](const QByteArray& needle) {
        return text.find(viewOf(needle)) != std::string_view::npos;
    });
}

bool containsAny(std::string_view text, const QList<QByteArray>& needles)
{
    return std::any_of(needles.cbegin(), needles.cend(), [text](const QByteArray& needle) {
        return text.find(viewOf(needle)) != std::string_view::npos;
    });
}

void wipe(QByteArray& bytes)
{
    if (!bytes.isEmpty())
        std::memset(bytes.data(), 0, size_t(bytes.size()));
    bytes.clear();
}

// Marks each case-insensitive occurrence of the words.
QString marked(const QString& text, const QStringList& words)
{
    QList<QPair<qsizetype, qsizetype>> ranges;
    for (const QString& word : words) {
        for (qsizetype at = text.indexOf(word, 0, Qt::CaseInsensitive); at >= 0;
             at = text.indexOf(word, at + word.size(), Qt::CaseInsensitive))
            ranges.append({at, at + word.size()});
    }
    std::sort(ranges.begin(), ranges.end());
    QString result;
    qsizetype position = 0;
    for (const auto& [start, end] : ranges) {
        if (start < position)
            continue; // overlaps the previous match
        result += QStringView(text).mid(position, start - position);
        result += MatchStart + text.mid(start, end - start) + MatchEnd;
        position = end;
    }
    result += QStringView(text).mid(position);
    return result;
}

// An excerpt around the first match, as HTML with the matches in bold.
QString snippetHtml(const QString& markedText)
{
    const qsizetype first = qMax<qsizetype>(0, markedText.indexOf(MatchStart));
    qsizetype from = qMax<qsizetype>(0, first - SnippetContext);
    qsizetype to = qMin(markedText.size(), first + 2 * SnippetContext + 40);
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
    QSqlQuery count(source.database());
    count.prepare(QStringLiteral("SELECT count(*) FROM posts WHERE user_id = ?"));
    count.addBindValue(session.userId());
    const int total = count.exec() && count.next() ? count.value(0).toInt() : 0;
    count.finish();
    QSqlQuery posts(source.database());
    posts.setForwardOnly(true);
    posts.prepare(QStringLiteral("SELECT id, created_at, body FROM posts WHERE user_id = ? "
                                 "ORDER BY created_at, id"));
    posts.addBindValue(session.userId());
    if (!posts.exec())
        return false;
    {
        const QMutexLocker locker(&m_mutex);
        m_entries.reserve(size_t(total));
        m_createdAt.reserve(total);
    }
    // One thread: QCA's secure memory sits behind one lock, and a second thread
    // opening posts made the build slower, not faster (measured at 100,000 posts).
    PostCipher cipher(session);
    int done = 0;
    bool more = true;
    while (more && !m_cancelled) {
        std::vector<SealedPost> batch;
        batch.reserve(BatchSize);
        while (batch.size() < BatchSize && (more = posts.next()))
            batch.push_back(
                {posts.value(0).toLongLong(), posts.value(1).toLongLong(), posts.value(2).toByteArray()});
        std::vector<Entry> opened(batch.size());
        for (size_t i = 0; i < batch.size(); ++i) {
            std::optional<QByteArray> text = cipher.open(batch[i].id, batch[i].body);
            if (!text) {
                // A damaged post: the chat shows it as such, search skips it, the command line names it.
                const QMutexLocker locker(&m_mutex);
                m_damaged << batch[i].id;
                continue;
            }
            opened[i].id = batch[i].id;
            opened[i].createdAt = batch[i].createdAt;
            opened[i].folded = foldedCase(*text, true);
            opened[i].tags = tagsIn(*text);
            opened[i].text = std::move(*text);
        }
        {
            const QMutexLocker locker(&m_mutex);
            for (Entry& entry : opened) {
                if (entry.id != 0)
                    insert(std::move(entry));
            }
        }
        done += int(batch.size());
        Q_EMIT progress(done, total);
    }
    posts.finish();
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
    const QMutexLocker locker(&m_mutex);
    erase(change.post.id);
    if (!change.removed) {
        Entry entry{change.post.id, change.post.createdAt, change.post.text.toUtf8(), {}, {}};
        entry.folded = foldedCase(entry.text, true);
        entry.tags = tagsIn(entry.text);
        insert(std::move(entry));
    }
}

void SearchIndex::insert(Entry entry)
{
    const Key key{entry.createdAt, entry.id};
    for (const QString& tag : std::as_const(entry.tags))
        m_taggedKeys[tag].insert(key);
    m_createdAt.insert(entry.id, entry.createdAt);
    const auto at = positionOf(key);
    m_entries.insert(at, std::move(entry));
}

std::vector<SearchIndex::Entry>::const_iterator SearchIndex::positionOf(const Key& key) const
{
    return std::lower_bound(m_entries.cbegin(), m_entries.cend(), key,
                            [](const Entry& e, const Key& k) { return Key{e.createdAt, e.id} < k; });
}

void SearchIndex::erase(qint64 postId)
{
    const auto found = m_createdAt.constFind(postId);
    if (found == m_createdAt.cend())
        return;
    const Key key{found.value(), postId};
    m_createdAt.erase(found);
    const auto at = m_entries.begin() + (positionOf(key) - m_entries.cbegin());
    if (at == m_entries.end() || at->id != postId)
        return;
    for (const QString& tag : std::as_const(at->tags)) {
        const auto tagged = m_taggedKeys.find(tag);
        if (tagged == m_taggedKeys.end())
            continue;
        tagged->erase(key);
        if (tagged->empty())
            m_taggedKeys.erase(tagged);
    }
    wipe(at->text);
    wipe(at->folded);
    m_entries.erase(at);
}

void SearchIndex::clear()
{
    for (Entry& entry : m_entries) {
        wipe(entry.text);
        wipe(entry.folded);
    }
    m_entries.clear();
    m_createdAt.clear();
    m_taggedKeys.clear();
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
    // The index holds the texts without accents; where accents count, a post found
    // so is checked again against its text with them.
    QList<QByteArray> needles = foldedAll(query.words, true);
    // The longest word first: it is the likeliest to rule a post out.
    std::sort(needles.begin(), needles.end(),
              [](const QByteArray& a, const QByteArray& b) { return a.size() > b.size(); });
    const QList<QByteArray> excluded = foldedAll(query.excluded, true);
    const bool exact = !m_ignoresAccents;
    const QList<QByteArray> exactNeedles = exact ? foldedAll(query.words, false) : QList<QByteArray>();
    const QList<QByteArray> exactExcluded = exact ? foldedAll(query.excluded, false) : QList<QByteArray>();
    const auto matches = [&](const Entry& entry) {
        if (!containsAll(viewOf(entry.folded), needles))
            return false;
        if (!exact && containsAny(viewOf(entry.folded), excluded))
            return false;
        for (const QString& tag : query.tags) {
            if (!entry.tags.contains(tag))
                return false;
        }
        if (!exact)
            return true;
        const QByteArray withAccents = foldedCase(entry.text, false);
        return containsAll(viewOf(withAccents), exactNeedles) &&
               !containsAny(viewOf(withAccents), exactExcluded);
    };

    const QMutexLocker locker(&m_mutex);
    // The posts are kept in the order of time: a date range is where to start and stop.
    const qint64 earliest = query.from.isValid() ? query.from.startOfDay().toMSecsSinceEpoch()
                                                 : std::numeric_limits<qint64>::min();
    const qint64 latest = query.to.isValid() ? query.to.addDays(1).startOfDay().toMSecsSinceEpoch()
                                             : std::numeric_limits<qint64>::max();
    const auto first = positionOf({earliest, std::numeric_limits<qint64>::min()});
    const auto last = positionOf({latest, std::numeric_limits<qint64>::min()});
    if (order == Order::OldestFirst) {
        for (auto entry = first; entry < last && ids.size() < limit; ++entry) {
            if (matches(*entry))
                ids.append(entry->id);
        }
    } else {
        for (auto entry = last; entry > first && ids.size() < limit;) {
            --entry;
            if (matches(*entry))
                ids.append(entry->id);
        }
    }
    return ids;
}

QList<qint64> SearchIndex::matches(const QString& query, Order order) const
{
    return scan(query, std::numeric_limits<qsizetype>::max(), order);
}

qint64 SearchIndex::memoryBytes() const
{
    const QMutexLocker locker(&m_mutex);
    qint64 bytes = qint64(m_entries.capacity() * sizeof(Entry));
    for (const Entry& entry : m_entries) {
        bytes += allocatedBytes(entry.text) + allocatedBytes(entry.folded);
        if (entry.tags.isDetached())
            bytes += qint64(sizeof(QArrayData)) + entry.tags.capacity() * qint64(sizeof(QString));
        for (const QString& tag : entry.tags)
            bytes += allocatedBytes(tag);
    }
    bytes += allocatedBytes(m_createdAt) + allocatedBytes(m_taggedKeys);
    for (auto tagged = m_taggedKeys.cbegin(); tagged != m_taggedKeys.cend(); ++tagged)
        bytes += allocatedBytes(tagged.key()) + qint64(tagged->size()) * SetNodeBytes<Key>;
    return bytes;
}

qint64 SearchIndex::textBytes() const
{
    const QMutexLocker locker(&m_mutex);
    qint64 bytes = 0;
    for (const Entry& entry : m_entries)
        bytes += entry.text.size();
    return bytes;
}

QList<SearchHit> SearchIndex::hits(const QString& query, const QList<qint64>& postIds) const
{
    const QStringList words = SearchQuery::parse(query).words;
    QList<SearchHit> hits;
    const QMutexLocker locker(&m_mutex);
    for (const qint64 postId : postIds) {
        const auto found = m_createdAt.constFind(postId);
        if (found == m_createdAt.cend())
            continue;
        const auto entry = positionOf({found.value(), postId});
        if (entry == m_entries.cend() || entry->id != postId)
            continue;
        const QString plain = QString::fromUtf8(entry->text);
        hits.append({entry->id, entry->createdAt, plain, excerptHtml(plain, words)});
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

QString SearchIndex::excerptHtml(const QString& text, const QStringList& words) const
{
    if (m_excerptText) {
        // A word that markup cuts in two ("**qui**et") is found in the text as written only.
        const QString shown = marked(m_excerptText(text), words);
        if (shown.contains(MatchStart))
            return snippetHtml(shown);
    }
    return snippetHtml(marked(text, words));
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
