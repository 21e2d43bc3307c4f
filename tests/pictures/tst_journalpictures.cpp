#include "support/JournalFixture.h"
#include "support/TestSupport.h"

#include "core/Journal.h"
#include "pictures/PictureDecoder.h"
#include "pictures/PictureFile.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

namespace {

// A photo-like JPEG: noise does not compress, so its bytes are long and unlike any other file's.
QByteArray noisyJpeg(int width, int height, quint32 seed)
{
    QImage image(width, height, QImage::Format_RGB32);
    QRandomGenerator random(seed);
    for (int y = 0; y < height; ++y) {
        auto* line = reinterpret_cast<QRgb*>(image.scanLine(y));
        for (int x = 0; x < width; ++x)
            line[x] = random.generate() | 0xff000000;
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 95);
    return bytes;
}

NewPicture picture(const QByteArray& bytes)
{
    const PictureFile file = PictureFile::fromBytes(bytes, QStringLiteral("photo"));
    return file.toNewPicture();
}

} // namespace

// Pictures go with posts: stored sealed and once, read back byte for byte, and laid out
// without their bytes being opened.
class TestJournalPictures : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<JournalFixture> m_fixture;
    std::unique_ptr<Journal> m_journal;
    qint64 m_clock = 1764000000000;

    QString path() const { return m_dir.filePath(QStringLiteral("journal.sqlite3")); }

