#include "support/TestSupport.h"

#include "gui/JournalOpener.h"
#include "gui/MessageBox.h"
#include "storage/BackupFolder.h"
#include "storage/DailyBackups.h"
#include "storage/Database.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

class TestJournalOpener : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString journal() const { return m_dir.filePath(QStringLiteral("journal.sqlite3")); }

    // A journal with one user, backed up by an upgrade, then overwritten with garbage.
    void makeDamagedJournalWithBackup()
    {
        QVERIFY(createJournal(journal(), 1));
        QVERIFY(execSql(journal(),
                        {QStringLiteral("INSERT INTO users (username, email, password_hash, key_salt, "
                                        "wrapped_key_password, wrapped_key_recovery, created_at) VALUES "
                                        "('gil', 'gil@example.org', 'h', x'00', x'01', x'02', 1)")}));
        {
            Database upgrade(journal());
            QVERIFY(upgrade.open());
        }
        QVERIFY(!BackupFolder(journal()).newest().isEmpty());
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(journal() + suffix);
        QFile file(journal());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, '\x13'));
    }

private Q_SLOTS:
    void init()
    {
        QDir(m_dir.path()).removeRecursively();
        QDir().mkpath(m_dir.path());
    }

    void damagedJournalIsRestoredFromTheNewestBackupWhenTheUserAgrees()
    {
        makeDamagedJournalWithBackup();
        MessageBox::setNextAnswer(QMessageBox::Yes);
        const std::unique_ptr<Database> database = JournalOpener::open(journal());
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("Restore the newest backup")));
        QVERIFY(database);
        QCOMPARE(database->schemaVersion(), Migration::bundled().constLast().version);
        database->close();
        QCOMPARE(queryValue(journal(), QStringLiteral("SELECT username FROM users")).toString(),
                 QStringLiteral("gil"));
    }

    void theNewestBackupIsRestoredDailyOrBeforeAnUpgrade()
    {
        makeDamagedJournalWithBackup(); // an upgrade's backup, of gil alone
        QVERIFY(QFile::remove(journal()));
        // The journal again, with a second account, and the daily backup taken since.
        QVERIFY(QFile::copy(BackupFolder(journal()).newest(), journal()));
        {
            Database database(journal());
            QVERIFY2(database.open(), qPrintable(database.error().message));
            QVERIFY(execSql(journal(),
                            {QStringLiteral("INSERT INTO users (username, email, password_hash, key_salt, "
                                            "wrapped_key_password, wrapped_key_recovery, created_at) VALUES "
                                            "('hal', 'hal@example.org', 'h', x'00', x'01', x'02', 2)")}));
            QString written;
            QVERIFY(!DailyBackups::takeNow(database, &written).isError());
        }
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(journal() + suffix);
        QFile file(journal());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, '\x13'));
        file.close();

        MessageBox::setNextAnswer(QMessageBox::Yes);
        const std::unique_ptr<Database> database = JournalOpener::open(journal());
        QVERIFY(database);
        database->close();
        QCOMPARE(queryValue(journal(), QStringLiteral("SELECT count(*) FROM users")).toInt(), 2);
    }

    void damagedJournalIsLeftAloneWhenTheUserDeclines()
    {
        makeDamagedJournalWithBackup();
        const QByteArray before = fileSha256(journal());
        MessageBox::setNextAnswer(QMessageBox::No);
        QVERIFY(!JournalOpener::open(journal()));
        QCOMPARE(fileSha256(journal()), before);
    }

    void newerJournalIsExplained()
    {
        QVERIFY(createJournal(journal(), 2));
        const int newer = Migration::bundled().constLast().version + 1;
        QVERIFY(execSql(journal(), {QStringLiteral("PRAGMA user_version = %1").arg(newer)}));
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QVERIFY(!JournalOpener::open(journal()));
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("newer version of Soliloquy")));
    }
};

QTEST_MAIN(TestJournalOpener)
#include "tst_journalopener.moc"
