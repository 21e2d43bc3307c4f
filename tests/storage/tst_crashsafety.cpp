#include "support/TestSupport.h"

#include "core/AccountService.h"
#include "core/Journal.h"
#include "core/PostLedger.h"
#include "storage/Database.h"
#include "storage/JournalInspector.h"
#include "storage/Migration.h"

#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <csignal>

namespace {

struct PowerCutRun
{
    QList<QByteArray> acknowledged; // what the writer told as done before the power went
    qint64 operations = 0;          // set when the power never went
};

PowerCutRun runPowerCut(qint64 cutAt, const QString& mode, const QString& journal, const QString& file = {})
{
    QProcess writer;
    writer.start(QDir(TestSupport::binaryDirectory()).filePath(QStringLiteral("crash_writer")),
                 {QStringLiteral("--power-cut"), QString::number(cutAt), mode, journal, file});
    writer.waitForFinished(120000);
    PowerCutRun run;
    for (const QByteArray& line : writer.readAllStandardOutput().split('\n')) {
        if (line.startsWith("operations "))
            run.operations = line.mid(11).toLongLong();
        else if (!line.isEmpty())
            run.acknowledged << line;
    }
    if (cutAt == 0 && writer.exitCode() != 0)
        qWarning("%s", writer.readAllStandardError().constData());
    return run;
}

// Where to cut: spread over the whole run, and each of its last operations (the commit,
// the checkpoint, the restore's renames).
QList<qint64> cutPoints(qint64 operations)
{
    QList<qint64> points;
    constexpr int Spread = 24;
    for (int i = 0; i < Spread; ++i)
        points << 1 + (operations - 1) * i / (Spread - 1);
    for (qint64 last = qMax<qint64>(1, operations - 8); last <= operations; ++last)
        points << last;
    std::sort(points.begin(), points.end());
    points.erase(std::unique(points.begin(), points.end()), points.end());
    return points;
}

void copyFolder(const QString& from, const QString& to)
{
    QDir().mkpath(to);
    for (const QString& name : QDir(from).entryList(QDir::Files))
        QFile::copy(QDir(from).filePath(name), QDir(to).filePath(name));
}

qint64 postCount(Database& database)
{
    QSqlQuery query(database.connection());
    return query.exec(QStringLiteral("SELECT count(*) FROM posts")) && query.next()
               ? query.value(0).toLongLong()
               : -1;
}

} // namespace

