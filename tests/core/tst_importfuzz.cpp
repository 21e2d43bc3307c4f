#include "fuzz/ImporterFuzzTarget.h"
#include "support/JournalFixture.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

// The importers on 2000 deterministic mutations of the sample files: no crash, and
// each file either imports or is refused whole with a message. The same entry point
// is a libFuzzer target when built with clang and SOLILOQUY_FUZZ=ON.
class TestImportFuzz : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QByteArray sample(const QString& name)
    {
        QFile file(QStringLiteral(SOLILOQUY_TEST_DATA "/") + name);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static QByteArray mutate(QByteArray bytes, QRandomGenerator& random)
    {
        static const QList<QByteArray> tokens = {"null",
                                                 "\"",
                                                 "{",
                                                 "}",
                                                 "[",
                                                 "]",
                                                 ",",
                                                 ":",
                                                 "-1e999",
                                                 "1.5",
                                                 "9223372036854775808",
                                                 "\"\\ud800\"",
                                                 "true",
                                                 "\"2024-02-30\"",
                                                 "\"25:61\"",
                                                 "\"dayone-moment://A1B2C3D4E5F60718293A4B5C6D7E8F90\"",
                                                 "\xff\xfe",
                                                 QByteArray(1, '\0')};
        const int edits = 1 + random.bounded(4);
        for (int i = 0; i < edits && !bytes.isEmpty(); ++i) {
            const qsizetype at = random.bounded(bytes.size());
            switch (random.bounded(6)) {
            case 0:
                bytes[at] = char(random.bounded(256));
                break;
            case 1:
                bytes.remove(at, 1 + random.bounded(qMin<qsizetype>(64, bytes.size() - at)));
                break;
            case 2:
                bytes.insert(at, tokens.at(random.bounded(tokens.size())));
                break;
            case 3:
                bytes.insert(at, bytes.mid(random.bounded(bytes.size()), 1 + random.bounded(200)));
                break;
            case 4:
                bytes.truncate(at);
                break;
            default:
                bytes[at] = char(bytes[at] ^ (1 << random.bounded(8)));
                break;
            }
        }
        return bytes;
    }

private Q_SLOTS:
    void initTestCase() { TestSupport::useFastKeyDerivation(); }

    void mutatedFilesImportOrAreRefusedWhole()
    {
        struct Sample
        {
            QString file;
            Importer::Format format;
        };
        const QList<Sample> samples = {{QStringLiteral("soliloquy.json"), Importer::Format::Soliloquy},
                                       {QStringLiteral("jrnl.json"), Importer::Format::Jrnl},
                                       {QStringLiteral("dayone-Journal.json"), Importer::Format::DayOne},
                                       {QStringLiteral("dayone.zip"), Importer::Format::DayOne}};
        constexpr int Runs = 2000;
        constexpr int FullImportEvery = 10; // a real import into a journal, for one run in ten
        JournalFixture journal(m_dir.filePath(QStringLiteral("journal.sqlite3")));
        QVERIFY(journal.isReady());
        Importer importer(journal.connection(), journal.session());
        QRandomGenerator random(20261125);
        int imported = 0;
        int refused = 0;
        for (int run = 0; run < Runs; ++run) {
            const Sample& sample = samples.at(run % samples.size());
            const QByteArray original = TestImportFuzz::sample(sample.file);
            QVERIFY(!original.isEmpty());
            const QByteArray input = mutate(original, random);
            ImporterFuzzTarget::runOnce(sample.format, input);
            if (run % FullImportEvery != 0)
                continue;
            const QString path = m_dir.filePath(QStringLiteral("input"));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(input);
            file.close();
            const qint64 before = journal.postCount();
            const Importer::Result result = importer.importFile(path, sample.format);
            if (result.ok) {
                ++imported;
                QCOMPARE(journal.postCount(), before + result.imported);
            } else {
                ++refused;
                QVERIFY2(!result.error.isEmpty(), qPrintable(QStringLiteral("run %1").arg(run)));
                QCOMPARE(journal.postCount(), before);
            }
        }
        // Both outcomes happen: the mutations neither all break nor all spare the files.
        QVERIFY(imported > 0);
        QVERIFY(refused > 0);
    }
};

QTEST_GUILESS_MAIN(TestImportFuzz)
#include "tst_importfuzz.moc"
