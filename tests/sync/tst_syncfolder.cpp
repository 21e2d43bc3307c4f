#include "support/JournalFixture.h"
#include "support/TestSupport.h"

#include "core/SyncFile.h"
#include "core/SyncFolder.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

namespace {

const QByteArray Computer = QByteArray::fromHex("00112233445566778899aabbccddeeff");

bool writeRaw(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

// The files of a sync folder: sealed, each written once, and whatever a sync tool leaves beside
// them (half-arrived files, conflict copies, files of a newer version) told apart and skipped.
class TestSyncFolder : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<JournalFixture> m_fixture;

    SyncFile sample() const
    {
        SyncFile file;
        file.kind = SyncFile::Kind::Changes;
        file.computerId = Computer;
        file.sequence = 42;
        file.stamp = 0x1234567890ULL;
        file.payload = QByteArrayLiteral("the changes of one transaction");
        return file;
    }

private Q_SLOTS:
    void initTestCase()
    {
        useFastKeyDerivation();
        m_fixture = std::make_unique<JournalFixture>(m_dir.filePath(QStringLiteral("journal.sqlite3")));
        QVERIFY(m_fixture->isReady());
    }

    void aFileOpensOnlyWholeAndWithTheAccountsKey()
    {
        const QByteArray bytes = sample().encode(m_fixture->session());
        QVERIFY(!bytes.contains("the changes of one transaction")); // sealed
        SyncFile read;
        QCOMPARE(SyncFile::decode(bytes, m_fixture->session(), &read), SyncFile::Status::Ok);
        QCOMPARE(read.payload, sample().payload);
        QCOMPARE(read.computerId, Computer);
        QCOMPARE(read.sequence, quint64(42));
        QCOMPARE(read.stamp, sample().stamp);

        // Half arrived: picked up later, not reported as damage.
        QCOMPARE(SyncFile::decode(bytes.left(bytes.size() - 10), m_fixture->session(), &read),
                 SyncFile::Status::Incomplete);
        QCOMPARE(SyncFile::decode(bytes.left(20), m_fixture->session(), &read), SyncFile::Status::Incomplete);
        // A byte changed anywhere, in the payload or the header: never applied.
        QByteArray flipped = bytes;
        flipped[flipped.size() - 5] = char(flipped.at(flipped.size() - 5) ^ 1);
        QCOMPARE(SyncFile::decode(flipped, m_fixture->session(), &read), SyncFile::Status::Unauthentic);
        QByteArray renumbered = bytes;
        renumbered[15 + 2 + 16 + 7] = char(43); // the sequence, as if another file's
        QCOMPARE(SyncFile::decode(renumbered, m_fixture->session(), &read), SyncFile::Status::Unauthentic);
        QCOMPARE(SyncFile::decode(bytes + "x", m_fixture->session(), &read), SyncFile::Status::Unauthentic);
        // A newer version's file waits for that version.
        QByteArray newer = bytes;
        newer[15] = char(SyncFile::FormatVersion + 1);
        QCOMPARE(SyncFile::decode(newer, m_fixture->session(), &read), SyncFile::Status::Newer);
        QCOMPARE(SyncFile::decode(QByteArrayLiteral("Dear diary"), m_fixture->session(), &read),
                 SyncFile::Status::NotSoliloquy);
    }

    void anotherAccountsFileDoesNotOpen()
    {
        JournalFixture other(m_dir.filePath(QStringLiteral("other.sqlite3")), QStringLiteral("ann"));
        QVERIFY(other.isReady());
        SyncFile read;
        QCOMPARE(SyncFile::decode(sample().encode(other.session()), m_fixture->session(), &read),
                 SyncFile::Status::Unauthentic);
    }

    void theListingSkipsWhatSyncToolsLeaveBeside()
    {
        QTemporaryDir folderDir;
        const SyncFolder folder(folderDir.path());
        QString error;
        const QByteArray bytes = sample().encode(m_fixture->session());
        QVERIFY2(folder.write(Computer, SyncFile::Kind::Changes, 2, bytes, &error), qPrintable(error));
        QVERIFY(folder.write(Computer, SyncFile::Kind::Changes, 1, bytes, &error));
        QVERIFY(folder.write(Computer, SyncFile::Kind::Snapshot, 3, bytes, &error));
        const QString computerFolder = QFileInfo(folder.pathOf(Computer, SyncFile::Kind::Changes, 1)).path();
        QVERIFY(writeRaw(computerFolder + QStringLiteral("/.syncthing.0000000000000004.changes.tmp"),
                         bytes.left(9)));
        QVERIFY(
            writeRaw(computerFolder +
                         QStringLiteral("/0000000000000001.sync-conflict-20261203-101010-ABCDEFG.changes"),
                     bytes));
        QVERIFY(writeRaw(computerFolder +
                             QStringLiteral("/0000000000000002 (conflicted copy 2026-12-03).changes"),
                         bytes));
        QVERIFY(writeRaw(computerFolder + QStringLiteral("/notes.txt"), "hello"));
        QVERIFY(writeRaw(folderDir.filePath(QStringLiteral("computers/not-a-computer/x")), "x"));

        const SyncFolder::Listing listing = folder.list();
        QVERIFY(listing.available);
        QCOMPARE(listing.files.size(), 3);
        QCOMPARE(listing.files.at(0).sequence, quint64(1));
        QCOMPARE(listing.files.at(1).sequence, quint64(2));
        QCOMPARE(listing.files.at(2).kind, SyncFile::Kind::Snapshot);
        QCOMPARE(listing.files.at(0).computerId, Computer);
        QCOMPARE(listing.skipped.size(), 5);
        QStringList reasons;
        for (const SyncFolder::Skipped& skipped : listing.skipped)
            reasons << QFileInfo(skipped.path).fileName() + QStringLiteral(": ") + skipped.reason;
        QVERIFY2(
            reasons.filter(QStringLiteral(".syncthing.")).value(0).endsWith(QStringLiteral("still arriving")),
            qPrintable(reasons.join(QLatin1Char('\n'))));
        QCOMPARE(reasons.filter(QStringLiteral("a copy the sync tool made of a conflict")).size(), 2);
        QVERIFY(reasons.filter(QStringLiteral("notes.txt"))
                    .value(0)
                    .endsWith(QStringLiteral("not a file Soliloquy writes")));

        // No temporary file is left behind by the writes.
        QCOMPARE(QDir(computerFolder).entryList(QDir::Files | QDir::Hidden).size(), 7);
    }

    void aMissingFolderIsAStatusNotAnError()
    {
        const SyncFolder gone(m_dir.filePath(QStringLiteral("unplugged-drive/Soliloquy")));
        const SyncFolder::Listing listing = gone.list();
        QVERIFY(!listing.available);
        QVERIFY(listing.files.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSyncFolder)
#include "tst_syncfolder.moc"
