#include "support/TestSupport.h"

#include "gui/AppSettings.h"
#include "gui/JournalOpener.h"
#include "gui/MessageBox.h"
#include "storage/BackupFolder.h"
#include "storage/DailyBackups.h"
#include "storage/Database.h"

#include <QFile>
#include <QGuiApplication>
#include <QPalette>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

class TestJournalOpener : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString journal() const { return m_dir.filePath(QStringLiteral("journal.sqlite3")); }

    // The journal as JournalOpener hands it on, once its question is answered (the test answers
    // it beforehand with MessageBox::setNextAnswer); null when it was refused.
    std::unique_ptr<Database> openJournal() const
    {
        std::unique_ptr<Database> opened;
        bool handedOn = false;
        JournalOpener::open(journal(), nullptr, [&](std::unique_ptr<Database> database) {
            opened = std::move(database);
            handedOn = true;
        });
        if (!QTest::qWaitFor([&] { return handedOn; }))
            qFatal("JournalOpener did not hand the journal on");
        return opened;
    }

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
    void initTestCase()
    {
        keepSettingsIn(m_dir.filePath(QStringLiteral("config")), QStringLiteral("tst_journalopener"));
    }

    void init()
    {
        QDir(m_dir.path()).removeRecursively();
        QDir().mkpath(m_dir.path());
    }

    void damagedJournalIsRestoredFromTheNewestBackupWhenTheUserAgrees()
    {
        makeDamagedJournalWithBackup();
        MessageBox::setNextAnswer(QMessageBox::Yes);
        const std::unique_ptr<Database> database = openJournal();
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
        const std::unique_ptr<Database> database = openJournal();
        QVERIFY(database);
        database->close();
        QCOMPARE(queryValue(journal(), QStringLiteral("SELECT count(*) FROM users")).toInt(), 2);
    }

    void damagedJournalIsLeftAloneWhenTheUserDeclines()
    {
        makeDamagedJournalWithBackup();
        const QByteArray before = fileSha256(journal());
        MessageBox::setNextAnswer(QMessageBox::No);
        QVERIFY(!openJournal());
        QCOMPARE(fileSha256(journal()), before);
    }

    // A damaged journal with no backup yet: the message names the file and where backups are
    // kept, in the theme the user chose; the file is left as it was, with no empty log beside it.
    void damagedJournalWithoutBackupsSaysWhereBackupsAreKept()
    {
        {
            Database fresh(journal());
            QVERIFY(fresh.open());
        }
        QVERIFY(!QFile::exists(journal() + QStringLiteral("-wal")));
        QVERIFY(DailyBackups::all(journal()).isEmpty());
        {
            QFile file(journal());
            QVERIFY(file.open(QIODevice::ReadWrite));
            const qint64 size = file.size();
            QVERIFY(size > 8192);
            QVERIFY(file.seek(4096)); // the header stays: the file still says it is a journal
            file.write(QByteArray(size - 4096, '\x13'));
        }
        const QByteArray before = fileSha256(journal());
        AppSettings().setTheme(AppSettings::Theme::Dark);

        MessageBox::setNextAnswer(QMessageBox::Ok);
        QVERIFY(!openJournal());
        const QString text = MessageBox::lastText();
        QVERIFY2(text.contains(journal()), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("There is no backup of this journal yet")), qPrintable(text));
        QVERIFY(text.contains(BackupFolder(journal()).path()));
        QVERIFY(QGuiApplication::palette().color(QPalette::Window).lightness() < 128);
        QCOMPARE(fileSha256(journal()), before);
        for (const QString& suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
            QVERIFY2(!QFile::exists(journal() + suffix), qPrintable(suffix));
    }

    void newerJournalIsExplained()
    {
        QVERIFY(createJournal(journal(), 2));
        const int newer = Migration::bundled().constLast().version + 1;
        QVERIFY(execSql(journal(), {QStringLiteral("PRAGMA user_version = %1").arg(newer)}));
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QVERIFY(!openJournal());
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("newer version of Soliloquy")));
    }
};

QTEST_MAIN(TestJournalOpener)
#include "tst_journalopener.moc"
