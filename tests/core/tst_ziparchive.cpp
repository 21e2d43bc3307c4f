#include "support/ZipBuilder.h"

#include "core/Inflater.h"
#include "core/ZipArchive.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

// The ZIP reader and DEFLATE decoder behind Day One imports.
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
    void inflatesWhatZlibDeflates_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("level");
        QRandomGenerator random(42);
        QByteArray noise(100000, Qt::Uninitialized);
        random.fillRange(reinterpret_cast<quint32*>(noise.data()), noise.size() / 4);
        QByteArray prose;
        while (prose.size() < 300000)
            prose += QStringLiteral("Dear diary, 今日は晴れ 🌞. Line %1.\n").arg(prose.size()).toUtf8();
        for (int level : {0, 1, 6, 9}) {
            QTest::addRow("empty, level %d", level) << QByteArray() << level;
            QTest::addRow("one byte, level %d", level) << QByteArray("x") << level;
            QTest::addRow("noise, level %d", level) << noise << level;
            QTest::addRow("prose, level %d", level) << prose << level;
            QTest::addRow("zeros, level %d", level) << QByteArray(200000, '\0') << level;
        }
    }

    void inflatesWhatZlibDeflates()
    {
        QFETCH(QByteArray, data);
        QFETCH(int, level);
        QString error;
        const std::optional<QByteArray> inflated =
            Inflater::inflate(ZipBuilder::rawDeflate(data, level), data.size(), &error);
        QVERIFY2(inflated, qPrintable(error));
        QCOMPARE(*inflated, data);
    }

    void refusesOutputBeyondTheLimitAndCutData()
    {
        const QByteArray data(100000, 'a');
        const QByteArray deflated = ZipBuilder::rawDeflate(data);
        QString error;
        QVERIFY(!Inflater::inflate(deflated, data.size() - 1, &error));
        QVERIFY(error.contains(QStringLiteral("more than it says")));
        QVERIFY(!Inflater::inflate(deflated.left(deflated.size() / 2), data.size(), &error));
        QVERIFY(error.contains(QStringLiteral("damaged")));
        QVERIFY(!Inflater::inflate(QByteArray("\xff\xff\xff", 3), 100, &error));
    }

    void readsAnArchiveMadeByAnotherTool()
    {
        // tests/data/dayone.zip was written by Python's zipfile: deflated JSON, a stored photo.
        ZipArchive archive;
        QString error;
        QVERIFY2(archive.open(QStringLiteral(SOLILOQUY_TEST_DATA "/dayone.zip"), &error), qPrintable(error));
        QCOMPARE(archive.entries().size(), 3);
        const ZipArchive::Entry* json = archive.find(QStringLiteral("Journal.json"));
        QVERIFY(json);
        QCOMPARE(json->method, quint16(8));
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
        QVERIFY(archive.openData(bomb.build(), &error));
        QVERIFY(!archive.read(archive.entries().first(), 1LL << 40, &error));
        QVERIFY2(error.contains(QStringLiteral("inflate far beyond")), qPrintable(error));

        // Claims 100 bytes but inflates to a megabyte: the inflater stops at 100.
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
