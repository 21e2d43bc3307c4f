#include "support/TestSupport.h"

#include "storage/JournalInspector.h"

#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

// A writer killed with SIGKILL at random points must never lose a post it reported saved.
class TestCrashSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyReportedPostSurvivesSigkill()
    {
        QTemporaryDir dir;
        const QString journal = dir.filePath(QStringLiteral("journal.sqlite3"));
        QMap<qint64, qint64> reported; // post id -> body size
        QRandomGenerator random(20261125);

        for (int round = 0; round < 20; ++round) {
            QProcess writer;
            writer.start(QDir(TestSupport::binaryDirectory()).filePath(QStringLiteral("crash_writer")),
                         {journal});
            QVERIFY(writer.waitForStarted());
            // The lock left by the killed writer of the last round must not keep this one out.
            QTRY_VERIFY_WITH_TIMEOUT(writer.canReadLine() || writer.state() != QProcess::Running, 20000);
            QCOMPARE(writer.readLine().trimmed(), QByteArray("ready"));
            // At least one post saved before the kill, however slow a busy machine makes the writer.
            QByteArray output;
            QTRY_VERIFY_WITH_TIMEOUT((output += writer.readAllStandardOutput()).contains("saved "), 20000);
            QTest::qWait(int(random.bounded(20, 250)));
            ::kill(pid_t(writer.processId()), SIGKILL);
            QVERIFY(writer.waitForFinished());
            QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
            output += writer.readAllStandardOutput();
            int savedThisRound = 0;
            for (const QByteArray& line : output.split('\n')) {
                const QList<QByteArray> parts = line.split(' ');
                if (parts.size() == 3 && parts.at(0) == "saved") {
                    reported.insert(parts.at(1).toLongLong(), parts.at(2).toLongLong());
                    ++savedThisRound;
                }
            }
            QVERIFY2(savedThisRound > 0, writer.readAllStandardError().constData());
        }

        // Every post the writers reported saved is there, whole, and the file is healthy.
        QCOMPARE(TestSupport::queryValue(journal, QStringLiteral("PRAGMA quick_check")).toString(),
                 QStringLiteral("ok"));
        for (auto it = reported.cbegin(); it != reported.cend(); ++it) {
            const QVariant size = TestSupport::queryValue(
                journal, QStringLiteral("SELECT length(body) FROM posts WHERE id = %1").arg(it.key()));
            QVERIFY2(size.isValid(), qPrintable(QStringLiteral("post %1 was lost").arg(it.key())));
            QCOMPARE(size.toLongLong(), it.value());
        }
        StorageError error;
        QVERIFY(JournalInspector::problems(journal, &error).isEmpty());
        qInfo("%lld posts reported saved over 20 kills, all present", qint64(reported.size()));
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
