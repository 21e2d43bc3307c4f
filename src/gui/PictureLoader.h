#pragma once

#include <QCache>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QSize>
#include <QThreadPool>

#include <memory>

class Session;

// Decodes stored pictures off the GUI thread: one worker thread with its own connection to the
// journal reads a picture's sealed bytes, opens and decodes them scaled to the box asked for;
// the image comes back on the GUI thread and is kept in a cache bounded in bytes (64 MiB by
// default). Nothing is written to disk. stop() (at the lock, before the session's key is wiped)
// waits for the worker and wipes the cache.
class PictureLoader : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 DefaultCacheBytes = 64LL * 1024 * 1024;

    explicit PictureLoader(QObject* parent = nullptr);
    ~PictureLoader() override;

    // Starts reading the journal at `databasePath` for `session` (after the unlock).
    void start(const QString& databasePath, const Session* session);
    // Forgets what was asked, waits for the picture being decoded and wipes the cache.
    void stop();
    bool isStarted() const { return m_session != nullptr; }

    // The cached image of a picture for a box of `bound` device pixels (an invalid bound: its
    // full size), or a null image and a request queued. The same request is made once; the
    // newest requests are served first, and the oldest are dropped when many wait (rows
    // scrolled past).
    QImage picture(qint64 attachmentId, const QSize& bound);
    // Whether the picture did not open or decode (damaged, or not the account's).
    bool hasFailed(qint64 attachmentId) const { return m_failed.contains(attachmentId); }

    void setCacheBytes(qint64 bytes);
    qint64 cacheBytes() const { return m_cache.maxCost(); }
    qint64 cachedBytes() const { return m_cache.totalCost(); }
    // Wipes the cached images (they are decrypted pictures).
    void clear();

Q_SIGNALS:
    // picture(attachmentId, bound) now returns the image.
    void loaded(qint64 attachmentId, const QSize& bound);
    void failed(qint64 attachmentId);

private:
    struct Key
    {
        qint64 attachmentId = 0;
        QSize bound;
        bool operator==(const Key&) const = default;
        friend size_t qHash(const Key& key, size_t seed = 0)
        {
            return qHashMulti(seed, key.attachmentId, key.bound.width(), key.bound.height());
        }
    };
    struct Queue;

    void drain();
    void deliver(quint64 generation, Key key, const QImage& image);

    const Session* m_session = nullptr;
    QString m_databasePath;
    QThreadPool m_pool;
    std::shared_ptr<Queue> m_queue;
    QSet<Key> m_pending;
    QSet<qint64> m_failed;
    QCache<Key, QImage> m_cache;
    // The last image too large for the cache (a huge picture at full size), kept until the next.
    Key m_largeKey;
    QImage m_large;
    quint64 m_generation = 0;
};
