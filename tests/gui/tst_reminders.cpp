#include "support/ControllerTestSupport.h"
#include "support/TestSupport.h"
#include "support/WidgetTestSupport.h"

#include "core/AccountService.h"
#include "core/Journal.h"
#include "gui/AppController.h"
#include "gui/AppSettings.h"
#include "gui/DailyReminder.h"
#include "gui/MainWindow.h"
#include "gui/SettingsDialog.h"
#include "gui/Translations.h"
#include "gui/TrayController.h"
#include "gui/chat/ChatView.h"
#include "gui/chat/Composer.h"
#include "storage/Database.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace TestSupport;

namespace {

const QString password = QStringLiteral("a long enough passphrase");

// Runs `action` on the next modal dialog once it is open (dialogs block in exec()).
QObject* pendingActions = nullptr;

void whenModalOpens(const std::function<void(QWidget*)>& action)
{
    TestSupport::whenModalOpens(pendingActions, action);
}

void logIn(QWidget* dialog)
{
    child<QLineEdit>(dialog, "loginEdit")->clear(); // after a lock it is filled in already
    QTest::keyClicks(child<QLineEdit>(dialog, "loginEdit"), QStringLiteral("ann"));
    QTest::keyClicks(child<QLineEdit>(dialog, "passwordEdit"), password);
    QTest::mouseClick(child<QPushButton>(dialog, "unlockButton"), Qt::LeftButton);
}

struct Notice
{
    QString title;
    QString message;
};

} // namespace

// The daily reminder, "On this day", and the tray icon's menu, with a clock the test moves.
class TestReminders : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AppController> m_controller;
    QList<Notice> m_notices;
    QDateTime m_now;

    QString journalPath() const { return m_dir.filePath(QStringLiteral("journal.sqlite3")); }

    // Registers ann and stores posts written at `times` (local time) in her journal.
    void prepareJournal(const QList<QDateTime>& times = {})
    {
        Database database(journalPath());
        QVERIFY(database.open());
        AccountService accounts(database.connection());
        std::unique_ptr<Session> session =
            accounts.registerAccount(QStringLiteral("ann"), QStringLiteral("ann@example.org"), password)
                .session;
        QVERIFY(session);
        for (const QDateTime& time : times)
            QVERIFY(seedPosts(database.connection(), *session, 1, time.toMSecsSinceEpoch(), 0));
    }

    // The app as main() runs it, unlocked by ann, its clock at m_now, its notices caught.
    void startUnlocked()
    {
        auto database = std::make_unique<Database>(journalPath());
        QVERIFY(database->open());
        m_controller = std::make_unique<AppController>(std::move(database));
        m_controller->reminder()->setClock([this] { return m_now; });
        m_controller->tray()->setNotifierForTesting(
            [this](const QString& title, const QString& message) { m_notices.append({title, message}); });
        whenModalOpens(logIn);
        QVERIFY(startAndWait(*m_controller));
        QVERIFY(!m_controller->isLocked());
    }

