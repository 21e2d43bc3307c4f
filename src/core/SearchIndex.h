#pragma once

#include "Post.h"
#include "SearchHit.h"
#include "Session.h"

#include <QList>
#include <QObject>
#include <QPair>
#include <QSqlDatabase>

#include <atomic>
#include <optional>

class QThread;

// The full-text index and the tags of the unlocked journal. Search needs the
// text in the clear, so the index lives in memory only (an SQLite in-memory
// database with FTS5 and the trigram tokenizer, which also finds words in
// Chinese and Japanese text); it is built after unlock and dropped with this
// object on lock. Nothing of it ever reaches the disk.
class SearchIndex : public QObject
{
    Q_OBJECT

public:
    explicit SearchIndex(QObject* parent = nullptr);
    ~SearchIndex() override;

    // Builds from the posts of the session's account in the journal file, in a
    // worker thread with its own connections; progress() and ready() report.
    void buildInBackground(const QString& databasePath, const Session& session);
    // Builds in the calling thread (the command line).
    bool build(const QString& databasePath, const Session& session);
    bool isReady() const { return m_ready; }

    // Best matches first (bm25). Words of one or two characters are found too.
    QList<SearchHit> search(const QString& query, int limit = 50) const;
    // Every tag with its number of posts, most used first.
    QList<QPair<QString, int>> tags() const;
    // Ids of posts with `tag`, by keyset on (created_at, id): the newest `count`
    // without an anchor, else older or newer than it. Oldest first.
    QList<qint64> taggedIds(const QString& tag, const std::optional<Post>& anchor, bool older,
                            int count) const;

    // Keeps the index current as posts are written, edited and deleted.
    void addOrUpdate(const Post& post);
    void remove(qint64 postId);

Q_SIGNALS:
    void progress(int done, int total);
    void ready();
    // The tags or texts changed (after a build or a change).
    void changed();

private:
    struct Change
    {
        Post post;
        bool removed = false;
    };
    bool fill(const QString& databasePath, const Session& session, const QString& connectionName);
    void apply(const Change& change);
    void finishBuild();

    QString m_uri;
    QString m_connectionName;
    QSqlDatabase m_database;
    QThread* m_worker = nullptr;
    std::atomic_bool m_cancelled = false;
    bool m_ready = false;
    QList<Change> m_pending; // changes made while the worker builds
};
