#include "support/TestSupport.h"

#include "gui/SingleInstance.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

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
        QDeadlineTimer deadline(60000);
        while (!deadline.hasExpired()) {
            if (SingleInstance(path).handOver(SingleInstance::ShowRequest, 500))
                return true;
            QTest::qWait(200);
        }
        return false;
    }

private Q_SLOTS:
    void theServerNameFollowsTheJournalFile()
    {
        const QString a = journal(QStringLiteral("a.sqlite3"));
        QCOMPARE(SingleInstance::serverNameFor(a),
                 SingleInstance::serverNameFor(m_dir.path() + QStringLiteral("/./a.sqlite3")));
        QVERIFY(SingleInstance::serverNameFor(a) !=
                SingleInstance::serverNameFor(journal(QStringLiteral("b.sqlite3"))));
        QVERIFY(SingleInstance::serverNameFor(a).startsWith(QStringLiteral("soliloquy-")));
    }

    void nobodyAnswersWhenNothingRuns()
    {
        QVERIFY(!SingleInstance(journal(QStringLiteral("nothing.sqlite3")))
                     .handOver(SingleInstance::ShowRequest, 500));
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
        // It did not even try the journal, whose lock the first one holds.
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
        QVERIFY(answers(one));
        auto second = startSoliloquy({QStringLiteral("--database"), other}, configHome());
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
        QVERIFY(answers(path));
        crashed->kill(); // SIGKILL: its socket file stays behind
        QVERIFY(crashed->waitForFinished(10000));

        auto next = startSoliloquy({QStringLiteral("--database"), path}, configHome());
        QVERIFY2(answers(path), "the next start takes over the stale socket");
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
