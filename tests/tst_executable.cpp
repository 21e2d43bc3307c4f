#include "support/TestSupport.h"

#include "Version.h"
#include "storage/BackupFolder.h"
#include "storage/Migration.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

// Runs the shipped executable as a user would, with no display.
class TestExecutable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void versionWorksWithoutDisplay()
    {
        const auto result = TestSupport::runSoliloquy({QStringLiteral("--version")});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.standardOutput.trimmed(), QStringLiteral("Soliloquy " SOLILOQUY_VERSION));
    }

    void helpWorksWithoutDisplay()
    {
        const auto result = TestSupport::runSoliloquy({QStringLiteral("--help")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.standardOutput.contains(QStringLiteral("--database")),
                 qPrintable(result.standardOutput));
        QVERIFY(result.standardOutput.contains(QStringLiteral("db status")));
    }

    void badOptionFailsWithMessage()
    {
        const auto result = TestSupport::runSoliloquy({QStringLiteral("--frobnicate")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.standardError.contains(QStringLiteral("frobnicate")));
        QVERIFY(result.standardOutput.isEmpty());
    }

    void unknownCommandFailsWithMessage()
    {
        const auto result = TestSupport::runSoliloquy({QStringLiteral("fly")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.standardError.contains(QStringLiteral("unknown command")));
    }

    void aLaunchUpgradesAnEarlierJournalAfterBackingItUp()
    {
        // A journal of the first version with an account, launched as the benchmark does: the
        // hook quits once the first window is on screen (here the upgrade's), and the upgrade
        // has been made by then, after its backup.
        const QTemporaryDir root;
        const QString journal = root.filePath(QStringLiteral("journal.sqlite3"));
        QVERIFY(TestSupport::createJournal(journal, 1));
        QVERIFY(TestSupport::execSql(
            journal, {QStringLiteral("INSERT INTO users (username, email, password_hash, key_salt, "
                                     "wrapped_key_password, wrapped_key_recovery, created_at) VALUES "
                                     "('ann', 'ann@example.org', 'h', x'00', x'01', x'02', 1)")}));
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.insert(QStringLiteral("SOLILOQUY_EXIT_WHEN_SHOWN"), QStringLiteral("1"));
        const auto result =
            TestSupport::runSoliloquy({QStringLiteral("--database"), journal}, {}, environment);
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.standardOutput.contains(QStringLiteral("shown")), qPrintable(result.standardError));
        QCOMPARE(TestSupport::queryValue(journal, QStringLiteral("PRAGMA user_version")).toInt(),
                 Migration::bundled().constLast().version);
        QCOMPARE(TestSupport::queryValue(journal, QStringLiteral("SELECT username FROM users")).toString(),
                 QStringLiteral("ann"));
        const QStringList backups = BackupFolder(journal).backups();
        QCOMPARE(backups.size(), 1);
        QCOMPARE(TestSupport::queryValue(backups.first(), QStringLiteral("PRAGMA user_version")).toInt(), 1);
    }

    // The window's launch, ended by the benchmark's hook once the login is on screen: the
    // controller and its windows go before the application does, without a crash.
    void aLaunchEndsCleanly()
    {
        const QTemporaryDir root;
        const QString journal = root.filePath(QStringLiteral("journal.sqlite3"));
        QVERIFY(TestSupport::createJournal(journal, Migration::bundled().constLast().version));
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.insert(QStringLiteral("SOLILOQUY_EXIT_WHEN_SHOWN"), QStringLiteral("1"));
        const auto result =
            TestSupport::runSoliloquy({QStringLiteral("--database"), journal}, {}, environment);
        QVERIFY2(result.standardOutput.contains(QStringLiteral("shown")), qPrintable(result.standardError));
        QCOMPARE(result.exitCode, 0);
    }

    void withoutItsCryptoModuleNothingIsWritten()
    {
        // An installation that lost the module QCA comes with: a plain refusal, not a crash.
        const QDir built(TestSupport::binaryDirectory());
        if (!QFileInfo::exists(built.filePath(QStringLiteral("../lib/soliloquy"))))
            QSKIP("QCA is built into this executable");
        const QTemporaryDir root;
        QVERIFY(QDir(root.path()).mkpath(QStringLiteral("bin")));
        const QString copy = root.filePath(QStringLiteral("bin/soliloquy"));
        QVERIFY(QFile::copy(built.filePath(QStringLiteral("soliloquy")), copy));
        const QString journal = root.filePath(QStringLiteral("journal.sqlite3"));

        QProcess process;
        process.start(copy, {QStringLiteral("--database"), journal, QStringLiteral("register"),
                             QStringLiteral("--username"), QStringLiteral("ann"), QStringLiteral("--email"),
                             QStringLiteral("ann@example.org"), QStringLiteral("--password-stdin")});
        QVERIFY(process.waitForStarted());
        process.write("correct horse battery staple\n");
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(60000));
        const QString error = QString::fromUtf8(process.readAllStandardError());
        QCOMPARE(process.exitCode(), 1);
        QVERIFY2(error.contains(QStringLiteral("crypto module did not load")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("Reinstall Soliloquy")), qPrintable(error));
        QVERIFY(!QFileInfo::exists(journal));
    }
};

QTEST_GUILESS_MAIN(TestExecutable)
#include "tst_executable.moc"
