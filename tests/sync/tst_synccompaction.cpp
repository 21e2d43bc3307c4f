#include "support/JournalFixture.h"
#include "support/TestSupport.h"

#include "core/Journal.h"
#include "core/PostLedger.h"
#include "core/SyncCompaction.h"
#include "core/SyncRound.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

namespace {

// One computer keeping the journal: its own journal file, unlocked.
struct Computer
{
    std::unique_ptr<JournalFixture> fixture; // the first computer's
    std::unique_ptr<Database> database;      // a computer that joined
    std::unique_ptr<Session> session;
    std::unique_ptr<Journal> journal;

    QSqlDatabase connection() const { return fixture ? fixture->connection() : database->connection(); }
    const Session& unlocked() const { return fixture ? fixture->session() : *session; }
    SyncRound::Report sync() const { return SyncRound(connection(), unlocked()).run(); }
    QStringList texts() const
    {
        QStringList texts;
        for (const Post& post : journal->newest(100))
            texts << post.text;
        return texts;
    }
};

QByteArray aPicture()
{
    QImage image(40, 30, QImage::Format_RGB32);
    image.fill(Qt::darkMagenta);
    QByteArray png;
    QBuffer buffer(&png);
    return buffer.open(QIODevice::WriteOnly) && image.save(&buffer, "PNG") ? png : QByteArray();
}

QString problemsOf(const SyncRound::Report& report)
{
    return report.problems.join(QLatin1Char('\n'));
}

} // namespace

// Snapshots and the removal of change files: a folder that does not grow without end, and a
// computer that joins without replaying every change, with nothing lost on the way.
class TestSyncCompaction : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_folder;
    int m_journals = 0;
    qint64 m_clock = 1764000000000;

    std::function<qint64()> clock()
    {
        return [this] { return m_clock += 1000; };
    }

    QString newPath() { return m_dir.filePath(QStringLiteral("journal%1.sqlite3").arg(++m_journals)); }

    // The first computer: a new journal with the account (or a copy of `journal`, the same
    // account), and sync turned on with the folder.
    std::unique_ptr<Computer> first(const QString& name, const QString& journal = {})
    {
        auto computer = std::make_unique<Computer>();
        const QString path = newPath();
        if (!journal.isEmpty() && !QFile::copy(journal, path))
            return nullptr;
        computer->fixture = std::make_unique<JournalFixture>(path);
        if (!computer->fixture->isReady())
            return nullptr;
        computer->journal = std::make_unique<Journal>(computer->connection(), computer->unlocked(), clock());
        QString error;
        if (!SyncRound::enable(computer->connection(), computer->unlocked(), m_folder, name, &error)) {
            qWarning() << error;
            return nullptr;
        }
        return computer;
    }

    // A computer that joins the account from the folder, with a journal of its own.
    std::unique_ptr<Computer> joining(const QString& name)
    {
        auto computer = std::make_unique<Computer>();
        computer->database = std::make_unique<Database>(newPath());
        if (!computer->database->open())
            return nullptr;
        QString error;
        computer->session = SyncRound::join(computer->connection(), m_folder, QStringLiteral("ann"),
                                            JournalFixture::password(), name, &error);
        if (!computer->session) {
            qWarning() << error;
            return nullptr;
        }
        computer->journal = std::make_unique<Journal>(computer->connection(), computer->unlocked(), clock());
        return computer;
    }

    // The files of one kind in the folder, by computer, then sequence.
    QList<SyncFolder::Entry> filesOf(SyncFile::Kind kind, const Computer* writer = nullptr) const
    {
        QList<SyncFolder::Entry> found;
        const std::optional<SyncState::Settings> settings =
            writer ? SyncState(writer->connection()).settings(writer->unlocked().userId()) : std::nullopt;
        const QList<SyncFolder::Entry> files = SyncFolder(m_folder).list().files;
        for (const SyncFolder::Entry& entry : files) {
            if (entry.kind == kind && (!settings || entry.computerId == settings->computerId))
                found << entry;
        }
        return found;
    }

    static bool write(Computer& computer, const QString& text)
    {
        StorageError error;
        return computer.journal->send(text, &error).has_value();
    }

    static bool writeThree(Computer& computer)
    {
        return write(computer, QStringLiteral("one")) && write(computer, QStringLiteral("two")) &&
               write(computer, QStringLiteral("three"));
    }

    // The laptop with sync on and the account in the folder, and the desktop joined to it.
    bool laptopAndDesktop(std::unique_ptr<Computer>* laptop, std::unique_ptr<Computer>* desktop)
    {
        *laptop = first(QStringLiteral("Laptop"));
        if (!*laptop)
            return false;
        (*laptop)->sync();
        *desktop = joining(QStringLiteral("Desktop"));
        return *desktop != nullptr;
    }

    // Damages the snapshot at `path`; a new computer that joins then reports it, never applies
    // it, and has the laptop's posts all the same from `applied` other files.
    void joinPastDamagedSnapshot(const Computer& laptop, const QString& path, int applied)
    {
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QByteArray bytes = file.readAll();
            bytes[bytes.size() - 5] = char(bytes.at(bytes.size() - 5) ^ 0x20);
            file.seek(0);
            file.write(bytes);
        }
        const std::unique_ptr<Computer> tablet = joining(QStringLiteral("Tablet"));
        QVERIFY(tablet);
        const SyncRound::Report report = tablet->sync();
        QCOMPARE(report.problems.size(), 1);
        QVERIFY2(report.problems.first().contains(QStringLiteral("does not open")) &&
                     report.problems.first().contains(QFileInfo(path).fileName()),
                 qPrintable(problemsOf(report)));
        QCOMPARE(report.applied, applied);
        QCOMPARE(tablet->texts(), laptop.texts());
        QCOMPARE(tablet->texts().size(), 3);
        QVERIFY(PostLedger(tablet->connection(), tablet->unlocked()).check().clean());
    }

