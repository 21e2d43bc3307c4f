#include "support/JournalFixture.h"
#include "support/TestSupport.h"

#include "core/AccountService.h"
#include "core/Journal.h"
#include "core/SyncRound.h"
#include "gui/AppSettings.h"
#include "gui/SettingsDialog.h"
#include "gui/SyncController.h"
#include "storage/SyncState.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

// Settings > Sync: turning sync on by typing a folder and clicking, then seeing what each
// round did, while rounds run on a worker and the dialog stays usable.
class TestSyncSettings : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString& name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        useFastKeyDerivation();
        keepSettingsIn(path(QStringLiteral("config")), QStringLiteral("tst_syncsettings"));
    }

    void turningSyncOnInSettingsSendsTheJournalAndShowsTheRounds()
    {
        const QString laptopPath = path(QStringLiteral("laptop.sqlite3"));
        JournalFixture laptop(laptopPath);
        QVERIFY(laptop.isReady());
        Journal journal(laptop.connection(), laptop.session());
        StorageError error;
        QVERIFY(journal.send(QStringLiteral("written before sync"), &error));

        SyncController sync;
        sync.start(laptopPath, laptop.connection(), &laptop.session());
        QVERIFY(!sync.isSyncing());
        AppSettings settings;
        SettingsDialog dialog(settings, laptopPath);
        dialog.setSyncController(&sync);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        auto* folderEdit = dialog.findChild<QLineEdit*>(QStringLiteral("syncFolderEdit"));
        auto* nameEdit = dialog.findChild<QLineEdit*>(QStringLiteral("computerNameEdit"));
        auto* button = dialog.findChild<QPushButton*>(QStringLiteral("syncButton"));
        auto* status = dialog.findChild<QLabel*>(QStringLiteral("syncStatusLabel"));
        QVERIFY(folderEdit && nameEdit && button && status);
        QVERIFY(!button->isEnabled()); // no folder yet
        const QString folder = path(QStringLiteral("Sync"));
        QTest::keyClicks(folderEdit, folder);
        nameEdit->selectAll();
        QTest::keyClicks(nameEdit, QStringLiteral("Laptop"));
        QVERIFY(button->isEnabled());
        QSignalSpy rounds(&sync, &SyncController::roundFinished);
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(sync.isSyncing());
        QCOMPARE(sync.computerName(), QStringLiteral("Laptop"));
        QVERIFY(rounds.wait());
        QVERIFY2(status->text().startsWith(QStringLiteral("Synced at")), qPrintable(status->text()));
        QCOMPARE(button->text().remove(QLatin1Char('&')), QStringLiteral("Sync now"));
        QVERIFY(folderEdit->isReadOnly());
        // The journal so far is in the folder, sealed.
        QCOMPARE(SyncFolder(folder).list().files.size(), 1);

        // A second computer joins and writes; "Sync now" brings its post here.
        const QString desktopPath = path(QStringLiteral("desktop.sqlite3"));
        Database desktopDatabase(desktopPath);
        QVERIFY(desktopDatabase.open());
        QString joinError;
        const std::unique_ptr<Session> desktop =
            SyncRound::join(desktopDatabase.connection(), folder, QStringLiteral("ann"),
                            JournalFixture::password(), QStringLiteral("Desktop"), &joinError);
        QVERIFY2(desktop, qPrintable(joinError));
        SyncRound(desktopDatabase.connection(), *desktop).run();
        Journal desktopJournal(desktopDatabase.connection(), *desktop);
        QCOMPARE(desktopJournal.count(), 1);
        QVERIFY(desktopJournal.send(QStringLiteral("written on the desktop"), &error));
        SyncRound(desktopDatabase.connection(), *desktop).run();

        QSignalSpy arrived(&sync, &SyncController::changesArrived);
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(arrived.wait());
        QCOMPARE(journal.count(), 2);
        QVERIFY2(status->text().contains(QStringLiteral("Computers: Laptop (this one), Desktop.")),
                 qPrintable(status->text()));
        // Every wrapped text shows whole, the status's lines too.
        QCoreApplication::processEvents();
        for (const QLabel* label : dialog.findChildren<QLabel*>()) {
            if (label->isVisible() && label->wordWrap())
                QVERIFY2(label->height() >= label->heightForWidth(label->width()),
                         qPrintable(label->objectName()));
        }

        // The folder gone (a drive unplugged): a status, and the post written meanwhile waits.
        QVERIFY(QDir(folder).removeRecursively());
        QVERIFY(journal.send(QStringLiteral("written while unplugged"), &error));
        rounds.clear();
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(rounds.wait());
        QVERIFY2(status->text().contains(QStringLiteral("is not there")), qPrintable(status->text()));
        sync.stop();
    }

    void aJournalOfSeveralAccountsSaysWhySyncCannotBeOn()
    {
        const QString journalPath = path(QStringLiteral("shared.sqlite3"));
        JournalFixture ann(journalPath);
        QVERIFY(ann.isReady());
        AccountService(ann.connection())
            .registerAccount(QStringLiteral("bob"), QStringLiteral("bob@example.org"),
                             JournalFixture::password());
        SyncController sync;
        sync.start(journalPath, ann.connection(), &ann.session());
        AppSettings settings;
        SettingsDialog dialog(settings, journalPath);
        dialog.setSyncController(&sync);
        QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("syncFolderEdit")),
                         path(QStringLiteral("S2")));
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("syncButton")), Qt::LeftButton);
        QVERIFY(!sync.isSyncing());
        const QString shown = dialog.findChild<QLabel*>(QStringLiteral("syncStatusLabel"))->text();
        QVERIFY2(shown.contains(QStringLiteral("one account")), qPrintable(shown));
    }

    // The computer's name changes in Settings while sync is on: kept at once, shown in the list of
    // computers, and still there after the rounds that follow and the next unlock.
    void renamingThisComputerKeepsTheNewName()
    {
        const QString laptopPath = path(QStringLiteral("renamed.sqlite3"));
        JournalFixture laptop(laptopPath);
        QVERIFY(laptop.isReady());
        const QString folder = path(QStringLiteral("RenamedSync"));
        SyncController sync;
        sync.start(laptopPath, laptop.connection(), &laptop.session());
        QSignalSpy rounds(&sync, &SyncController::roundFinished);
        QString error;
        QVERIFY2(sync.enable(folder, QStringLiteral("Laptop"), &error), qPrintable(error));
        QVERIFY(rounds.wait());
        // A second computer joins, so that the list holds two names.
        Database desktopDatabase(path(QStringLiteral("renamed-desktop.sqlite3")));
        QVERIFY(desktopDatabase.open());
        const std::unique_ptr<Session> desktop =
            SyncRound::join(desktopDatabase.connection(), folder, QStringLiteral("ann"),
                            JournalFixture::password(), QStringLiteral("Desktop"), &error);
        QVERIFY2(desktop, qPrintable(error));
        SyncRound(desktopDatabase.connection(), *desktop).run();

        AppSettings settings;
        SettingsDialog dialog(settings, laptopPath);
        dialog.setSyncController(&sync);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto* nameEdit = dialog.findChild<QLineEdit*>(QStringLiteral("computerNameEdit"));
        auto* button = dialog.findChild<QPushButton*>(QStringLiteral("syncButton"));
        auto* status = dialog.findChild<QLabel*>(QStringLiteral("syncStatusLabel"));
        rounds.clear();
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(rounds.wait());
        QVERIFY2(status->text().contains(QStringLiteral("Computers: Laptop (this one), Desktop.")),
                 qPrintable(status->text()));

        QCOMPARE(nameEdit->text(), QStringLiteral("Laptop"));
        QVERIFY(!nameEdit->isReadOnly());
        nameEdit->setFocus();
        nameEdit->selectAll();
        QTest::keyClicks(nameEdit, QStringLiteral("Work laptop"));
        QTest::keyClick(nameEdit, Qt::Key_Return);
        QCOMPARE(sync.computerName(), QStringLiteral("Work laptop"));
        QVERIFY2(status->text().contains(QStringLiteral("Computers: Work laptop (this one), Desktop.")),
                 qPrintable(status->text()));
        const qint64 userId = laptop.session().userId();
        QCOMPARE(SyncState(laptop.connection()).settings(userId)->computerName,
                 QStringLiteral("Work laptop"));
        // The round that follows keeps it, and so does one that was running as the name was typed
        // (a round saves the settings it read when it began).
        QVERIFY(rounds.wait());
        rounds.clear();
        QTest::mouseClick(button, Qt::LeftButton);
        nameEdit->setFocus();
        nameEdit->selectAll();
        QTest::keyClicks(nameEdit, QStringLiteral("Old laptop"));
        QTest::keyClick(nameEdit, Qt::Key_Tab); // the focus to the next field ends the typing
        QCOMPARE(sync.computerName(), QStringLiteral("Old laptop"));
        // That round, then the one the rename asked for.
        QTRY_VERIFY_WITH_TIMEOUT(!rounds.isEmpty() && !sync.isRunning(), 20000);
        QCOMPARE(SyncState(laptop.connection()).settings(userId)->computerName, QStringLiteral("Old laptop"));
        QVERIFY2(status->text().contains(QStringLiteral("Computers: Old laptop (this one), Desktop.")),
                 qPrintable(status->text()));
        // The other computer learns the new name at its next round.
        QCOMPARE(SyncRound(desktopDatabase.connection(), *desktop).run().computers,
                 QStringList({QStringLiteral("Desktop"), QStringLiteral("Old laptop")}));
        // An emptied field gives the name back rather than leave the computer nameless.
        nameEdit->selectAll();
        QTest::keyClick(nameEdit, Qt::Key_Backspace);
        QTest::keyClick(nameEdit, Qt::Key_Return);
        QCOMPARE(nameEdit->text(), QStringLiteral("Old laptop"));
        sync.stop();
        sync.start(laptopPath, laptop.connection(), &laptop.session());
        QCOMPARE(sync.computerName(), QStringLiteral("Old laptop"));
        sync.stop();
    }

    // Opened over the window while sync is on, as from the menu: the introduction and the status's
    // lines show whole from the first paint.
    void settingsOpenedWhileSyncIsOnShowEveryLineWhole()
    {
        const QString journalPath = path(QStringLiteral("opened.sqlite3"));
        JournalFixture ann(journalPath);
        QVERIFY(ann.isReady());
        SyncController sync;
        sync.start(journalPath, ann.connection(), &ann.session());
        QSignalSpy rounds(&sync, &SyncController::roundFinished);
        QString error;
        QVERIFY2(sync.enable(path(QStringLiteral("OpenedSync")), QStringLiteral("Maya's laptop"), &error),
                 qPrintable(error));
        QVERIFY(rounds.wait());
        QWidget window;
        window.resize(900, 700);
        window.show();
        AppSettings settings;
        SettingsDialog dialog(settings, journalPath, &window);
        dialog.setSyncController(&sync);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const auto* status = dialog.findChild<QLabel*>(QStringLiteral("syncStatusLabel"));
        QVERIFY(status->text().contains(QLatin1Char('\n'))); // two lines: the last round, the computers
        for (const QLabel* label : dialog.findChildren<QLabel*>()) {
            if (label->isVisible() && label->wordWrap())
                QVERIFY2(label->height() >= label->heightForWidth(label->width()),
                         qPrintable(QStringLiteral("%1: %2 of %3 pixels")
                                        .arg(label->objectName())
                                        .arg(label->height())
                                        .arg(label->heightForWidth(label->width()))));
        }
        sync.stop();
    }

    void theSettingsOfALockedJournalAreDisabled()
    {
        AppSettings settings;
        SettingsDialog dialog(settings, path(QStringLiteral("x.sqlite3")));
        QVERIFY(!dialog.findChild<QWidget*>(QStringLiteral("syncGroup"))->isEnabled());
    }
};

QTEST_MAIN(TestSyncSettings)
#include "tst_syncsettings.moc"
