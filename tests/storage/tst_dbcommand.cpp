#include "support/TestSupport.h"

#include "storage/Database.h"
#include "storage/DatabaseLocation.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace TestSupport;

namespace {
int latestVersion()
{
    return Migration::bundled().constLast().version;
}

QString allMigrationNames()
{
    QStringList names;
    for (const Migration& migration : Migration::bundled())
        names << migration.name;
    return names.join(QStringLiteral(", "));
}
} // namespace

// `soliloquy db ...` run as a user would: the real executable, no display.
class TestDbCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString journal() const { return m_dir.filePath(QStringLiteral("journal.sqlite3")); }
    ProcessResult db(const QStringList& arguments)
    {
        return runSoliloquy(QStringList{QStringLiteral("--database"), journal(), QStringLiteral("db")} +
                            arguments);
    }

private Q_SLOTS:
    void init()
    {
        QDir(m_dir.path()).removeRecursively();
        QDir().mkpath(m_dir.path());
    }

    void statusUpgradeAndCheckOfANewJournal()
    {
        ProcessResult result = db({QStringLiteral("status")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.standardOutput.contains(journal()));
        QVERIFY(result.standardOutput.contains(QStringLiteral("not created yet")));
        QVERIFY(result.standardOutput.contains(allMigrationNames()));
        QVERIFY(!QFile::exists(journal())); // status never creates the file

        result = db({QStringLiteral("upgrade")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.standardOutput.contains(QStringLiteral("Upgraded the journal from version 0")),
                 qPrintable(result.standardOutput + result.standardError));

        result = db({QStringLiteral("status")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.standardOutput.contains(QStringLiteral("Pending:  none")));

        result = db({QStringLiteral("upgrade")});
        QVERIFY(result.standardOutput.contains(QStringLiteral("up to date")));

        result = db({QStringLiteral("check")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.standardOutput.startsWith(QStringLiteral("ok")));
    }

    void upgradeOfAnOlderJournalTakesABackupFirst()
    {
        QVERIFY(createJournal(journal(), 1));
        const ProcessResult result = db({QStringLiteral("upgrade")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.standardOutput.contains(QStringLiteral("from version 1 to %1").arg(latestVersion())));
        QVERIFY(result.standardOutput.contains(QStringLiteral("Backup: ") +
                                               m_dir.filePath(QStringLiteral("backups"))));
    }

    void checkFindsDamage()
    {
        QVERIFY(createJournal(journal(), 2));
        QVERIFY(
            execSql(journal(),
                    {QStringLiteral("PRAGMA foreign_keys = OFF"),
                     QStringLiteral("INSERT INTO posts (user_id, body, created_at) VALUES (42, x'00', 1)")}));
        const ProcessResult result = db({QStringLiteral("check")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.standardError.contains(QStringLiteral("row 1 of table posts")));
        QVERIFY(result.standardError.contains(QStringLiteral("db restore")));
        QVERIFY(result.standardOutput.isEmpty());
    }

    void aDamagedJournalGetsTheCommandThatRestoresTheNewestBackup()
    {
        QVERIFY(createJournal(journal(), 1));
        QCOMPARE(db({QStringLiteral("upgrade")}).exitCode, 0); // takes a backup of version 1
        const QStringList backups = QDir(m_dir.filePath(QStringLiteral("backups")))
                                        .entryList({QStringLiteral("*.sqlite3")}, QDir::Files);
        QCOMPARE(backups.size(), 1);
        {
            QFile file(journal());
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(QByteArray(8192, '\x5a')); // overwritten: no longer SQLite
        }
        const QByteArray damaged = fileSha256(journal());
        for (const QStringList& arguments :
             {QStringList{QStringLiteral("db"), QStringLiteral("upgrade")},
              QStringList{QStringLiteral("register"), QStringLiteral("--username"), QStringLiteral("amy"),
                          QStringLiteral("--email"), QStringLiteral("amy@example.org"),
                          QStringLiteral("--password-stdin")}}) {
            const ProcessResult result =
                runSoliloquy(QStringList{QStringLiteral("--database"), journal()} + arguments,
                             "a long enough passphrase\n");
            QCOMPARE(result.exitCode, 1);
            QVERIFY2(result.standardError.contains(
                         QStringLiteral("db restore '%1'")
                             .arg(m_dir.filePath(QStringLiteral("backups/")) + backups.first())),
                     qPrintable(result.standardError));
            QCOMPARE(fileSha256(journal()), damaged); // left as it was
        }
    }

    void newerJournalIsRefusedWithBothVersions()
    {
        QVERIFY(createJournal(journal(), 2));
        const int newer = latestVersion() + 1;
        QVERIFY(execSql(journal(), {QStringLiteral("PRAGMA user_version = %1").arg(newer)}));
        const QByteArray before = fileSha256(journal());
        const ProcessResult result = db({QStringLiteral("upgrade")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.standardError.contains(QStringLiteral("schema version %1").arg(newer)));
        QVERIFY(result.standardError.contains(QStringLiteral("up to %1").arg(latestVersion())));
        QCOMPARE(fileSha256(journal()), before);
    }

    void backupAndRestoreRoundTrip()
    {
        QVERIFY(createJournal(journal(), 2));
        QVERIFY(execSql(journal(),
                        {QStringLiteral("INSERT INTO users (username, email, password_hash, key_salt, "
                                        "wrapped_key_password, wrapped_key_recovery, created_at) VALUES "
                                        "('fay', 'fay@example.org', 'h', x'00', x'01', x'02', 1)")}));
        const QString backupFile = m_dir.filePath(QStringLiteral("saved.sqlite3"));
        ProcessResult result = db({QStringLiteral("backup"), backupFile});
        QCOMPARE(result.exitCode, 0);
        result = db({QStringLiteral("backup"), backupFile});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.standardError.contains(QStringLiteral("already exists")));

        QVERIFY(execSql(journal(), {QStringLiteral("DELETE FROM users")}));
        result = db({QStringLiteral("restore"), backupFile});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(queryValue(journal(), QStringLiteral("SELECT username FROM users")).toString(),
                 QStringLiteral("fay"));
    }

    void secondInstanceGetsAClearMessageAndWritesNothing()
    {
        QVERIFY(createJournal(journal(), 1));
        const QByteArray before = fileSha256(journal());
        Database running(journal());
        Database::Options options;
        options.migrate = false;
        QVERIFY(running.open(options));
        const ProcessResult result = db({QStringLiteral("upgrade")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.standardError.contains(QStringLiteral("already open")));
        running.close();
        QCOMPARE(fileSha256(journal()), before);
        QCOMPARE(queryValue(journal(), QStringLiteral("PRAGMA user_version")).toInt(), 1);
    }

    void readOnlyFolderGetsAClearMessage()
    {
        const QString folder = m_dir.filePath(QStringLiteral("locked"));
        QVERIFY(QDir().mkpath(folder));
        const QString path = QDir(folder).filePath(QStringLiteral("journal.sqlite3"));
        QVERIFY(createJournal(path, 1));
        QFile::remove(path + QStringLiteral(".lock"));
        const QByteArray before = fileSha256(path);
        QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner |
                                                  QFileDevice::ReadOther | QFileDevice::ExeOther |
                                                  QFileDevice::ReadGroup | QFileDevice::ExeGroup));
        QStringList arguments{QStringLiteral("--database"), path, QStringLiteral("db"),
                              QStringLiteral("upgrade")};
        ProcessResult result;
        if (::geteuid() == 0) {
            // Root ignores permissions; run the command as an unprivileged user instead.
            const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
            if (setpriv.isEmpty())
                QSKIP("setpriv is needed to drop root rights");
            QProcess process;
            process.start(setpriv,
                          QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                      QStringLiteral("--clear-groups"),
                                      QDir(binaryDirectory()).filePath(QStringLiteral("soliloquy"))} +
                              arguments);
            QVERIFY(process.waitForFinished(60000));
            result.exitCode = process.exitCode();
            result.standardError = QString::fromUtf8(process.readAllStandardError());
        } else {
            result = runSoliloquy(arguments);
        }
        QFile::setPermissions(folder,
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.standardError.contains(QStringLiteral("cannot write")),
                 qPrintable(result.standardError));
        QCOMPARE(fileSha256(path), before);
    }

    void commandLineWinsOverEnvironmentWhichWinsOverDefault()
    {
        qputenv("SOLILOQUY_DATABASE", "/tmp/from-environment.sqlite3");
        QCOMPARE(DatabaseLocation::resolve(QStringLiteral("/tmp/from-command-line.sqlite3")),
                 QStringLiteral("/tmp/from-command-line.sqlite3"));
        QCOMPARE(DatabaseLocation::resolve(QString()), QStringLiteral("/tmp/from-environment.sqlite3"));
        qunsetenv("SOLILOQUY_DATABASE");
        QCOMPARE(DatabaseLocation::resolve(QString()), DatabaseLocation::defaultPath());
        QVERIFY(DatabaseLocation::defaultPath().startsWith(
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
        QVERIFY(DatabaseLocation::defaultPath().endsWith(QStringLiteral("/journal.sqlite3")));

        // The executable follows the same rule.
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("SOLILOQUY_DATABASE"), journal());
        const ProcessResult result =
            runSoliloquy({QStringLiteral("db"), QStringLiteral("status")}, {}, environment);
        QVERIFY(result.standardOutput.contains(QStringLiteral("Journal:  ") + journal()));
    }
};

QTEST_GUILESS_MAIN(TestDbCommand)
#include "tst_dbcommand.moc"
