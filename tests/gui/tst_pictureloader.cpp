#include "support/JournalFixture.h"
#include "support/TestSupport.h"

#include "core/Journal.h"
#include "gui/PictureLoader.h"
#include "pictures/PictureFile.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

namespace {

QByteArray jpeg(const QSize& size, const QColor& color)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(color);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG");
    return bytes;
}

} // namespace

// Pictures decoded off the GUI thread, kept in a bounded cache that the lock wipes.
class TestPictureLoader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<JournalFixture> m_fixture;
    std::unique_ptr<Journal> m_journal;

    QString path() const { return m_dir.filePath(QStringLiteral("journal.sqlite3")); }
    PictureRef send(const QByteArray& bytes)
    {
        StorageError error;
        const std::optional<Post> post = m_journal->send(
            QString(), {PictureFile::fromBytes(bytes, QStringLiteral("photo")).toNewPicture()}, &error);
        return post ? post->pictures.value(0) : PictureRef();
    }

private Q_SLOTS:
    void initTestCase()
    {
        useFastKeyDerivation();
        m_fixture = std::make_unique<JournalFixture>(path());
        QVERIFY(m_fixture->isReady());
        m_journal = std::make_unique<Journal>(m_fixture->connection(), m_fixture->session());
    }

    void aPictureArrivesScaledAndIsThenServedFromTheCache()
    {
        const PictureRef photo = send(jpeg(QSize(800, 600), Qt::darkGreen));
        QVERIFY(photo.attachmentId > 0);
        PictureLoader loader;
        loader.start(path(), &m_fixture->session());
        QSignalSpy loaded(&loader, &PictureLoader::loaded);
        QVERIFY(loader.picture(photo.attachmentId, QSize(200, 200)).isNull()); // asked, not yet there
        QVERIFY(loader.picture(photo.attachmentId, QSize(200, 200)).isNull()); // asked once only
        QVERIFY(loaded.wait());
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(loaded.first().at(0).toLongLong(), photo.attachmentId);
        const QImage image = loader.picture(photo.attachmentId, QSize(200, 200));
        QCOMPARE(image.size(), QSize(200, 150));
        QCOMPARE(QColor(image.pixel(100, 75)).green() > 90, true);
        QVERIFY(loader.cachedBytes() >= image.sizeInBytes());
    }

    void theCacheKeepsToItsBound()
    {
        PictureLoader loader;
        loader.setCacheBytes(3 * 300 * 300 * 4); // three 300 x 300 pictures
        loader.start(path(), &m_fixture->session());
        QSignalSpy loaded(&loader, &PictureLoader::loaded);
        for (int i = 0; i < 6; ++i) {
            const PictureRef photo = send(jpeg(QSize(600, 600), QColor::fromHsv(i * 50, 200, 200)));
            loader.picture(photo.attachmentId, QSize(300, 300));
            QTRY_COMPARE(loaded.size(), i + 1);
            QVERIFY(loader.cachedBytes() <= loader.cacheBytes());
        }
        QCOMPARE(loader.cachedBytes(), 3 * 300 * 300 * 4);
    }

    void theLockWipesEveryPictureAndServesNoMore()
    {
        const PictureRef photo = send(jpeg(QSize(100, 100), Qt::red));
        PictureLoader loader;
        loader.start(path(), &m_fixture->session());
        QSignalSpy loaded(&loader, &PictureLoader::loaded);
        loader.picture(photo.attachmentId, QSize(50, 50));
        QVERIFY(loaded.wait());
        QVERIFY(loader.cachedBytes() > 0);
        loader.stop();
        QCOMPARE(loader.cachedBytes(), 0);
        QVERIFY(loader.picture(photo.attachmentId, QSize(50, 50)).isNull());
        QVERIFY(!loaded.wait(200)); // and nothing is read after the stop
    }

    void aPictureThatDoesNotOpenIsReportedOnce()
    {
        PictureLoader loader;
        loader.start(path(), &m_fixture->session());
        QSignalSpy failed(&loader, &PictureLoader::failed);
        loader.picture(999999, QSize(50, 50));
        QVERIFY(failed.wait());
        QVERIFY(loader.hasFailed(999999));
        QVERIFY(loader.picture(999999, QSize(50, 50)).isNull());
        QVERIFY(!failed.wait(200)); // not asked again
    }
};

QTEST_MAIN(TestPictureLoader)
#include "tst_pictureloader.moc"
