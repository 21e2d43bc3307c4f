#include "support/JournalFixture.h"
#include "support/TestSupport.h"
#include "sync/SyncthingPair.h"

#include "core/Journal.h"
#include "core/PostLedger.h"
#include "core/SyncFile.h"
#include "core/SyncFolder.h"
#include "core/SyncRound.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>
#include <memory>

using namespace std::chrono_literals;

namespace {

constexpr auto StartTimeout = 60s;
constexpr auto ArrivalTimeout = 30s;
constexpr int ArrivalTimeoutMs = int(std::chrono::milliseconds(ArrivalTimeout).count());

// `size` a multiple of 4.
QByteArray randomBytes(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32*>(bytes.data()), size / 4);
    return bytes;
}

QByteArray newComputerId()
{
    return randomBytes(SyncFile::ComputerIdBytes);
}

QByteArray contentsOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// What Syncthing leaves when both computers changed one file: it must never happen to the files
// of a sync folder, which each computer writes under names of its own.
QStringList conflictCopiesIn(const QString& folder)
{
    QStringList copies;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.contains(QLatin1String(".sync-conflict-")))
            copies.append(path);
    }
    return copies;
}

} // namespace

// Sync files travelling between two computers through a folder kept in step by real Syncthing
// instances (two on this computer, talking over 127.0.0.1 only).
class TestSyncthing : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<JournalFixture> m_journal;
    std::unique_ptr<SyncthingPair> m_pair;

    QString write(SyncthingPair::Side side, const QByteArray& computerId, quint64 sequence,
                  const QByteArray& payload)
    {
        SyncFile file;
        file.computerId = computerId;
        file.sequence = sequence;
        file.stamp = sequence;
        file.payload = payload;
        QString error;
        const SyncFolder folder(m_pair->folder(side));
        if (!folder.write(computerId, SyncFile::Kind::Changes, sequence, file.encode(m_journal->session()),
                          &error))
            return error;
        return {};
    }

    bool listedOn(SyncthingPair::Side side, const QByteArray& computerId, quint64 sequence) const
    {
        const SyncFolder::Listing listing = SyncFolder(m_pair->folder(side)).list();
        return std::any_of(listing.files.cbegin(), listing.files.cend(), [&](const SyncFolder::Entry& entry) {
            return entry.computerId == computerId && entry.sequence == sequence;
        });
    }

    SyncFile::Status open(SyncthingPair::Side side, const QByteArray& computerId, quint64 sequence,
                          SyncFile* file) const
    {
        const SyncFolder folder(m_pair->folder(side));
        return SyncFile::decode(contentsOf(folder.pathOf(computerId, SyncFile::Kind::Changes, sequence)),
                                m_journal->session(), file);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (SyncthingPair::executable().isEmpty())
            QSKIP("Syncthing is not installed (Debian's package \"syncthing\"): the test with two real "
                  "Syncthing instances is not run.");
        TestSupport::useFastKeyDerivation();
        m_journal = std::make_unique<JournalFixture>(m_dir.filePath(QStringLiteral("journal.sqlite3")));
        QVERIFY(m_journal->isReady());
        m_pair = std::make_unique<SyncthingPair>();
        QString error;
        QVERIFY2(m_pair->start(StartTimeout, &error), qPrintable(error));
    }

    void cleanupTestCase() { m_pair.reset(); }

    void aFileWrittenOnOneComputerArrivesOnTheOther_data()
    {
        QTest::addColumn<SyncthingPair::Side>("from");
        QTest::addColumn<SyncthingPair::Side>("to");
        QTest::newRow("A to B") << SyncthingPair::A << SyncthingPair::B;
        QTest::newRow("B to A") << SyncthingPair::B << SyncthingPair::A;
    }

    void aFileWrittenOnOneComputerArrivesOnTheOther()
    {
        QFETCH(SyncthingPair::Side, from);
        QFETCH(SyncthingPair::Side, to);
        const QByteArray computer = newComputerId();
        const QByteArray payload =
            QByteArrayLiteral("the changes of one transaction, from ") + QTest::currentDataTag();
        const QString error = write(from, computer, 1, payload);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        QTRY_VERIFY2_WITH_TIMEOUT(listedOn(to, computer, 1), qPrintable(m_pair->logTail(to)),
                                  ArrivalTimeoutMs);
        SyncFile arrived;
        QCOMPARE(open(to, computer, 1, &arrived), SyncFile::Status::Ok);
        QCOMPARE(arrived.payload, payload);
        QCOMPARE(arrived.computerId, computer);
        QCOMPARE(arrived.sequence, quint64(1));
    }

    void filesFromBothComputersAtOnceAllArriveOnBothWithoutConflicts()
    {
        constexpr quint64 FilesEach = 5;
        const QByteArray computerOf[2] = {newComputerId(), newComputerId()};
        const auto payloadOf = [&](int side, quint64 sequence) {
            return QByteArrayLiteral("change ") + QByteArray::number(sequence) +
                   QByteArrayLiteral(" of computer ") + computerOf[side].toHex();
        };
        for (quint64 sequence = 1; sequence <= FilesEach; ++sequence) {
            for (const SyncthingPair::Side side : {SyncthingPair::A, SyncthingPair::B}) {
                const QString error = write(side, computerOf[side], sequence, payloadOf(side, sequence));
                QVERIFY2(error.isEmpty(), qPrintable(error));
            }
        }

        const auto allListed = [&] {
            for (const SyncthingPair::Side on : {SyncthingPair::A, SyncthingPair::B})
                for (const QByteArray& computer : computerOf)
                    for (quint64 sequence = 1; sequence <= FilesEach; ++sequence)
                        if (!listedOn(on, computer, sequence))
                            return false;
            return true;
        };
        QTRY_VERIFY_WITH_TIMEOUT(allListed(), ArrivalTimeoutMs);
        QString error;
        QVERIFY2(m_pair->waitUntilInStep(ArrivalTimeout, &error), qPrintable(error));

        for (const SyncthingPair::Side on : {SyncthingPair::A, SyncthingPair::B}) {
            for (const int writer : {0, 1}) {
                for (quint64 sequence = 1; sequence <= FilesEach; ++sequence) {
                    SyncFile file;
                    QCOMPARE(open(on, computerOf[writer], sequence, &file), SyncFile::Status::Ok);
                    QCOMPARE(file.payload, payloadOf(writer, sequence));
                }
            }
            QCOMPARE(conflictCopiesIn(m_pair->folder(on)), QStringList());
            const SyncFolder::Listing listing = SyncFolder(m_pair->folder(on)).list();
            QStringList skipped;
            for (const SyncFolder::Skipped& entry : listing.skipped)
                skipped.append(entry.path + QStringLiteral(": ") + entry.reason);
            QCOMPARE(skipped, QStringList());
        }
    }

    // Syncthing writes what arrives under a temporary name and renames it once whole: the
    // listing on the receiving computer never offers a file that does not open.
    void aLargeFileIsListedOnlyOnceWhole()
    {
        QString error;
        // Slow enough (about 3 s for 20 MB) that the listing is looked at many times meanwhile.
        QVERIFY2(m_pair->limitReceiveRate(SyncthingPair::B, 8 * 1024, &error), qPrintable(error));
        const auto unlimit = qScopeGuard([&] { m_pair->limitReceiveRate(SyncthingPair::B, 0, &error); });

        const QByteArray computer = newComputerId();
        const QByteArray payload = randomBytes(20 * 1024 * 1024);
        error = write(SyncthingPair::A, computer, 1, payload);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        const QDeadlineTimer deadline(ArrivalTimeout);
        bool sawItArriving = false;
        bool arrived = false;
        int looks = 0;
        while (!arrived) {
            QVERIFY2(!deadline.hasExpired(),
                     qPrintable(QStringLiteral("the large file did not arrive within 30 s:\n") +
                                m_pair->logTail(SyncthingPair::B)));
            const SyncFolder::Listing listing = SyncFolder(m_pair->folder(SyncthingPair::B)).list();
            ++looks;
            for (const SyncFolder::Skipped& skipped : listing.skipped) {
                QVERIFY2(skipped.reason == QLatin1String("still arriving"),
                         qPrintable(skipped.path + QStringLiteral(": ") + skipped.reason));
                if (skipped.path.contains(QString::fromLatin1(computer.toHex())))
                    sawItArriving = true;
            }
            for (const SyncFolder::Entry& entry : listing.files) {
                SyncFile file;
                const SyncFile::Status status =
                    SyncFile::decode(contentsOf(entry.path), m_journal->session(), &file);
                QVERIFY2(status == SyncFile::Status::Ok,
                         qPrintable(QStringLiteral("listed but does not open (status %1): %2")
                                        .arg(int(status))
                                        .arg(entry.path)));
                if (entry.computerId == computer) {
                    QCOMPARE(file.payload, payload);
                    arrived = true;
                }
            }
            if (!arrived)
                QTest::qWait(20);
        }
        QVERIFY2(sawItArriving,
                 qPrintable(QStringLiteral("looked %1 times, never while it arrived").arg(looks)));
    }

    // Two journals of one account, each syncing through its own side of the pair: posts, an edit
    // made on both while apart (both versions kept) and a delete travel both ways, and both end
    // alike. Last: its files
    // are sealed under another account's key than the other tests'.
    void twoJournalsStayInStepThroughSyncthing()
    {
        const QString laptopPath = m_dir.filePath(QStringLiteral("laptop.sqlite3"));
        const QString desktopPath = m_dir.filePath(QStringLiteral("desktop.sqlite3"));
        auto laptop = std::make_unique<JournalFixture>(laptopPath);
        QVERIFY(laptop->isReady());
        laptop.reset();
        QVERIFY(QFile::copy(laptopPath, desktopPath));
        laptop = std::make_unique<JournalFixture>(laptopPath);
        JournalFixture desktop(desktopPath);
        QVERIFY(laptop->isReady() && desktop.isReady());
        // Ahead of the rounds' own wall clock, so that "later" here is later for the clock the
        // rounds move on too: the desktop's edit is the later one.
        qint64 now = QDateTime::currentMSecsSinceEpoch() + 3600 * 1000;
        const auto clock = [&now] { return now += 1000; };
        Journal onLaptop(laptop->connection(), laptop->session(), clock);
        Journal onDesktop(desktop.connection(), desktop.session(), clock);
        QString error;
        QVERIFY2(SyncRound::enable(laptop->connection(), laptop->session(), m_pair->folder(SyncthingPair::A),
                                   QStringLiteral("Laptop"), &error),
                 qPrintable(error));
        QVERIFY2(SyncRound::enable(desktop.connection(), desktop.session(), m_pair->folder(SyncthingPair::B),
                                   QStringLiteral("Desktop"), &error),
                 qPrintable(error));
        const auto texts = [](const Journal& journal) {
            QStringList found;
            for (const Post& post : journal.newest(100))
                found << post.text;
            return found;
        };
        // QTRY_* counts its waits, not the time the rounds take: a deadline of its own bounds it.
        const auto within = [](const std::function<bool()>& condition) {
            const QDeadlineTimer deadline(ArrivalTimeout);
            while (!condition()) {
                if (deadline.hasExpired())
                    return false;
                QTest::qWait(200);
            }
            return true;
        };
        const auto inStep = [&] {
            SyncRound(laptop->connection(), laptop->session()).run();
            SyncRound(desktop.connection(), desktop.session()).run();
            return texts(onLaptop) == texts(onDesktop);
        };

        StorageError stored;
        const std::optional<Post> shared = onLaptop.send(QStringLiteral("written on the laptop"), &stored);
        const std::optional<Post> doomed =
            onLaptop.send(QStringLiteral("to be deleted on the desktop"), &stored);
        QVERIFY(shared && doomed);
        SyncRound(laptop->connection(), laptop->session()).run();
        QVERIFY(within([&] { return inStep() && texts(onDesktop).size() == 2; }));

        // Apart: both edit one post (the desktop later), the desktop deletes another and writes one.
        QVERIFY(onLaptop.edit(shared->id, QStringLiteral("edited on the laptop"), &stored));
        QVERIFY(onDesktop.edit(shared->id, QStringLiteral("edited on the desktop, later"), &stored));
        QVERIFY(onDesktop.remove(doomed->id, &stored));
        QVERIFY(onDesktop.send(QStringLiteral("written on the desktop"), &stored));
        // The laptop's edit lost to the later one, and follows the post as a post of its own.
        QVERIFY(within([&] { return inStep() && texts(onLaptop).size() == 3; }));
        const QStringList shown = texts(onLaptop);
        QCOMPARE(shown.at(0), QStringLiteral("edited on the desktop, later"));
        QVERIFY2(shown.at(1).endsWith(QStringLiteral("\n\nedited on the laptop")), qPrintable(shown.at(1)));
        QCOMPARE(shown.at(2), QStringLiteral("written on the desktop"));
        QVERIFY(PostLedger(laptop->connection(), laptop->session()).check().clean());
        QVERIFY(PostLedger(desktop.connection(), desktop.session()).check().clean());
    }
};

QTEST_GUILESS_MAIN(TestSyncthing)
#include "tst_syncthing.moc"