// A writer killed with SIGKILL at random points must never lose a post it reported saved;
// and a power cut, which also loses what the disk was not made to keep, loses nothing
// acknowledged either and always leaves a journal that opens.
class TestCrashSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestSupport::useFastKeyDerivation(); }

    void everyAcknowledgedStepSurvivesAPowerCut_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::newRow("sending posts") << QStringLiteral("send");
        QTest::newRow("importing") << QStringLiteral("import");
        QTest::newRow("upgrading from version 2") << QStringLiteral("migrate");
        QTest::newRow("restoring a backup") << QStringLiteral("restore");
    }

    void everyAcknowledgedStepSurvivesAPowerCut()
    {
        QFETCH(QString, mode);
        QTemporaryDir dir;
        // What each run starts from: made without power cuts.
        const QString start = dir.filePath(QStringLiteral("start"));
        QDir().mkpath(start);
        const QString startJournal = start + QStringLiteral("/journal.sqlite3");
        QString file;
        qint64 postsBefore = 0;
        qint64 postsInBackup = 0;
        if (mode == QLatin1String("migrate")) {
            QVERIFY(TestSupport::createJournal(startJournal, 2));
            QVERIFY(TestSupport::execSql(
                startJournal,
                {QStringLiteral(
                     "INSERT INTO users (username, email, password_hash, key_salt, wrapped_key_password, "
                     "wrapped_key_recovery, created_at) VALUES ('ann', 'a@example.org', 'h', x'00', "
                     "x'01', x'02', 1)"),
                 QStringLiteral("INSERT INTO posts (user_id, body, created_at) VALUES (1, x'cafe', 10), "
                                "(1, x'f00d', 20)")}));
            postsBefore = 2;
        } else if (mode == QLatin1String("import")) {
            file = QStringLiteral(SOLILOQUY_TEST_DATA "/jrnl.json");
        } else if (mode == QLatin1String("restore")) {
            QCOMPARE(runPowerCut(0, QStringLiteral("send"), startJournal).acknowledged.size(), 14);
            file = start + QStringLiteral("/backup.sqlite3");
            {
                Database database(startJournal);
                QVERIFY(database.open());
                QVERIFY(!database.backupTo(file).isError());
            }
            QCOMPARE(runPowerCut(0, QStringLiteral("send"), startJournal).acknowledged.size(), 14);
            postsInBackup = 12;
            postsBefore = 24;
        }

        const QString uncut = dir.filePath(QStringLiteral("uncut"));
        copyFolder(start, uncut);
        const PowerCutRun whole = runPowerCut(
            0, mode, uncut + QStringLiteral("/journal.sqlite3"),
            file.isEmpty() || !file.startsWith(start) ? file : uncut + QStringLiteral("/backup.sqlite3"));
        QVERIFY2(whole.operations > 0, "the writer did not finish without a power cut");

        const QList<qint64> points = cutPoints(whole.operations);
        for (const qint64 cut : points) {
            const QString runFolder = dir.filePath(QStringLiteral("cut-%1").arg(cut));
            copyFolder(start, runFolder);
            const QString journal = runFolder + QStringLiteral("/journal.sqlite3");
            const PowerCutRun run =
                runPowerCut(cut, mode, journal,
                            file.startsWith(start) ? runFolder + QStringLiteral("/backup.sqlite3") : file);
            const QByteArray where = QStringLiteral("%1, power cut at operation %2 of %3")
                                         .arg(mode)
                                         .arg(cut)
                                         .arg(whole.operations)
                                         .toUtf8();

            // The journal opens as the app opens it, whole.
            Database database(journal);
            QVERIFY2(database.open(), (where + ": " + database.error().message.toUtf8()).constData());
            QSqlQuery check(database.connection());
            QVERIFY2(check.exec(QStringLiteral("PRAGMA quick_check")) && check.next() &&
                         check.value(0).toString() == QLatin1String("ok"),
                     where.constData());
            const qint64 posts = postCount(database);

            if (mode == QLatin1String("send")) {
                if (run.acknowledged.size() < 2)
                    continue; // the account itself was not acknowledged
                const std::unique_ptr<Session> session =
                    AccountService(database.connection())
                        .login(QStringLiteral("ann"), QStringLiteral("a long enough passphrase"))
                        .session;
                QVERIFY2(session, where.constData());
                Journal posted(database.connection(), *session);
                for (const QByteArray& line : run.acknowledged) {
                    const QList<QByteArray> parts = line.split(' ');
                    if (parts.size() != 4 || parts.first() != "saved")
                        continue;
                    const std::optional<Post> post = posted.post(parts.at(1).toLongLong());
                    QVERIFY2(post, (where + ": lost " + line).constData());
                    QCOMPARE(post->text, QStringLiteral("post %1").arg(QString::fromLatin1(parts.at(3))));
                }
            } else if (mode == QLatin1String("import")) {
                // All or nothing, and all once acknowledged.
                if (run.acknowledged.contains("imported 4"))
                    QCOMPARE(posts, 4);
                else
                    QVERIFY2(posts == 0 || posts == 4, where.constData());
            } else if (mode == QLatin1String("migrate")) {
                QCOMPARE(posts, postsBefore);
                QCOMPARE(database.schemaVersion(), Migration::bundled().constLast().version);
            } else {
                // The journal as it was, or (always once acknowledged) the backup's.
                if (run.acknowledged.contains("restored"))
                    QCOMPARE(posts, postsInBackup);
                else
                    QVERIFY2(posts == postsBefore || posts == postsInBackup,
                             (where + ": " + QByteArray::number(posts) + " posts").constData());
            }
        }
        qInfo("%s: %lld power cuts over %lld operations, nothing acknowledged lost", qPrintable(mode),
              qint64(points.size()), whole.operations);
    }

    void everyReportedPostSurvivesSigkill()
    {
        QTemporaryDir dir;
        const QString journal = dir.filePath(QStringLiteral("journal.sqlite3"));
        QMap<qint64, qint64> reported; // post id -> length of its text
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
            const auto sawASave = [&] {
                output += writer.readAllStandardOutput();
                return output.contains("saved ");
            };
            QTRY_VERIFY_WITH_TIMEOUT(sawASave(), 20000);
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
        StorageError error;
        QVERIFY(JournalInspector::problems(journal, &error).isEmpty());
        Database database(journal);
        QVERIFY(database.open());
        const std::unique_ptr<Session> session =
            AccountService(database.connection())
                .login(QStringLiteral("ann"), QStringLiteral("a long enough passphrase"))
                .session;
        QVERIFY(session);
        const Journal posts(database.connection(), *session);
        for (auto it = reported.cbegin(); it != reported.cend(); ++it) {
            const std::optional<Post> post = posts.post(it.key());
            QVERIFY2(post, qPrintable(QStringLiteral("post %1 was lost").arg(it.key())));
            QVERIFY(post->readable);
            QCOMPARE(post->text.size(), it.value());
        }
        // The record of posts came through every kill as well: nothing missing or changed.
        QVERIFY(PostLedger(database.connection(), *session).check().clean());
        qInfo("%lld posts reported saved over 20 kills, all present", qint64(reported.size()));
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
