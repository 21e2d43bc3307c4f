#include "SearchIndex.h"

#include "Hashtags.h"

#include "storage/ReadOnlyConnection.h"

#include <QAtomicInteger>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

#include <algorithm>

namespace {

QAtomicInteger<int> connectionCounter;
constexpr int BatchSize = 2000;
constexpr int SnippetContext = 70; // characters shown before and after the first match
const QChar MatchStart(0x02);
const QChar MatchEnd(0x03);

QString newConnectionName()
{
    return QStringLiteral("soliloquy-index-%1").arg(connectionCounter.fetchAndAddRelaxed(1));
}

QSqlDatabase openIndex(const QString& uri, const QString& connectionName)
{
    QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    database.setDatabaseName(uri);
    database.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI"));
    database.open();
    return database;
}

QStringList wordsOf(const QString& query)
{
    return query.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

// Marks each case-insensitive occurrence of the words (the path for words too short for trigrams).
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
    QString excerpt = markedText.mid(from, to - from).simplified();
    QString html = excerpt.toHtmlEscaped();
    html.replace(MatchStart, QStringLiteral("<b>")).replace(MatchEnd, QStringLiteral("</b>"));
    if (from > 0)
        html.prepend(QStringLiteral("…"));
    if (to < markedText.size())
        html.append(QStringLiteral("…"));
    return html;
}

QString plain(QString markedText)
{
    return markedText.remove(MatchStart).remove(MatchEnd);
}

bool createSchema(QSqlDatabase database)
{
    QSqlQuery query(database);
    return query.exec(QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS posts_fts USING "
                                     "fts5(body, created_at UNINDEXED, tokenize = 'trigram')")) &&
           query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS post_tags (tag TEXT NOT NULL, "
                                     "created_at INTEGER NOT NULL, post_id INTEGER NOT NULL, "
                                     "PRIMARY KEY (tag, created_at, post_id)) WITHOUT ROWID"));
}

// Writes one post's text and tags into the index (an existing entry is replaced).
bool store(QSqlDatabase database, const Post& post)
{
    QSqlQuery query(database);
    query.prepare(QStringLiteral("DELETE FROM posts_fts WHERE rowid = ?"));
    query.addBindValue(post.id);
    bool ok = query.exec();
    query.prepare(QStringLiteral("DELETE FROM post_tags WHERE post_id = ?"));
    query.addBindValue(post.id);
    ok = query.exec() && ok;
    query.prepare(QStringLiteral("INSERT INTO posts_fts (rowid, body, created_at) VALUES (?, ?, ?)"));
    query.addBindValue(post.id);
    query.addBindValue(post.text);
    query.addBindValue(post.createdAt);
    ok = query.exec() && ok;
    for (const QString& tag : Hashtags::in(post.text)) {
        query.prepare(
            QStringLiteral("INSERT OR IGNORE INTO post_tags (tag, created_at, post_id) VALUES (?, ?, ?)"));
        query.addBindValue(tag);
        query.addBindValue(post.createdAt);
        query.addBindValue(post.id);
        ok = query.exec() && ok;
    }
    return ok;
}

} // namespace

SearchIndex::SearchIndex(QObject* parent)
    : QObject(parent)
    , m_uri(QStringLiteral("file:soliloquy-index-%1?mode=memory&cache=shared")
                .arg(QUuid::createUuid().toString(QUuid::Id128)))
    , m_connectionName(newConnectionName())
{
    // This connection keeps the in-memory database alive; the worker opens a second one to it.
    m_database = openIndex(m_uri, m_connectionName);
    createSchema(m_database);
    // Searches during a build read what is there instead of waiting for the writer.
    QSqlQuery(m_database).exec(QStringLiteral("PRAGMA read_uncommitted = 1"));
}

