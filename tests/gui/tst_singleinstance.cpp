#include "support/TestSupport.h"

#include "gui/SingleInstance.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <memory>
#include <thread>

namespace {

// The real executable with the window on the offscreen platform, its settings in `configHome`.
std::unique_ptr<QProcess> startSoliloquy(const QStringList& arguments, const QString& configHome)
{
    auto process = std::make_unique<QProcess>();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome);
    environment.remove(QStringLiteral("SOLILOQUY_DATABASE"));
    process->setProcessEnvironment(environment);
    process->start(QDir(TestSupport::binaryDirectory()).filePath(QStringLiteral("soliloquy")), arguments);
    return process;
}

void stop(QProcess& process)
{
    if (process.state() == QProcess::NotRunning)
        return;
    process.terminate();
    if (!process.waitForFinished(10000)) {
        process.kill();
        process.waitForFinished();
    }
}

} // namespace

// One window per journal: a second start hands over to the running one and exits.
class TestSingleInstance : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString journal(const QString& name) const { return m_dir.filePath(name); }
    QString configHome() const { return m_dir.filePath(QStringLiteral("config")); }

    // Waits until the instance for `path` listens (it answers a "show").
    static bool answers(const QString& path)
    {
        // Each try waits up to half a second for the answer; events are handled in between.
        return QTest::qWaitFor(
            [&] { return SingleInstance(path).handOver(SingleInstance::ShowRequest, 500); }, 60000);
    }

private Q_SLOTS:
    void requestsFollowTheJournalFile()
    {
        const QString a = journal(QStringLiteral("a.sqlite3"));
        QFile journalFile(a);
        QVERIFY(journalFile.open(QIODevice::WriteOnly));
        QVERIFY(QFile::link(a, journal(QStringLiteral("link.sqlite3"))));
        for (const QString& sameFile :
             {m_dir.path() + QStringLiteral("/./a.sqlite3"), journal(QStringLiteral("link.sqlite3"))})
            QCOMPARE(SingleInstance::serverNameFor(sameFile), SingleInstance::serverNameFor(a));
        QVERIFY(SingleInstance::serverNameFor(a) !=
                SingleInstance::serverNameFor(journal(QStringLiteral("b.sqlite3"))));
        // Nothing beside the journal: the socket lives where the system keeps them.
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System),
                 (QStringList{QStringLiteral("a.sqlite3"), QStringLiteral("link.sqlite3")}));
    }

    // The socket names no path of the journal and is for its user alone.
    void onlyTheUserReachesTheSocket()
    {
        const QString path = journal(QStringLiteral("private.sqlite3"));
        SingleInstance window(path);
        QVERIFY(window.listen());
        QVERIFY(!window.fullServerName().contains(QStringLiteral("private")));
#ifdef Q_OS_UNIX
        const QFileInfo socket(window.fullServerName());
        QVERIFY2(socket.exists(), qPrintable(window.fullServerName()));
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                QFileDevice::WriteOther | QFileDevice::ExeOther;
        QCOMPARE(socket.permissions() & others, QFileDevice::Permissions());
#endif
    }

    void aRequestWaitingForTheWindowIsTakenWhenItListens()
    {
        const QString path = journal(QStringLiteral("waiting.sqlite3"));
        SingleInstance window(path);
        QSignalSpy received(&window, &SingleInstance::requestReceived);
        std::atomic<bool> handingOver = false;
        std::atomic<bool> answered = false;
        std::thread second([&path, &handingOver, &answered] {
            handingOver = true;
            answered = SingleInstance(path).handOver(SingleInstance::WriteRequest, 10000);
        });
        // The window is still starting when the second start asks; it listens a moment later.
        QTRY_VERIFY(handingOver);
        QVERIFY(!answered);
        QVERIFY(window.listen());
        QTRY_COMPARE(received.count(), 1);
        second.join();
        QVERIFY2(answered, "the second start learns that its request was taken");
        QCOMPARE(received.at(0).at(0).toString(), SingleInstance::WriteRequest);
    }

    void anUnansweredRequestIsNotCountedAsTaken()
    {
        const QString path = journal(QStringLiteral("hung.sqlite3"));
        // The journal is held by something that never listens (a command-line verb).
        QVERIFY2(!SingleInstance(path).handOver(SingleInstance::ShowRequest, 300),
                 "a window that does not answer is not counted as running");
    }

    void aSecondStartHandsOverAndExits()
    {
        const QString path = journal(QStringLiteral("journal.sqlite3"));
        auto first = startSoliloquy({QStringLiteral("--database"), path}, configHome());
        QVERIFY(first->waitForStarted(10000));
        QVERIFY2(answers(path), "the first start listens for later ones");

        auto second = startSoliloquy({QStringLiteral("--database"), path}, configHome());
        QVERIFY(second->waitForFinished(60000));
        QCOMPARE(second->exitStatus(), QProcess::NormalExit);
        QCOMPARE(second->exitCode(), 0);
        // The journal is locked by the first one: handed over, without a complaint.
        QVERIFY2(second->readAllStandardError().isEmpty(), "no complaint about the locked journal");
        QCOMPARE(first->state(), QProcess::Running);

        // `soliloquy write` with no account and no text opens the running window's composer.
        auto write =
            startSoliloquy({QStringLiteral("--database"), path, QStringLiteral("write")}, configHome());
        QVERIFY(write->waitForFinished(60000));
        QCOMPARE(write->exitCode(), 0);
        QVERIFY(
            QString::fromUtf8(write->readAllStandardOutput()).contains(QStringLiteral("ready for writing")));
        QCOMPARE(first->state(), QProcess::Running);
        stop(*first);
    }

    void anotherJournalGetsItsOwnWindow()
    {
        const QString one = journal(QStringLiteral("one.sqlite3"));
        const QString other = journal(QStringLiteral("other.sqlite3"));
        auto first = startSoliloquy({QStringLiteral("--database"), one}, configHome());
        QVERIFY(first->waitForStarted(10000));
        QVERIFY(answers(one));
        auto second = startSoliloquy({QStringLiteral("--database"), other}, configHome());
        QVERIFY(second->waitForStarted(10000));
        QVERIFY2(answers(other), "the second journal runs beside the first");
        QCOMPARE(second->state(), QProcess::Running);
        QCOMPARE(first->state(), QProcess::Running);
        stop(*second);
        stop(*first);
    }

    void aCrashedInstanceDoesNotStopTheNextStart()
    {
        const QString path = journal(QStringLiteral("crashed.sqlite3"));
        auto crashed = startSoliloquy({QStringLiteral("--database"), path}, configHome());
        QVERIFY(crashed->waitForStarted(10000));
        QVERIFY(answers(path));
        crashed->kill(); // SIGKILL: its lock file and socket stay behind
        QVERIFY(crashed->waitForFinished(10000));

        auto next = startSoliloquy({QStringLiteral("--database"), path}, configHome());
        QVERIFY(next->waitForStarted(10000));
        QVERIFY2(answers(path), "the next start takes over the stale lock");
        QCOMPARE(next->state(), QProcess::Running);
        stop(*next);
    }

    void writeWithoutARunningWindowStillNeedsAnAccount()
    {
        const QString path = journal(QStringLiteral("idle.sqlite3"));
        const TestSupport::ProcessResult result =
            TestSupport::runSoliloquy({QStringLiteral("--database"), path, QStringLiteral("write")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.standardError.contains(QStringLiteral("--username")),
                 qPrintable(result.standardError));
    }
};

QTEST_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