private Q_SLOTS:
    void initTestCase() { useFastKeyDerivation(); }

    void init()
    {
        m_journal.reset();
        m_fixture.reset();
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path() + suffix);
        m_fixture = std::make_unique<JournalFixture>(path());
        QVERIFY(m_fixture->isReady());
        m_journal = std::make_unique<Journal>(m_fixture->connection(), m_fixture->session(),
                                              [this] { return m_clock += 1000; });
    }

    void aPostTakesPicturesAndGivesTheSameBytesBack()
    {
        const QByteArray first = noisyJpeg(64, 48, 1);
        const QByteArray second = noisyJpeg(30, 90, 2);
        StorageError error;
        const std::optional<Post> sent =
            m_journal->send(QStringLiteral("The harbour at dusk"), {picture(first), picture(second)}, &error);
        QVERIFY2(sent, qPrintable(error.message));
        QCOMPARE(sent->pictures.size(), 2);
        QCOMPARE(sent->pictures.at(0).position, 1);
        QCOMPARE(sent->pictures.at(0).size, QSize(64, 48));
        QCOMPARE(sent->pictures.at(1).size, QSize(30, 90));
        QCOMPARE(sent->pictures.at(1).mimeType, QStringLiteral("image/jpeg"));
        QCOMPARE(m_journal->pictureBytes(sent->pictures.at(0).attachmentId), first);
        QCOMPARE(m_journal->pictureBytes(sent->pictures.at(1).attachmentId), second);
        QCOMPARE(m_journal->pictureCount(), 2);

        // Every read of posts brings their pictures along, as they were sent.
        m_journal->send(QStringLiteral("text only"), &error);
        const QList<Post> newest = m_journal->newest(10);
        QCOMPARE(newest.size(), 2);
        QCOMPARE(newest.first().pictures, sent->pictures);
        QVERIFY(newest.last().pictures.isEmpty());
        QCOMPARE(m_journal->post(sent->id)->pictures, sent->pictures);
    }

    void aPictureAloneIsAPost()
    {
        StorageError error;
        const std::optional<Post> sent = m_journal->send(QString(), {picture(noisyJpeg(20, 20, 3))}, &error);
        QVERIFY2(sent, qPrintable(error.message));
        QVERIFY(sent->text.isEmpty());
        QCOMPARE(sent->pictures.size(), 1);

        QVERIFY(!m_journal->send(QStringLiteral("  "), QList<NewPicture>(), &error));
        QCOMPARE(error.message, QStringLiteral("There is nothing to post."));
    }

    void tooManyPicturesAreRefusedAndNothingIsStored()
    {
        const NewPicture one = picture(noisyJpeg(8, 8, 4));
        StorageError error;
        QVERIFY(!m_journal->send(QStringLiteral("a roll of film"),
                                 QList<NewPicture>(Journal::MaxPicturesPerPost + 1, one), &error));
        QVERIFY(error.message.contains(QString::number(Journal::MaxPicturesPerPost)));
        QCOMPARE(m_journal->count(), 0);
        QCOMPARE(m_journal->pictureCount(), 0);
    }

    void aPictureInSeveralPostsIsStoredOnceAndGoesWithTheLast()
    {
        const NewPicture photo = picture(noisyJpeg(40, 40, 5));
        StorageError error;
        const std::optional<Post> first = m_journal->send(QStringLiteral("once"), {photo}, &error);
        const std::optional<Post> second = m_journal->send(QStringLiteral("twice"), {photo, photo}, &error);
        QVERIFY(first && second);
        QCOMPARE(queryValue(path(), QStringLiteral("SELECT count(*) FROM attachment_contents")).toInt(), 1);
        QCOMPARE(m_journal->pictureCount(), 3);

        QVERIFY(m_journal->remove(first->id, &error));
        QCOMPARE(m_journal->pictureBytes(second->pictures.at(1).attachmentId), photo.bytes);
        QVERIFY(m_journal->remove(second->id, &error));
        QCOMPARE(queryValue(path(), QStringLiteral("SELECT count(*) FROM attachment_contents")).toInt(), 0);
    }

    void noPictureIsOnDiskInClear()
    {
        const QByteArray photo = noisyJpeg(200, 150, 6);
        StorageError error;
        QVERIFY(m_journal->send(QStringLiteral("private"), {picture(photo)}, &error));
        m_fixture.reset(); // closes the journal: everything is in the main file
        m_journal.reset();
        QFile file(path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray stored = file.readAll();
        // Any run of 32 bytes from the middle of the photo would show it stored in clear.
        for (qsizetype at = photo.size() / 4; at < photo.size() * 3 / 4; at += 997)
            QVERIFY(!stored.contains(photo.mid(at, 32)));
    }

    void anotherAccountsPicturesDoNotOpen()
    {
        StorageError error;
        const std::optional<Post> mine = m_journal->send(QString(), {picture(noisyJpeg(10, 10, 7))}, &error);
        QVERIFY(mine);
        const qint64 attachmentId = mine->pictures.first().attachmentId;
        m_journal.reset();
        m_fixture.reset();
        JournalFixture other(path(), QStringLiteral("bob"));
        QVERIFY(other.isReady());
        Journal theirs(other.connection(), other.session());
        QVERIFY(!theirs.pictureBytes(attachmentId));
        QVERIFY(theirs.gallery().isEmpty());
        QCOMPARE(theirs.pictureCount(), 0);
    }

    void theGalleryIsNewestFirstAndNothingOpensWhenLocked()
    {
        StorageError error;
        const std::optional<Post> older =
            m_journal->send(QStringLiteral("older"), {picture(noisyJpeg(10, 20, 8))}, &error);
        const std::optional<Post> newer = m_journal->send(
            QStringLiteral("newer"), {picture(noisyJpeg(30, 20, 9)), picture(noisyJpeg(20, 20, 10))}, &error);
        QVERIFY(older && newer);
        const QList<Journal::GalleryEntry> gallery = m_journal->gallery();
        QCOMPARE(gallery.size(), 3);
        QCOMPARE(gallery.at(0).picture, newer->pictures.at(0));
        QCOMPARE(gallery.at(1).picture, newer->pictures.at(1));
        QCOMPARE(gallery.at(2).picture, older->pictures.at(0));
        QCOMPARE(gallery.at(2).createdAt, older->createdAt);

        m_fixture->session().lock();
        QVERIFY(!m_journal->pictureBytes(older->pictures.first().attachmentId));
        QVERIFY(m_journal->gallery().isEmpty());
    }

    void anUndoneDeleteBringsThePicturesBack()
    {
        const NewPicture photo = picture(noisyJpeg(16, 16, 11));
        StorageError error;
        const std::optional<Post> sent = m_journal->send(QStringLiteral("keep me"), {photo}, &error);
        QVERIFY(sent);
        QVERIFY(m_journal->remove(sent->id, &error));
        const std::optional<Post> back = m_journal->undelete(*sent, {photo}, &error);
        QVERIFY(back);
        QCOMPARE(back->id, sent->id);
        QCOMPARE(back->pictures.size(), 1);
        QCOMPARE(m_journal->pictureBytes(back->pictures.first().attachmentId), photo.bytes);
    }

    void anEditKeepsThePictures()
    {
        StorageError error;
        const std::optional<Post> sent =
            m_journal->send(QStringLiteral("typo"), {picture(noisyJpeg(12, 12, 12))}, &error);
        QVERIFY(sent);
        Post changed;
        connect(m_journal.get(), &Journal::postChanged, this, [&](const Post& post) { changed = post; });
        QVERIFY(m_journal->edit(sent->id, QStringLiteral("fixed"), &error));
        QCOMPARE(changed.text, QStringLiteral("fixed"));
        QCOMPARE(changed.pictures, sent->pictures);
    }

    void theDecoderScalesDownWithinTheBox()
    {
        const QByteArray photo = noisyJpeg(400, 300, 13);
        QCOMPARE(PictureDecoder::decode(photo, QSize(100, 100)).size(), QSize(100, 75));
        QCOMPARE(PictureDecoder::decode(photo, QSize(1000, 1000)).size(), QSize(400, 300)); // never up
        QCOMPARE(PictureDecoder::decode(photo).size(), QSize(400, 300));
        QVERIFY(PictureDecoder::decode(QByteArray("not a picture")).isNull());
        QVERIFY(PictureDecoder::decode(photo.left(photo.size() / 8), QSize(50, 50)).size().width() <= 50);
    }
};

QTEST_GUILESS_MAIN(TestJournalPictures)
#include "tst_journalpictures.moc"