SearchIndex::~SearchIndex()
{
    if (m_worker) {
        m_cancelled = true;
        m_worker->wait();
        delete m_worker;
    }
    m_pending.clear();
    m_database.close();
    m_database = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool SearchIndex::fill(const QString& databasePath, const Session& session, const QString& connectionName)
{
    bool ok = true;
    {
        ReadOnlyConnection source(databasePath);
        QSqlDatabase target = openIndex(m_uri, connectionName);
        if (!source.isOpen() || !target.isOpen())
            ok = false;
        QSqlQuery count(source.database());
        count.prepare(QStringLiteral("SELECT count(*) FROM posts WHERE user_id = ?"));
        count.addBindValue(session.userId());
        const int total = ok && count.exec() && count.next() ? count.value(0).toInt() : 0;
        count.finish();
        QSqlQuery posts(source.database());
        posts.setForwardOnly(true);
        posts.prepare(QStringLiteral("SELECT id, body, created_at FROM posts WHERE user_id = ? ORDER BY id"));
        posts.addBindValue(session.userId());
        ok = ok && posts.exec();
        int done = 0;
        target.transaction();
        while (ok && !m_cancelled && posts.next()) {
            const qint64 id = posts.value(0).toLongLong();
            std::optional<QString> text = session.openPost(id, posts.value(1).toByteArray());
            if (text) {
                store(target, Post{id, *text, posts.value(2).toLongLong(), 0, true});
                text->fill(QLatin1Char('\0'));
            }
            if (++done % BatchSize == 0) {
                // Commit in batches, so that searches during the build see what is done.
                target.commit();
                Q_EMIT progress(done, total);
                target.transaction();
            }
        }
        target.commit();
        posts.finish();
        Q_EMIT progress(total, total);
        target.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
    return ok && !m_cancelled;
}

void SearchIndex::buildInBackground(const QString& databasePath, const Session& session)
{
    if (m_worker)
        return;
    m_ready = false;
    // The worker gets its own copy of the session (and so of the key); it is wiped when the thread ends.
    m_worker =
        QThread::create([this, databasePath, session] { fill(databasePath, session, newConnectionName()); });
    connect(m_worker, &QThread::finished, this, &SearchIndex::finishBuild);
    m_worker->start(QThread::LowPriority);
}

bool SearchIndex::build(const QString& databasePath, const Session& session)
{
    const bool ok = fill(databasePath, session, newConnectionName());
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
    if (change.removed) {
        QSqlQuery query(m_database);
        query.prepare(QStringLiteral("DELETE FROM posts_fts WHERE rowid = ?"));
        query.addBindValue(change.post.id);
        query.exec();
        query.prepare(QStringLiteral("DELETE FROM post_tags WHERE post_id = ?"));
        query.addBindValue(change.post.id);
        query.exec();
    } else {
        store(m_database, change.post);
    }
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

QList<SearchHit> SearchIndex::search(const QString& query, int limit) const
{
    const QStringList words = wordsOf(query);
    QList<SearchHit> hits;
    if (words.isEmpty())
        return hits;
    const bool trigramsWork =
        std::all_of(words.cbegin(), words.cend(), [](const QString& word) { return word.size() >= 3; });
    QSqlQuery select(m_database);
    select.setForwardOnly(true);
    if (trigramsWork) {
        QStringList phrases;
        for (QString word : words)
            phrases << QLatin1Char('"') + word.replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
                           QLatin1Char('"');
        select.prepare(QStringLiteral("SELECT rowid, created_at, highlight(posts_fts, 0, char(2), char(3)) "
                                      "FROM posts_fts WHERE posts_fts MATCH ? ORDER BY rank LIMIT ?"));
        select.addBindValue(phrases.join(QLatin1Char(' ')));
    } else {
        // Trigrams need three characters: shorter words (as in Chinese or Japanese) are found by a scan.
        QStringList conditions;
        for (int i = 0; i < words.size(); ++i)
            conditions << QStringLiteral("body LIKE ? ESCAPE '\\'");
        select.prepare(QStringLiteral("SELECT rowid, created_at, body FROM posts_fts WHERE %1 "
                                      "ORDER BY created_at DESC LIMIT ?")
                           .arg(conditions.join(QStringLiteral(" AND "))));
        for (QString word : words) {
            word.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
                .replace(QLatin1Char('%'), QStringLiteral("\\%"))
                .replace(QLatin1Char('_'), QStringLiteral("\\_"));
            select.addBindValue(QLatin1Char('%') + word + QLatin1Char('%'));
        }
    }
    select.addBindValue(limit);
    if (!select.exec())
        return hits;
    while (select.next()) {
        const QString text = select.value(2).toString();
        const QString markedText = trigramsWork ? text : marked(text, words);
        hits.append({select.value(0).toLongLong(), select.value(1).toLongLong(), plain(markedText),
                     snippetHtml(markedText)});
    }
    return hits;
}

QList<QPair<QString, int>> SearchIndex::tags() const
{
    QList<QPair<QString, int>> tags;
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    if (query.exec(QStringLiteral(
            "SELECT tag, count(*) AS uses FROM post_tags GROUP BY tag ORDER BY uses DESC, tag"))) {
        while (query.next())
            tags.append({query.value(0).toString(), query.value(1).toInt()});
    }
    return tags;
}

QList<qint64> SearchIndex::taggedIds(const QString& tag, const std::optional<Post>& anchor, bool older,
                                     int count) const
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    const QString order = older ? QStringLiteral("DESC") : QStringLiteral("ASC");
    const QString condition = !anchor ? QString()
                              : older ? QStringLiteral("AND (created_at, post_id) < (?, ?)")
                                      : QStringLiteral("AND (created_at, post_id) > (?, ?)");
    query.prepare(QStringLiteral("SELECT post_id FROM post_tags WHERE tag = ? %1 "
                                 "ORDER BY created_at %2, post_id %2 LIMIT ?")
                      .arg(condition, order));
    query.addBindValue(tag.toLower());
    if (anchor) {
        query.addBindValue(anchor->createdAt);
        query.addBindValue(anchor->id);
    }
    query.addBindValue(count);
    QList<qint64> ids;
    if (query.exec()) {
        while (query.next())
            ids.append(query.value(0).toLongLong());
    }
    if (older)
        std::reverse(ids.begin(), ids.end());
    return ids;
}
