#include "support/TestSupport.h"

#include "core/AccountService.h"
#include "core/Journal.h"
#include "storage/DailyBackups.h"
#include "storage/Database.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

// Daily and on-request backups: one a day, the newest 14 kept, still encrypted.
class TestDailyBackups : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path() const { return m_dir.filePath(QStringLiteral("journal.sqlite3")); }

private Q_SLOTS:
    void initTestCase() { useFastKeyDerivation(); }

    void oneADayAndTheNewestFourteenKept()
    {
        Database database(path());
        QVERIFY(database.open());
        AccountService accounts(database.connection());
        const auto account =
            accounts.registerAccount(QStringLiteral("ann"), QStringLiteral("ann@example.org"),
                                     QStringLiteral("a long enough passphrase"));
        QVERIFY(account.session);
        Journal journal(database.connection(), *account.session);
        StorageError error;
        QVERIFY(journal.send(QStringLiteral("words nobody else may read"), &error));

        const QDateTime morning(QDate(2026, 3, 1), QTime(8, 0));
        QString written;
        QVERIFY(!DailyBackups::takeIfDue(database, morning, &written).isError());
        QVERIFY(QFileInfo::exists(written));
        QCOMPARE(DailyBackups::takenAt(written), morning.toUTC());
        QVERIFY(!DailyBackups::isUpgradeBackup(written));
        // Encrypted like the journal: the text is not in the file.
        QFile file(written);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("nobody else"));

        QString again;
        QVERIFY(!DailyBackups::takeIfDue(database, morning.addSecs(10 * 3600), &again).isError());
        QVERIFY(again.isEmpty()); // the same day: none due

        for (int day = 1; day <= 20; ++day) {
            QString next;
            QVERIFY(!DailyBackups::takeIfDue(database, morning.addDays(day), &next).isError());
            QVERIFY(!next.isEmpty());
        }
        const QStringList all = DailyBackups::all(path());
        QCOMPARE(all.size(), DailyBackups::Kept);
        QCOMPARE(DailyBackups::takenAt(all.first()), morning.addDays(20).toUTC()); // newest first
        QCOMPARE(DailyBackups::takenAt(all.last()), morning.addDays(7).toUTC());

        // A backup restores into a working journal with the post in it.
        database.close();
        QVERIFY(!Database::restore(path(), all.last()).isError());
        QVERIFY(database.open());
        const auto unlocked = AccountService(database.connection())
                                  .login(QStringLiteral("ann"), QStringLiteral("a long enough passphrase"));
        QVERIFY(unlocked.session);
        QCOMPARE(Journal(database.connection(), *unlocked.session).newest(1).value(0).text,
                 QStringLiteral("words nobody else may read"));
    }
};

QTEST_MAIN(TestDailyBackups)
#include "tst_dailybackups.moc"