private Q_SLOTS:
    void initTestCase()
    {
        useFastKeyDerivation();
        keepSettingsIn(m_dir.filePath(QStringLiteral("config")), QStringLiteral("tst_reminders"));
        Translations::install(QLocale(QLocale::English)); // the English plurals ("3 posts")
        pendingActions = new QObject;
    }

    void init()
    {
        QSettings().clear();
        QFile::remove(journalPath());
        m_notices.clear();
        m_now = QDateTime(QDate(2026, 6, 15), QTime(19, 58));
    }

    void cleanup()
    {
        delete pendingActions;
        pendingActions = new QObject;
        m_controller.reset();
    }

    void theReminderComesOnceADayWhenItsTimePasses()
    {
        AppSettings settings;
        settings.setReminderEnabled(true);
        settings.setReminderTime(QTime(20, 0));
        DailyReminder reminder(settings, [this] { return m_now; });
        QSignalSpy due(&reminder, &DailyReminder::reminderDue);
        QSignalSpy dayStarted(&reminder, &DailyReminder::dayStarted);
        reminder.setCheckIntervalForTesting(10);

        m_now = m_now.addSecs(60); // 19:59
        reminder.check();          // looked at the clock before the time: nothing yet
        QCOMPARE(due.count(), 0);
        m_now.setTime(QTime(20, 0, 10));
        QTRY_COMPARE(due.count(), 1); // the timer looked at the clock by itself
        m_now.setTime(QTime(22, 0));
        reminder.check(); // and again later that evening: once a day
        QCOMPARE(due.count(), 1);
        QCOMPARE(dayStarted.count(), 0);

        m_now = QDateTime(QDate(2026, 6, 16), QTime(8, 0));
        QTRY_COMPARE(dayStarted.count(), 1);
        QCOMPARE(dayStarted.first().first().toDate(), QDate(2026, 6, 16));
        QCOMPARE(due.count(), 1);
        m_now.setTime(QTime(20, 1));
        QTRY_COMPARE(due.count(), 2); // and again the next evening
    }

    void noReminderWhenOffOrWhenStartedAfterItsTime()
    {
        AppSettings settings;
        settings.setReminderEnabled(false);
        settings.setReminderTime(QTime(20, 0));
        m_now.setTime(QTime(19, 0));
        DailyReminder reminder(settings, [this] { return m_now; });
        QSignalSpy due(&reminder, &DailyReminder::reminderDue);
        m_now.setTime(QTime(20, 30));
        reminder.check();
        QCOMPARE(due.count(), 0); // off

        settings.setReminderEnabled(true);
        settings.setReminderTime(QTime(21, 0));
        m_now.setTime(QTime(21, 30));
        DailyReminder lateStart(settings, [this] { return m_now; });
        QSignalSpy lateDue(&lateStart, &DailyReminder::reminderDue);
        m_now.setTime(QTime(21, 45));
        lateStart.check();
        QCOMPARE(lateDue.count(), 0); // started after 21:00: no nagging today
        m_now = QDateTime(m_now.date().addDays(1), QTime(21, 0, 5));
        lateStart.check();
        QCOMPARE(lateDue.count(), 1);
    }

    void earlierYearsOnThisDayAreCountedInLocalTime()
    {
        prepareJournal(
            {QDateTime(QDate(2023, 6, 15), QTime(0, 5)), QDateTime(QDate(2023, 6, 15), QTime(9, 0)),
             QDateTime(QDate(2024, 6, 15), QTime(23, 55)), QDateTime(QDate(2024, 6, 14), QTime(23, 55)),
             QDateTime(QDate(2024, 6, 16), QTime(0, 5)), QDateTime(QDate(2026, 6, 15), QTime(7, 0))});
        Database database(journalPath());
        QVERIFY(database.open());
        AccountService accounts(database.connection());
        std::unique_ptr<Session> session = accounts.login(QStringLiteral("ann"), password).session;
        QVERIFY(session);
        const Journal journal(database.connection(), *session);
        const QMap<int, int> years = journal.postsOnThisDayInEarlierYears(QDate(2026, 6, 15));
        QCOMPARE(years,
                 (QMap<int, int>{{2023, 2}, {2024, 1}})); // not this year's post, not the day before or after
        QVERIFY(journal.postsOnThisDayInEarlierYears(QDate(2026, 6, 17)).isEmpty());
        QVERIFY(journal.postsOnThisDayInEarlierYears(QDate(2023, 6, 15)).isEmpty());
    }

    void onThisDayIsShownOnUnlockOnceADay()
    {
        prepareJournal({QDateTime(QDate(2024, 6, 15), QTime(12, 0)),
                        QDateTime(QDate(2025, 6, 15), QTime(12, 0)),
                        QDateTime(QDate(2025, 6, 15), QTime(13, 0))});
        startUnlocked();
        QCOMPARE(m_notices.size(), 1);
        QCOMPARE(m_notices.first().title, QStringLiteral("On this day"));
        QVERIFY2(m_notices.first().message.contains(QStringLiteral("3 posts")),
                 qPrintable(m_notices.first().message));
        QVERIFY(m_notices.first().message.contains(QStringLiteral("2024")));
        QVERIFY(m_notices.first().message.contains(QStringLiteral("2025")));

        // Locking and unlocking the same day does not say it again.
        whenModalOpens(logIn);
        m_controller->lockSession();
        QVERIFY(waitForUnlockOrEnd(*m_controller));
        QCOMPARE(m_notices.size(), 1);

        // Nor does the next day, which has no earlier posts.
        m_now = QDateTime(QDate(2026, 6, 16), QTime(9, 0));
        m_controller->reminder()->check();
        QCOMPARE(m_notices.size(), 1);
    }

    void theReminderNotifiesThroughTheTray()
    {
        prepareJournal();
        startUnlocked();
        m_controller->settings()->setReminderEnabled(true);
        m_controller->settings()->setReminderTime(QTime(20, 0));
        m_controller->reminder()->check();
        QVERIFY(m_notices.isEmpty());
        m_now.setTime(QTime(20, 0));
        m_controller->reminder()->check();
        QCOMPARE(m_notices.size(), 1);
        QCOMPARE(m_notices.first().title, QStringLiteral("Time to write"));

        // Without a tray the reminder shows in the window's status bar.
        m_controller->tray()->setNotifierForTesting(nullptr);
        m_controller->tray()->notify(QStringLiteral("Time to write"), QStringLiteral("How was your day?"));
        QVERIFY(m_controller->window()->statusBar()->currentMessage().contains(
            QStringLiteral("How was your day?")));
    }

    // A day the user already wrote needs no reminder, also when the journal locked itself in
    // the meantime; a setting asks for it anyway.
    void noReminderOnADayAlreadyWrittenUnlessAsked()
    {
        prepareJournal(
            {QDateTime(QDate(2026, 6, 15), QTime(9, 0)), QDateTime(QDate(2026, 6, 17), QTime(9, 0))});
        startUnlocked();
        m_controller->settings()->setReminderEnabled(true);
        m_controller->settings()->setReminderTime(QTime(20, 0));
        m_now.setTime(QTime(20, 0));
        m_controller->reminder()->check();
        QVERIFY(m_notices.isEmpty());

        // Locked, the next evening, with nothing written that day: the reminder comes.
        bool checkedWhileLocked = false;
        whenModalOpens([this, &checkedWhileLocked](QWidget* login) {
            m_now = QDateTime(QDate(2026, 6, 16), QTime(20, 0));
            m_controller->reminder()->check();
            checkedWhileLocked = true;
            logIn(login);
        });
        m_controller->lockSession();
        QTRY_VERIFY(checkedWhileLocked);
        QTRY_VERIFY(!m_controller->isLocked());
        QCOMPARE(m_notices.size(), 1);

        // The setting, ticked in the settings dialog, brings it also on a day written.
        {
            SettingsDialog dialog(*m_controller->settings(), journalPath());
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            auto* check = child<QCheckBox>(&dialog, "remindOnDaysWrittenCheck");
            QVERIFY(check->isEnabled());
            QTest::mouseClick(check, Qt::LeftButton, {}, QPoint(8, check->height() / 2));
            QVERIFY(m_controller->settings()->remindOnDaysWritten());
        }
        m_now = QDateTime(QDate(2026, 6, 17), QTime(20, 0));
        m_controller->reminder()->check();
        QCOMPARE(m_notices.size(), 2);
    }

    void trayWriteShowsTheWindowWithTheCursorInTheComposer()
    {
        prepareJournal();
        startUnlocked();
        MainWindow* window = m_controller->window();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        window->chatView()->setFocus(); // reading, not writing
        QCOMPARE(window->focusWidget(), window->chatView());
        window->hide();
        QMenu* menu = m_controller->tray()->menu();
        QCOMPARE(menu->actions().first(), m_controller->tray()->writeAction());
        m_controller->tray()->writeAction()->trigger();
        QVERIFY(window->isVisible());
        // The composer is the window's focus widget, so typing goes there once the window is active
        // (the offscreen platform of the tests does not always make it the active window).
        QCOMPARE(window->focusWidget(), child<Composer>(window, "composer"));
    }

    void trayLockLocksAndAsksToUnlock()
    {
        prepareJournal();
        startUnlocked();
        QVERIFY(m_controller->tray()->lockAction()->isEnabled());
        bool lockedWhileAsking = false;
        bool lockActionEnabledWhileLocked = true;
        whenModalOpens([&](QWidget* login) {
            lockedWhileAsking = m_controller->isLocked();
            lockActionEnabledWhileLocked = m_controller->tray()->lockAction()->isEnabled();
            logIn(login);
        });
        m_controller->tray()->lockAction()->trigger();
        QVERIFY(waitForUnlockOrEnd(*m_controller));
        QVERIFY(lockedWhileAsking);
        QVERIFY(!lockActionEnabledWhileLocked);
        QVERIFY(!m_controller->isLocked());
        QVERIFY(m_controller->tray()->lockAction()->isEnabled());
    }

    void closingHidesToTheTrayAndSaysSoOnce()
    {
        prepareJournal();
        startUnlocked();
        m_notices.clear();
        MainWindow* window = m_controller->window();
        m_controller->tray()->setAvailableForTesting(true);
        QTest::keyClicks(child<Composer>(window, "composer"), QStringLiteral("unsent"));
        window->close();
        QVERIFY(!window->isVisible());
        QVERIFY(!m_controller->isLocked());
        QCOMPARE(m_notices.size(), 1);
        QCOMPARE(m_notices.first().title, QStringLiteral("Soliloquy is still running"));
        m_controller->tray()->writeAction()->trigger();
        QVERIFY(window->isVisible());
        QCOMPARE(child<Composer>(window, "composer")->toPlainText(), QStringLiteral("unsent"));
        window->close();
        QCOMPARE(m_notices.size(), 1); // told once, also across starts
        QVERIFY(m_controller->settings()->trayNoticeShown());
    }

    void trayQuitEndsTheApplication()
    {
        prepareJournal();
        startUnlocked();
        m_controller->tray()->setAvailableForTesting(true);
        MainWindow* window = m_controller->window();
        window->close(); // into the tray: the application keeps running
        QTimer::singleShot(0, m_controller->tray()->quitAction(), &QAction::trigger);
        QTimer failSafe;
        failSafe.setSingleShot(true);
        connect(&failSafe, &QTimer::timeout, [] { QCoreApplication::exit(3); });
        failSafe.start(20000);
        QCOMPARE(QCoreApplication::exec(), 0);
        // A second quit may still be queued (the last window closed); it must not end later event loops.
        QCoreApplication::removePostedEvents(QCoreApplication::instance(), QEvent::Quit);
        QVERIFY(!window->isVisible());
    }

    void withoutATrayClosingTheWindowQuits()
    {
        prepareJournal();
        startUnlocked();
        QVERIFY(!m_controller->tray()->isAvailable()); // offscreen has no tray
        MainWindow* window = m_controller->window();
        QTimer::singleShot(0, window, &QWidget::close);
        QTimer failSafe;
        failSafe.setSingleShot(true);
        connect(&failSafe, &QTimer::timeout, [] { QCoreApplication::exit(3); });
        failSafe.start(20000);
        QCOMPARE(QCoreApplication::exec(), 0);
        // A second quit may still be queued (the last window closed); it must not end later event loops.
        QCoreApplication::removePostedEvents(QCoreApplication::instance(), QEvent::Quit);
        QVERIFY(!window->isVisible());
        QVERIFY(m_notices.isEmpty());
    }
};

QTEST_MAIN(TestReminders)
#include "tst_reminders.moc"
