#include "pictures/PictureDecoder.h"
#include "pictures/PictureFile.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

namespace {

QByteArray encoded(const QImage& image, const char* format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}

// A JPEG as cameras write it: the pixels stored sideways, with an EXIF orientation of 6
// ("turn 90 degrees clockwise to show").
QByteArray sidewaysJpeg(int storedWidth, int storedHeight)
{
    QImage image(storedWidth, storedHeight, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    const QByteArray jpeg = encoded(image, "JPEG");
    // TIFF header (little endian), one IFD entry: Orientation (0x0112), SHORT, 1 value: 6.
    QByteArray tiff("II*\0\x08\0\0\0", 8);
    tiff += QByteArray("\x01\0", 2);                              // one entry
    tiff += QByteArray("\x12\x01\x03\0\x01\0\0\0\x06\0\0\0", 12); // the orientation
    tiff += QByteArray("\0\0\0\0", 4);                            // no next IFD
    const QByteArray exif = QByteArray("Exif\0\0", 6) + tiff;
    QByteArray segment("\xff\xe1", 2);
    const quint16 length = qToBigEndian(quint16(exif.size() + 2));
    segment += QByteArray(reinterpret_cast<const char*>(&length), 2) + exif;
    return jpeg.left(2) + segment + jpeg.mid(2); // right after the start of image
}

// A PNG whose header claims 30,000 x 30,000 pixels, in 69 bytes.
const QByteArray hugeClaimPng(
    "\x89\x50\x4e\x47\x0d\x0a\x1a\x0a\x00\x00\x00\x0d\x49\x48\x44\x52\x00\x00\x75\x30\x00\x00\x75"
    "\x30\x01\x00\x00\x00\x00\x4e\x5c\xc5\x17\x00\x00\x00\x0b\x49\x44\x41\x54\x78\x9c\x63\x60\x80"
    "\x01\x00\x00\x0a\x00\x01\x7f\x80\x74\x5e\x00\x00\x00\x00\x49\x45\x4e\x44\xae\x42\x60\x82",
    69);

} // namespace

// What a picture must be to go with a post, checked before anything is stored.
class tst_PictureFile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString& name, const QByteArray& bytes)
    {
        QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return path;
    }

private Q_SLOTS:
    void aPictureIsKeptByteForByte()
    {
        QImage image(30, 20, QImage::Format_ARGB32);
        image.fill(Qt::red);
        const QByteArray png = encoded(image, "PNG");
        const PictureFile picture = PictureFile::fromFile(write(QStringLiteral("red.png"), png));
        QVERIFY2(picture.isValid(), qPrintable(picture.error()));
        QCOMPARE(picture.bytes(), png);
        QCOMPARE(picture.mimeType(), QStringLiteral("image/png"));
        QCOMPARE(picture.size(), QSize(30, 20));
        QCOMPARE(picture.name(), QStringLiteral("red.png"));
    }

    void theFormatComesFromTheBytesNotTheName()
    {
        QImage image(8, 8, QImage::Format_RGB32);
        image.fill(Qt::blue);
        const PictureFile picture =
            PictureFile::fromFile(write(QStringLiteral("really-a.png"), encoded(image, "JPEG")));
        QVERIFY2(picture.isValid(), qPrintable(picture.error()));
        QCOMPARE(picture.mimeType(), QStringLiteral("image/jpeg"));
    }

    void aCameraPictureTakesTheSizeItShowsAt()
    {
        const QByteArray jpeg = sidewaysJpeg(40, 24);
        const PictureFile picture = PictureFile::fromBytes(jpeg, QStringLiteral("pasted picture"));
        QVERIFY2(picture.isValid(), qPrintable(picture.error()));
        QCOMPARE(picture.size(), QSize(24, 40)); // upright, as the camera was held
        QCOMPARE(picture.bytes(), jpeg);         // and not rewritten to be so
    }

    void whatIsNotAPictureIsRefusedByName()
    {
        const PictureFile text = PictureFile::fromFile(
            write(QStringLiteral("holiday.jpg"), "Dear diary, not a picture at all.\n"));
        QVERIFY(!text.isValid());
        QVERIFY2(text.error().startsWith(QStringLiteral("holiday.jpg is not a picture")),
                 qPrintable(text.error()));
        QVERIFY(text.bytes().isEmpty());

        const PictureFile cut =
            PictureFile::fromBytes(QByteArray("\x89PNG\r\n\x1a\n", 8), QStringLiteral("cut.png"));
        QVERIFY(!cut.isValid());
        QVERIFY2(cut.error().startsWith(QStringLiteral("cut.png ")), qPrintable(cut.error()));

        const PictureFile missing = PictureFile::fromFile(m_dir.filePath(QStringLiteral("gone.png")));
        QVERIFY(!missing.isValid());
        QVERIFY2(missing.error().startsWith(QStringLiteral("gone.png could not be opened")),
                 qPrintable(missing.error()));
    }

    void formatsBeyondPhotosAreRefusedWhateverPluginsThereAre()
    {
        // Qt's SVG plugin reads this, and other plugins read GIMP, Photoshop or EPS files: none
        // of them is decoded for a post.
        const QByteArray svg("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">"
                             "<rect width=\"10\" height=\"10\" fill=\"red\"/></svg>");
        const PictureFile picture = PictureFile::fromBytes(svg, QStringLiteral("drawing.svg"));
        QVERIFY(!picture.isValid());
        QVERIFY2(picture.error().startsWith(QStringLiteral("drawing.svg is not a picture")),
                 qPrintable(picture.error()));
        QVERIFY(!PictureFile::sizeOf(svg).isValid());
        QVERIFY(PictureDecoder::decode(svg).isNull());

        QImage image(12, 10, QImage::Format_RGB32);
        image.fill(Qt::green);
        // The smallest GIF there is (Qt writes no GIF): one pixel.
        const QByteArray gif(
            "GIF89a\x01\0\x01\0\x80\0\0\xff\0\0\0\0\0,\0\0\0\0\x01\0\x01\0\0\x02\x02D\x01\0;", 35);
        QCOMPARE(PictureFile::fromBytes(gif, QStringLiteral("dot.gif")).size(), QSize(1, 1));
        for (const char* format : {"webp", "bmp"}) {
            const QByteArray bytes = encoded(image, format);
            const PictureFile shared = PictureFile::fromBytes(bytes, QStringLiteral("shared"));
            QVERIFY2(shared.isValid(), qPrintable(QString::fromLatin1(format) + shared.error()));
            QCOMPARE(PictureDecoder::decode(bytes).size(), QSize(12, 10));
        }
    }

    void tooLargeIsRefusedBeforeItIsRead()
    {
        const QString path = m_dir.filePath(QStringLiteral("huge.png"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(PictureFile::MaxBytes + 1)); // sparse: nothing is written
        file.close();
        const PictureFile picture = PictureFile::fromFile(path);
        QVERIFY(!picture.isValid());
        QVERIFY2(picture.error().startsWith(QStringLiteral("huge.png is larger than")),
                 qPrintable(picture.error()));
        QVERIFY(picture.error().contains(QStringLiteral("50 MB")));
    }

    void aSmallFileClaimingAHugeImageIsRefused()
    {
        const PictureFile picture = PictureFile::fromBytes(hugeClaimPng, QStringLiteral("bomb.png"));
        QVERIFY(!picture.isValid());
        QVERIFY2(picture.error().contains(QStringLiteral("30000 x 30000")), qPrintable(picture.error()));
    }
};

QTEST_GUILESS_MAIN(tst_PictureFile)
#include "tst_picturefile.moc"
