#include "PictureLoader.h"

#include "core/PictureStore.h"
#include "core/Session.h"
#include "pictures/PictureDecoder.h"
#include "storage/WorkerConnection.h"

#include <QMutex>
#include <QMutexLocker>

#include <memory>
#include <optional>

namespace {

// Requests beyond this many are rows long scrolled past: the oldest are dropped.
constexpr qsizetype MaxWaiting = 48;

} // namespace

// The requests waiting for the worker, shared with it: newest last.
struct PictureLoader::Queue
{
    QMutex mutex;
    QList<Key> waiting;
    bool draining = false;
};

PictureLoader::PictureLoader(QObject* parent)
    : QObject(parent)
    , m_queue(std::make_shared<Queue>())
    , m_cache(DefaultCacheBytes)
{
    // One worker: reading and decoding one picture at a time keeps the window's core free,
    // and its connection lives as long as the worker.
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
}

PictureLoader::~PictureLoader()
{
    stop();
}

void PictureLoader::start(const QString& databasePath, const Session* session)
{
    stop();
    m_databasePath = databasePath;
    m_session = session;
}

void PictureLoader::stop()
{
    {
        const QMutexLocker lock(&m_queue->mutex);
        m_queue->waiting.clear();
    }
    ++m_generation; // what the worker still delivers is dropped
    m_pool.waitForDone();
    m_session = nullptr;
    m_pending.clear();
    clear();
}

void PictureLoader::clear()
{
    m_cache.clear();
    m_large = QImage();
    m_largeKey = {};
    m_failed.clear();
}

void PictureLoader::setCacheBytes(qint64 bytes)
{
    m_cache.setMaxCost(bytes);
}

QImage PictureLoader::picture(qint64 attachmentId, const QSize& bound)
{
    const Key key{attachmentId, bound};
    if (const QImage* cached = m_cache.object(key))
        return *cached;
    if (key == m_largeKey && !m_large.isNull())
        return m_large;
    if (!m_session || m_failed.contains(attachmentId) || m_pending.contains(key))
        return {};
    m_pending.insert(key);
    bool startWorker = false;
    {
        const QMutexLocker lock(&m_queue->mutex);
        m_queue->waiting.append(key);
        while (m_queue->waiting.size() > MaxWaiting)
            m_pending.remove(m_queue->waiting.takeFirst());
        startWorker = !m_queue->draining;
        m_queue->draining = true;
    }
    if (startWorker)
        drain();
    return {};
}

// One task on the worker thread takes the newest request until none waits.
void PictureLoader::drain()
{
    const std::shared_ptr<Queue> queue = m_queue;
    const Session* session = m_session;
    const QString path = m_databasePath;
    const quint64 generation = m_generation;
    m_pool.start([this, queue, session, path, generation] {
        std::unique_ptr<WorkerConnection> connection;
        for (;;) {
            Key key;
            {
                const QMutexLocker lock(&queue->mutex);
                if (queue->waiting.isEmpty()) {
                    queue->draining = false;
                    return;
                }
                key = queue->waiting.takeLast();
            }
            if (!connection)
                connection = std::make_unique<WorkerConnection>(path);
            QImage image;
            if (connection->isOpen()) {
                const std::optional<QByteArray> bytes =
                    PictureStore(connection->database(), *session).bytes(key.attachmentId);
                if (bytes)
                    image = PictureDecoder::decode(*bytes, key.bound);
            }
            // Painted often, converted once: the format the window paints fastest.
            if (!image.isNull() && image.format() != QImage::Format_ARGB32_Premultiplied &&
                image.format() != QImage::Format_RGB32)
                image = image.convertToFormat(image.hasAlphaChannel() ? QImage::Format_ARGB32_Premultiplied
                                                                      : QImage::Format_RGB32);
            QMetaObject::invokeMethod(
                this, [this, generation, key, image] { deliver(generation, key, image); },
                Qt::QueuedConnection);
        }
    });
}

void PictureLoader::deliver(quint64 generation, Key key, const QImage& image)
{
    if (generation != m_generation)
        return;
    m_pending.remove(key);
    if (image.isNull()) {
        m_failed.insert(key.attachmentId);
        Q_EMIT failed(key.attachmentId);
        return;
    }
    if (image.sizeInBytes() > m_cache.maxCost()) {
        m_largeKey = key;
        m_large = image;
    } else {
        m_cache.insert(key, new QImage(image), image.sizeInBytes());
    }
    Q_EMIT loaded(key.attachmentId, key.bound);
}