private Q_SLOTS:
    void initTestCase() { useFastKeyDerivation(); }

    void init()
    {
        m_folder = m_dir.filePath(QStringLiteral("Sync%1").arg(m_journals));
        // A snapshot once three change files have come since the last one.
        SyncCompaction::setLimits({qint64(1) << 40, 3});
    }

    void aSnapshotIsWrittenOnceChangesAddUpAndReplacesTheOlderOne()
    {
        const std::unique_ptr<Computer> laptop = first(QStringLiteral("Laptop"));
        QVERIFY(laptop);
        QVERIFY(write(*laptop, QStringLiteral("one")));
        QVERIFY(write(*laptop, QStringLiteral("two")));
        SyncRound::Report report = laptop->sync();
        QVERIFY2(report.problems.isEmpty(), qPrintable(problemsOf(report)));
        QVERIFY(!report.snapshotWritten);
        QCOMPARE(filesOf(SyncFile::Kind::Changes).size(), 2);

        QVERIFY(write(*laptop, QStringLiteral("three")));
        report = laptop->sync();
        QVERIFY2(report.problems.isEmpty(), qPrintable(problemsOf(report)));
        QVERIFY(report.snapshotWritten);
        QList<SyncFolder::Entry> snapshots = filesOf(SyncFile::Kind::Snapshot);
        QCOMPARE(snapshots.size(), 1);
        QCOMPARE(snapshots.first().sequence, quint64(3)); // after the last change it holds
        QCOMPARE(filesOf(SyncFile::Kind::Progress).size(), 1);
        // The only computer known holds them all in its snapshot: its change files go.
        QCOMPARE(report.removed, 3);
        QVERIFY(filesOf(SyncFile::Kind::Changes).isEmpty());

        for (const QString& text : {QStringLiteral("four"), QStringLiteral("five"), QStringLiteral("six")})
            QVERIFY(write(*laptop, text));
        report = laptop->sync();
        QVERIFY(report.snapshotWritten);
        snapshots = filesOf(SyncFile::Kind::Snapshot);
        QCOMPARE(snapshots.size(), 1);
        QCOMPARE(snapshots.first().sequence, quint64(6));
        const QList<SyncFolder::Entry> progress = filesOf(SyncFile::Kind::Progress);
        QCOMPARE(progress.size(), 1);
        QCOMPARE(progress.first().sequence, quint64(6));
    }

    void aLargerJournalWaitsForMoreChanges()
    {
        // By size alone: any change is enough at first, then half the last snapshot.
        SyncCompaction::setLimits({1, qint64(1) << 40});
        const std::unique_ptr<Computer> laptop = first(QStringLiteral("Laptop"));
        QVERIFY(laptop);
        for (int i = 0; i < 10; ++i)
            QVERIFY(write(*laptop, QStringLiteral("a post of some length, number %1").arg(i)));
        QVERIFY(laptop->sync().snapshotWritten);
        QVERIFY(write(*laptop, QStringLiteral("one more")));
        QVERIFY(!laptop->sync().snapshotWritten); // far from half of ten posts
        for (int i = 0; i < 6; ++i)
            QVERIFY(write(*laptop, QStringLiteral("a post of some length, number %1").arg(i + 10)));
        QVERIFY(laptop->sync().snapshotWritten);
    }

    void changeFilesGoOnceTheOtherComputerHoldsThem()
    {
        std::unique_ptr<Computer> laptop;
        std::unique_ptr<Computer> desktop;
        QVERIFY(laptopAndDesktop(&laptop, &desktop));
        QVERIFY(write(*desktop, QStringLiteral("the desktop's own")));
        QCOMPARE(desktop->sync().sent, 1);
        QVERIFY(writeThree(*laptop));
        SyncRound::Report report = laptop->sync();
        QVERIFY(report.snapshotWritten);
        // The desktop has no snapshot yet: it may still need every file.
        QCOMPARE(report.removed, 0);
        QCOMPARE(filesOf(SyncFile::Kind::Changes, laptop.get()).size(), 3);

        report = desktop->sync();
        QVERIFY2(report.problems.isEmpty(), qPrintable(problemsOf(report)));
        QCOMPARE(report.applied, 3);
        QVERIFY(report.snapshotWritten); // four files sent and applied since it joined
        QCOMPARE(desktop->texts(), laptop->texts());

        report = laptop->sync();
        QCOMPARE(report.removed, 3);
        QVERIFY(filesOf(SyncFile::Kind::Changes, laptop.get()).isEmpty());
        // Both still have everything, and a round more changes nothing.
        QCOMPARE(desktop->sync().applied, 0);
        QCOMPARE(desktop->texts().size(), 4);
        QCOMPARE(laptop->texts(), desktop->texts());
    }

    void aKnownComputerWithoutASnapshotKeepsEveryFile()
    {
        std::unique_ptr<Computer> laptop;
        std::unique_ptr<Computer> desktop;
        QVERIFY(laptopAndDesktop(&laptop, &desktop));
        QVERIFY(write(*desktop, QStringLiteral("the desktop's own")));
        desktop->sync();
        const std::unique_ptr<Computer> tablet = joining(QStringLiteral("Tablet"));
        QVERIFY(tablet);
        QVERIFY(write(*tablet, QStringLiteral("the tablet's own")));
        QVERIFY(!tablet->sync().snapshotWritten); // known from now on, and then away
        QVERIFY(writeThree(*laptop));
        QVERIFY(laptop->sync().snapshotWritten);
        QVERIFY(desktop->sync().snapshotWritten);
        SyncRound::Report report = laptop->sync();
        QCOMPARE(report.removed, 0);
        QCOMPARE(filesOf(SyncFile::Kind::Changes, laptop.get()).size(), 3);

        // The tablet comes back: it applies the laptop's changes, then holds them in a snapshot too.
        report = tablet->sync();
        QVERIFY2(report.problems.isEmpty(), qPrintable(problemsOf(report)));
        QCOMPARE(report.applied, 3);
        QVERIFY(report.snapshotWritten);
        QCOMPARE(tablet->texts(), laptop->texts());
        QCOMPARE(laptop->sync().removed, 3);
        QVERIFY(filesOf(SyncFile::Kind::Changes, laptop.get()).isEmpty());
        QCOMPARE(laptop->texts().size(), 5);
    }

    void aNewComputerJoinsFromASnapshot()
    {
        const std::unique_ptr<Computer> laptop = first(QStringLiteral("Laptop"));
        QVERIFY(laptop);
        StorageError error;
        const QByteArray png = aPicture();
        const std::optional<Post> picture =
            laptop->journal->send(QStringLiteral("a picture"),
                                  {NewPicture{png, QStringLiteral("image/png"), QSize(40, 30)}}, &error);
        const std::optional<Post> edited = laptop->journal->send(QStringLiteral("to be edited"), &error);
        const std::optional<Post> deleted = laptop->journal->send(QStringLiteral("to be deleted"), &error);
        QVERIFY(picture && edited && deleted);
        QVERIFY(laptop->journal->edit(edited->id, QStringLiteral("edited"), &error));
        QVERIFY(laptop->journal->remove(deleted->id, &error));
        SyncRound::Report report = laptop->sync();
        QVERIFY(report.snapshotWritten);
        QCOMPARE(report.removed, report.sent); // the only computer known holds them all
        QVERIFY(report.sent >= 5);
        // One change after the snapshot.
        QVERIFY(write(*laptop, QStringLiteral("after the snapshot")));
        QVERIFY(!laptop->sync().snapshotWritten);

        const std::unique_ptr<Computer> desktop = joining(QStringLiteral("Desktop"));
        QVERIFY(desktop);
        report = desktop->sync();
        QVERIFY2(report.problems.isEmpty(), qPrintable(problemsOf(report)));
        QCOMPARE(report.applied, 2); // the snapshot and the one change after it
        QCOMPARE(desktop->texts(), QStringList({QStringLiteral("a picture"), QStringLiteral("edited"),
                                                QStringLiteral("after the snapshot")}));
        const std::optional<Post> arrived = desktop->journal->post(picture->id);
        QVERIFY(arrived);
        QCOMPARE(arrived->pictures.size(), 1);
        QCOMPARE(desktop->journal->pictureBytes(arrived->pictures.first().attachmentId), png);
        QVERIFY(PostLedger(desktop->connection(), desktop->unlocked()).check().clean());

        // Rounds again change nothing, on either side.
        const QList<SyncFolder::Entry> before = SyncFolder(m_folder).list().files;
        for (int i = 0; i < 2; ++i) {
            for (const Computer* computer : {desktop.get(), laptop.get()}) {
                report = computer->sync();
                QVERIFY2(report.problems.isEmpty(), qPrintable(problemsOf(report)));
                QCOMPARE(report.applied, 0);
                QCOMPARE(report.sent, 0);
                QCOMPARE(report.removed, 0);
                QVERIFY(!report.snapshotWritten);
            }
        }
        const QList<SyncFolder::Entry> after = SyncFolder(m_folder).list().files;
        QCOMPARE(after.size(), before.size());
        for (qsizetype i = 0; i < after.size(); ++i)
            QCOMPARE(after.at(i).path, before.at(i).path);
        QCOMPARE(desktop->texts().size(), 3);

        // What the new computer writes reaches the first.
        QVERIFY(write(*desktop, QStringLiteral("from the new computer")));
        desktop->sync();
        laptop->sync();
        QCOMPARE(laptop->texts(), desktop->texts());
    }

    void aDamagedSnapshotIsReportedAndAnotherOneUsed()
    {
        std::unique_ptr<Computer> laptop;
        std::unique_ptr<Computer> desktop;
        QVERIFY(laptopAndDesktop(&laptop, &desktop));
        desktop->sync();
        QVERIFY(writeThree(*laptop));
        laptop->sync();
        QVERIFY(desktop->sync().snapshotWritten);
        QCOMPARE(laptop->sync().removed, 3);
        // The desktop's snapshot is the newer one: it would be taken first.
        const QList<SyncFolder::Entry> desktopSnapshots = filesOf(SyncFile::Kind::Snapshot, desktop.get());
        QCOMPARE(desktopSnapshots.size(), 1);
        joinPastDamagedSnapshot(*laptop, desktopSnapshots.first().path, 1); // from the laptop's snapshot
    }

    void aDamagedSnapshotLeavesTheChangeFiles()
    {
        std::unique_ptr<Computer> laptop;
        std::unique_ptr<Computer> desktop;
        QVERIFY(laptopAndDesktop(&laptop, &desktop));
        desktop->sync(); // known, without a snapshot: every change file stays
        QVERIFY(writeThree(*laptop));
        QVERIFY(laptop->sync().snapshotWritten);
        const QList<SyncFolder::Entry> snapshots = filesOf(SyncFile::Kind::Snapshot);
        QCOMPARE(snapshots.size(), 1);
        joinPastDamagedSnapshot(*laptop, snapshots.first().path, 3); // every change file instead
    }

    void aComputerLeftBehindIsToldToJoinAgain()
    {
        // The desktop's journal is a copy of the laptop's: one account. It turns sync on, with
        // posts of its own, only after the laptop has folded its changes into a snapshot and
        // removed them (a computer is known, and holds files back, from the moment it turns
        // sync on).
        const QString journal = m_dir.filePath(QStringLiteral("left-behind.sqlite3"));
        QVERIFY(JournalFixture(journal).isReady());
        const std::unique_ptr<Computer> laptop = first(QStringLiteral("Laptop"), journal);
        QVERIFY(laptop);
        QVERIFY(writeThree(*laptop));
        QCOMPARE(laptop->sync().removed, 3);
        const std::unique_ptr<Computer> desktop = first(QStringLiteral("Desktop"), journal);
        QVERIFY(desktop);
        QVERIFY(write(*desktop, QStringLiteral("the desktop's own")));

        for (int round = 0; round < 2; ++round) {
            const SyncRound::Report report = desktop->sync();
            QCOMPARE(report.problems.size(), 1);
            QVERIFY2(report.problems.first().contains(QStringLiteral("Laptop")) &&
                         report.problems.first().contains(QStringLiteral("no longer in the sync folder")) &&
                         report.problems.first().contains(QStringLiteral("join the account again")),
                     qPrintable(problemsOf(report)));
            QCOMPARE(report.applied, 0);
            QCOMPARE(desktop->texts(), QStringList({QStringLiteral("the desktop's own")}));
        }
    }

    void aForgedCoverageIsRefused()
    {
        SyncSnapshot::Coverage covered;
        covered.insert(QByteArray(16, 'a'), 7);
        covered.insert(QByteArray(16, 'b'), 9);
        const QByteArray bytes = SyncSnapshot::encodeCoverage(covered);
        const std::optional<SyncSnapshot::Coverage> decoded = SyncSnapshot::decodeCoverage(bytes);
        QVERIFY(decoded && *decoded == covered);
        // A count of computers past what the bytes hold is refused before anything is made.
        QByteArray forged = bytes;
        forged[0] = char(0x7f);
        QVERIFY(!SyncSnapshot::decodeCoverage(forged));
        QVERIFY(!SyncSnapshot::decode(forged));
        QVERIFY(!SyncSnapshot::decodeCoverage(bytes.left(bytes.size() - 1)));
        QVERIFY(!SyncSnapshot::decodeCoverage(bytes + "x")); // a .progress file holds nothing more
        const std::optional<SyncSnapshot> snapshot = SyncSnapshot::decode(bytes + "changes");
        QVERIFY(snapshot);
        QCOMPARE(snapshot->covered, covered);
        QCOMPARE(snapshot->changes, QByteArrayLiteral("changes"));
    }
};

QTEST_GUILESS_MAIN(TestSyncCompaction)
#include "tst_synccompaction.moc"
