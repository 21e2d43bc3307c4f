#include "support/JournalFixture.h"
#include "support/TestSupport.h"

#include "core/Journal.h"
#include "core/PostLedger.h"
#include "core/SyncRound.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace TestSupport;

namespace {

// As many posts as make applying them take a while, in one file from the other computer.
constexpr int PostsInTheFile = 6000;

// Whether the process `pid` has the file at `path` open.
bool hasOpen(qint64 pid, const QString& path)
{
    const QDir descriptors(QStringLiteral("/proc/%1/fd").arg(pid));
    const QStringList entries = descriptors.entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot);
    return std::any_of(entries.cbegin(), entries.cend(), [&](const QString& entry) {
        return QFileInfo(descriptors.filePath(entry)).symLinkTarget() == path;
    });
}

} // namespace

// `soliloquy sync` killed while it applies a large file of another computer's changes: the
// journal opens whole, with the file applied entirely or not at all, and the next round
// finishes the job.
class TestSyncCrash : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString laptop() const { return m_dir.filePath(QStringLiteral("laptop.sqlite3")); }
    QString desktop() const { return m_dir.filePath(QStringLiteral("desktop.sqlite3")); }
    QString folder() const { return m_dir.filePath(QStringLiteral("Sync")); }
    QStringList syncArguments() const
    {
        return {QStringLiteral("--database"), desktop(),
                QStringLiteral("sync"),       QStringLiteral("--username"),
                QStringLiteral("ann"),        QStringLiteral("--password-stdin")};
    }
    QByteArray password() const { return JournalFixture::password().toUtf8() + '\n'; }

    // Each post of `path`'s journal: id, time and text.
    static QStringList postsOf(const QString& path)
    {
        JournalFixture computer(path);
        if (!computer.isReady())
            return {QStringLiteral("the journal does not open")};
        QStringList posts;
        for (const Post& post : Journal(computer.connection(), computer.session()).newest(2 * PostsInTheFile))
            posts << QStringLiteral("%1 %2 %3").arg(post.id).arg(post.createdAt).arg(post.text);
        return posts;
    }

private Q_SLOTS:
    // The laptop's journal of many posts goes into the folder as one file; the desktop (the same
    // account, copied before the posts were written) syncs with the same folder.
    void initTestCase()
    {
        useFastKeyDerivation();
        {
            JournalFixture computer(laptop());
            QVERIFY(computer.isReady());
        }
        QVERIFY(QFile::copy(laptop(), desktop()));
        JournalFixture writer(laptop());
        QVERIFY(writer.isReady());
        QVERIFY(seedPosts(writer.connection(), writer.session(), PostsInTheFile, JournalFixture::RegisteredAt,
                          60000, [](int i) {
                              return QStringLiteral("post %1, long enough to weigh something in the file: "
                                                    "the quick brown fox jumps over the lazy dog")
                                  .arg(i);
                          }));
        QString error;
        QVERIFY2(SyncRound::enable(writer.connection(), writer.session(), folder(), QStringLiteral("Laptop"),
                                   &error),
                 qPrintable(error));
        QCOMPARE(SyncRound(writer.connection(), writer.session()).run().sent, 1);
        JournalFixture reader(desktop());
        QVERIFY(reader.isReady());
        QVERIFY2(SyncRound::enable(reader.connection(), reader.session(), folder(), QStringLiteral("Desktop"),
                                   &error),
                 qPrintable(error));
    }

    void aRoundKilledWhileApplyingLeavesTheJournalWhole()
    {
        if (!QFileInfo::exists(QStringLiteral("/proc/self/fd")))
            QSKIP("this system does not show which files a process has open (/proc)");
        const QList<SyncFolder::Entry> files = SyncFolder(folder()).list().files;
        QCOMPARE(files.size(), 1);
        const QString changes = QFileInfo(files.first().path).canonicalFilePath();

        // Killed once the file is open (read, opened, applied: it stays open until committed),
        // then later and later into the apply, until a round gets through on its own.
        int killed = 0;
        for (const int delay : {0, 50, 200, 600, 1500, 3000}) {
            QProcess round;
            QVERIFY(startSoliloquy(round, syncArguments(), password()));
            const qint64 pid = round.processId();
            QVERIFY(pid > 0);
            QDeadlineTimer deadline(60000);
            while (!hasOpen(pid, changes) && round.state() == QProcess::Running && !deadline.hasExpired())
                QTest::qWait(1);
            QVERIFY2(!deadline.hasExpired(), "the round never opened the file");
            // The round may end by itself within the delay; only a round still running is killed
            // (and nothing in between lets QProcess reap it, so the id is still its own).
            if (round.state() == QProcess::Running && !round.waitForFinished(delay) &&
                round.state() == QProcess::Running)
                ::kill(pid_t(pid), SIGKILL);
            QVERIFY(round.state() == QProcess::NotRunning || round.waitForFinished(60000));
            if (round.exitStatus() == QProcess::NormalExit) {
                QVERIFY2(round.exitCode() == 0, round.readAllStandardError().constData());
                break; // applied before the kill came
            }
            ++killed;

            // The file opens, healthy; the changes are all there or none of them, and the journal
            // knows which; the record of posts agrees with the posts.
            QCOMPARE(queryValue(desktop(), QStringLiteral("PRAGMA integrity_check")).toString(),
                     QStringLiteral("ok"));
            const qint64 posts =
                queryValue(desktop(), QStringLiteral("SELECT count(*) FROM posts")).toLongLong();
            const qint64 applied =
                queryValue(desktop(), QStringLiteral("SELECT coalesce(max(sequence), 0) FROM sync_applied"))
                    .toLongLong();
            QVERIFY2((posts == 0 && applied == 0) || (posts == PostsInTheFile && applied == 1),
                     qPrintable(QStringLiteral("killed after %1 ms: %2 posts, file %3 applied")
                                    .arg(delay)
                                    .arg(posts)
                                    .arg(applied)));
            qInfo("killed %d ms after the file was opened: %s", delay,
                  posts == 0 ? "nothing applied" : "all applied");
            JournalFixture computer(desktop());
            QVERIFY(computer.isReady());
            QVERIFY(PostLedger(computer.connection(), computer.session()).check().clean());
        }
        QVERIFY2(killed > 0, "every round ended before it could be killed");

        // The next round finishes what was cut short, and the journals are the same.
        const ProcessResult finished = runSoliloquy(syncArguments(), password());
        QVERIFY2(finished.exitCode == 0, qPrintable(finished.standardError));
        QCOMPARE(queryValue(desktop(), QStringLiteral("PRAGMA integrity_check")).toString(),
                 QStringLiteral("ok"));
        const QStringList posts = postsOf(desktop());
        QCOMPARE(posts.size(), PostsInTheFile);
        QCOMPARE(posts, postsOf(laptop()));
        const ProcessResult checked = runSoliloquy(
            {QStringLiteral("--database"), desktop(), QStringLiteral("db"), QStringLiteral("check"),
             QStringLiteral("--username"), QStringLiteral("ann"), QStringLiteral("--password-stdin")},
            password());
        QVERIFY2(checked.exitCode == 0, qPrintable(checked.standardError));
    }
};

QTEST_GUILESS_MAIN(TestSyncCrash)
#include "tst_synccrash.moc"
