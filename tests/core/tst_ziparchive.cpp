#include "support/ZipBuilder.h"
#include "support/ZipFileWriter.h"

#include "core/ZipArchive.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// The ZIP reader behind Day One imports (libarchive, with Soliloquy's limits).
class TestZipArchive : public QObject
{
    Q_OBJECT

private:
    static QByteArray sample(const QString& name)
    {
        QFile file(QStringLiteral(SOLILOQUY_TEST_DATA "/") + name);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void readsAnArchiveMadeByAnotherTool()
    {
        // tests/data/dayone.zip was written by Python's zipfile: deflated JSON, a stored photo.
        ZipArchive archive;
        QString error;
        QVERIFY2(archive.open(QStringLiteral(SOLILOQUY_TEST_DATA "/dayone.zip"), &error), qPrintable(error));
        QCOMPARE(archive.entries().size(), 3);
        const ZipArchive::Entry* json = archive.find(QStringLiteral("Journal.json"));
        QVERIFY(json);
        QCOMPARE(archive.read(*json, 1 << 20, &error).value_or(QByteArray()),
                 sample(QStringLiteral("dayone-Journal.json")));
        const ZipArchive::Entry* photo =
            archive.find(QStringLiteral("photos/0f343b0931126a20f133d67c2b018a3b.png"));
        QVERIFY(photo);
        QCOMPARE(archive.read(*photo, 1 << 20, &error).value_or(QByteArray()),
                 sample(QStringLiteral("dayone-photo.png")));
        QVERIFY(!archive.read(*json, 100, &error));
        QVERIFY(error.contains(QStringLiteral("larger than")));
    }

    void refusesNamesThatClimbOut_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("parent") << QStringLiteral("../Journal.json");
        QTest::newRow("nested parent") << QStringLiteral("photos/../../etc/passwd");
        QTest::newRow("absolute") << QStringLiteral("/etc/passwd");
        QTest::newRow("backslash") << QStringLiteral("photos\\..\\x");
        QTest::newRow("drive") << QStringLiteral("C:/Windows/x");
    }

    void refusesNamesThatClimbOut()
    {
        QFETCH(QString, name);
        ZipBuilder builder;
        builder.add(QStringLiteral("Journal.json"), "{}");
        builder.add(name, "x");
        ZipArchive archive;
        QString error;
        QVERIFY(!archive.openData(builder.build(), &error));
        QVERIFY2(error.contains(QStringLiteral("points outside the archive")), qPrintable(error));
    }

    void refusesBombsAndLies()
    {
        ZipArchive archive;
        QString error;

        // A tiny entry claiming to hold 3 GB: refused before inflating anything.
        ZipBuilder bomb;
        bomb.add({QStringLiteral("Journal.json"), QByteArray(1000, '\0'), true, 3000000000LL});
        QVERIFY(!archive.openData(bomb.build(), &error));
        QVERIFY2(error.contains(QStringLiteral("would expand to 2861 MiB")), qPrintable(error));

        // Claims 100 bytes but inflates to a megabyte: reading stops after 101.
        ZipBuilder liar;
        liar.add({QStringLiteral("Journal.json"), QByteArray(1 << 20, '\0'), true, 100});
        QVERIFY(archive.openData(liar.build(), &error));
        QVERIFY(!archive.read(archive.entries().first(), 1 << 30, &error));
        QVERIFY2(error.contains(QStringLiteral("more than it says")), qPrintable(error));

        ZipBuilder badChecksum;
        badChecksum.add({QStringLiteral("Journal.json"), QByteArray("{\"entries\": []}"), true, -1, 1234});
        QVERIFY(archive.openData(badChecksum.build(), &error));
        QVERIFY(!archive.read(archive.entries().first(), 1 << 20, &error));
        QVERIFY2(error.contains(QStringLiteral("checksum")), qPrintable(error));
    }

    void readsZip64Archives()
    {
        // Tools that always write ZIP64 fields (and any export over 4 GB) give such archives.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("zip64.zip"));
        ZipFileWriter writer(path, ZipFileWriter::Fields::Zip64);
        QVERIFY(writer.add(QStringLiteral("Journal.json"), sample(QStringLiteral("dayone-Journal.json"))));
        QVERIFY(writer.add(QStringLiteral("photos/a.png"), sample(QStringLiteral("dayone-photo.png"))));
        QVERIFY(writer.close());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains(QByteArrayLiteral("PK\x06\x06"))); // ZIP64's end of directory

        ZipArchive archive;
        QString error;
        QVERIFY2(archive.open(path, &error), qPrintable(error));
        QCOMPARE(archive.entries().size(), 2);
        const ZipArchive::Entry* photo = archive.find(QStringLiteral("photos/a.png"));
        QVERIFY(photo);
        QCOMPARE(archive.read(*photo, 1 << 20, &error).value_or(QByteArray()),
                 sample(QStringLiteral("dayone-photo.png")));
        // Back to an earlier entry: read afresh from the start.
        QCOMPARE(archive.read(archive.entries().first(), 1 << 20, &error).value_or(QByteArray()),
                 sample(QStringLiteral("dayone-Journal.json")));
    }

    void refusesArchivesCutShort()
    {
        const QByteArray whole = sample(QStringLiteral("dayone.zip"));
        QVERIFY(!whole.isEmpty());
        for (const qsizetype size : {qsizetype(0), qsizetype(4), whole.size() / 2, whole.size() - 1}) {
            ZipArchive archive;
            QString error;
            QVERIFY2(!archive.openData(whole.left(size), &error), qPrintable(QString::number(size)));
            QVERIFY(error.startsWith(QStringLiteral("the ZIP archive")));
        }
    }
};

QTEST_GUILESS_MAIN(TestZipArchive)
#include "tst_ziparchive.moc"
