#include "support/TestSupport.h"
#include "support/WidgetTestSupport.h"

#include "core/AccountService.h"
#include "core/Journal.h"
#include "gui/AppController.h"
#include "gui/AppSettings.h"
#include "gui/MainWindow.h"
#include "gui/SettingsDialog.h"
#include "gui/chat/ChatView.h"
#include "gui/chat/Composer.h"
#include "gui/chat/PostDelegate.h"
#include "gui/chat/PostListModel.h"
#include "storage/Database.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFontInfo>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>

using namespace TestSupport;

namespace {

const QString password = QStringLiteral("a long enough passphrase");

void typeInto(QSpinBox* spin, const QString& text)
{
    spin->setFocus();
    QTest::keyClick(spin, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(spin, text);
}

void choose(QComboBox* combo, const QVariant& data)
{
    const int index = combo->findData(data);
    QVERIFY(index >= 0);
    combo->setFocus();
    // As a user does it with the keyboard: step until the wanted item is current.
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < index; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(combo->currentIndex(), index);
}

} // namespace

// Settings are kept across starts and take effect the moment they change.
class TestSettings : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString journalPath() const { return m_dir.filePath(QStringLiteral("journal.sqlite3")); }

private Q_SLOTS:
    void initTestCase()
    {
        useFastKeyDerivation();
        // The settings of this test live in its own folder, never in the user's.
        keepSettingsIn(m_dir.filePath(QStringLiteral("config")), QStringLiteral("tst_settings"));
    }

    void init()
    {
        QSettings().clear();
        QFile::remove(journalPath());
    }

    void settingsAreKeptForTheNextStart()
    {
        {
            AppSettings settings;
            QSignalSpy changed(&settings, &AppSettings::changed);
            settings.setReminderEnabled(true);
            settings.setReminderTime(QTime(21, 30));
            settings.setAutoLockMinutes(3);
            settings.setTheme(AppSettings::Theme::Dark);
            settings.setPostFontSize(16);
            settings.setClockFormat(AppSettings::ClockFormat::TwentyFourHour);
            settings.setOnThisDayEnabled(false);
            QCOMPARE(changed.count(), 7);
            settings.setPostFontSize(16);
            QCOMPARE(changed.count(), 7); // the same value again is no change
        }
        QVERIFY(QFileInfo::exists(QSettings().fileName()));
        QVERIFY(QSettings().fileName().startsWith(m_dir.path()));

        const AppSettings reread;
        QCOMPARE(reread.reminderEnabled(), true);
        QCOMPARE(reread.reminderTime(), QTime(21, 30));
        QCOMPARE(reread.autoLockMinutes(), 3);
        QCOMPARE(reread.theme(), AppSettings::Theme::Dark);
        QCOMPARE(reread.postFontSize(), 16);
        QCOMPARE(reread.clockFormat(), AppSettings::ClockFormat::TwentyFourHour);
        QCOMPARE(reread.onThisDayEnabled(), false);
    }

    void freshSettingsHaveSensibleDefaultsAndOddValuesAreIgnored()
    {
        const AppSettings settings;
        QCOMPARE(settings.reminderEnabled(), false);
        QCOMPARE(settings.reminderTime(), QTime(20, 0));
        QCOMPARE(settings.autoLockMinutes(), AppSettings::DefaultAutoLockMinutes);
        QCOMPARE(settings.theme(), AppSettings::Theme::System);
        QCOMPARE(settings.postFontSize(), 0);
        QCOMPARE(settings.clockFormat(), AppSettings::ClockFormat::System);
        QCOMPARE(settings.searchIgnoresAccents(), true);

        // A hand-edited file with nonsense in it.
        QSettings file;
        file.setValue(QStringLiteral("appearance/theme"), QStringLiteral("Purple"));
        file.setValue(QStringLiteral("appearance/postFontSize"), 500);
        file.setValue(QStringLiteral("security/autoLockMinutes"), QStringLiteral("soon"));
        file.setValue(QStringLiteral("reminder/time"), QStringLiteral("25:99"));
        QCOMPARE(settings.theme(), AppSettings::Theme::System);
        QCOMPARE(settings.postFontSize(), AppSettings::MaximumPostFontSize);
        QCOMPARE(settings.autoLockMinutes(), AppSettings::DefaultAutoLockMinutes);
        QCOMPARE(settings.reminderTime(), QTime(20, 0));
    }

    void theDialogStoresEveryChangeAtOnce()
    {
        AppSettings settings;
        SettingsDialog dialog(settings, journalPath());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        auto* reminder = child<QCheckBox>(&dialog, "reminderCheck");
        auto* reminderTime = child<QTimeEdit>(&dialog, "reminderTimeEdit");
        QVERIFY(!reminderTime->isEnabled()); // no time to pick while the reminder is off
        QTest::mouseClick(reminder, Qt::LeftButton, {}, QPoint(8, reminder->height() / 2));
        QVERIFY(settings.reminderEnabled());
        QVERIFY(reminderTime->isEnabled());
        reminderTime->setFocus();
        reminderTime->setSelectedSection(QDateTimeEdit::HourSection);
        QTest::keyClicks(reminderTime, QStringLiteral("07"));
        reminderTime->setSelectedSection(QDateTimeEdit::MinuteSection);
        QTest::keyClicks(reminderTime, QStringLiteral("15"));
        QCOMPARE(settings.reminderTime(), QTime(7, 15));

        typeInto(child<QSpinBox>(&dialog, "autoLockSpin"), QStringLiteral("25"));
        QCOMPARE(settings.autoLockMinutes(), 25);
        typeInto(child<QSpinBox>(&dialog, "autoLockSpin"), QStringLiteral("0"));
        QTest::keyClick(child<QSpinBox>(&dialog, "autoLockSpin"),
                        Qt::Key_Tab); // leaving the box tidies its text
        QCOMPARE(settings.autoLockMinutes(), 0);
        QCOMPARE(child<QSpinBox>(&dialog, "autoLockSpin")->text(), QStringLiteral("Never"));

        choose(child<QComboBox>(&dialog, "themeCombo"), QVariant::fromValue(AppSettings::Theme::Dark));
        QCOMPARE(settings.theme(), AppSettings::Theme::Dark);
        choose(child<QComboBox>(&dialog, "clockFormatCombo"),
               QVariant::fromValue(AppSettings::ClockFormat::TwelveHour));
        QCOMPARE(settings.clockFormat(), AppSettings::ClockFormat::TwelveHour);

        typeInto(child<QSpinBox>(&dialog, "fontSizeSpin"), QStringLiteral("18"));
        QCOMPARE(settings.postFontSize(), 18);

        QTest::mouseClick(child<QCheckBox>(&dialog, "onThisDayCheck"), Qt::LeftButton, {}, QPoint(8, 8));
        QCOMPARE(settings.onThisDayEnabled(), false);

        auto* accents = child<QCheckBox>(&dialog, "ignoreAccentsCheck");
        QVERIFY(accents->isChecked()); // on by default
        QTest::mouseClick(accents, Qt::LeftButton, {}, QPoint(8, accents->height() / 2));
        QCOMPARE(settings.searchIgnoresAccents(), false);

        // A second dialog opens with what the first one stored.
        SettingsDialog again(settings, journalPath());
        QCOMPARE(child<QTimeEdit>(&again, "reminderTimeEdit")->time(), QTime(7, 15));
        QCOMPARE(child<QSpinBox>(&again, "fontSizeSpin")->value(), 18);
        QCOMPARE(child<QComboBox>(&again, "themeCombo")->currentData().value<AppSettings::Theme>(),
                 AppSettings::Theme::Dark);
        QVERIFY(child<QCheckBox>(&again, "reminderCheck")->isChecked());
        QVERIFY(!child<QCheckBox>(&again, "ignoreAccentsCheck")->isChecked());

        QTest::mouseClick(child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Close),
                          Qt::LeftButton);
        QVERIFY(!dialog.isVisible());
    }

    void theDialogShowsTheJournalFileAndOpensItsFolder()
    {
        AppSettings settings;
        SettingsDialog dialog(settings, journalPath());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(child<QLabel>(&dialog, "databasePathLabel")->text(),
                 QDir::toNativeSeparators(journalPath()));
        QUrl opened;
        dialog.setFolderOpener([&opened](const QUrl& url) { opened = url; });
        QTest::mouseClick(child<QPushButton>(&dialog, "openFolderButton"), Qt::LeftButton);
        QCOMPARE(opened, QUrl::fromLocalFile(m_dir.path()));
    }

    void fontSizeAndClockFormatApplyLiveToTheChat()
    {
        Database database(journalPath());
        QVERIFY(database.open());
        AccountService accounts(database.connection());
        std::unique_ptr<Session> session =
            accounts.registerAccount(QStringLiteral("ann"), QStringLiteral("ann@example.org"), password)
                .session;
        QVERIFY(session);
        const qint64 quarterToFour = QDateTime(QDate(2025, 3, 14), QTime(15, 45)).toMSecsSinceEpoch();
        Journal journal(database.connection(), *session, [quarterToFour] { return quarterToFour; });
        StorageError error;
        QVERIFY(
            journal.send(QStringLiteral("A post long enough to wrap onto a few lines when the font grows, "
                                        "which it is about to do."),
                         &error));

        AppSettings settings;
        MainWindow window;
        window.resize(700, 500);
        window.showJournal(&journal, &accounts, session.get());
        window.setSettings(&settings, journalPath());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        ChatView* view = window.chatView();
        const int heightBefore = view->visualRect(window.postModel()->index(0)).height();
        const int sizeBefore = QFontInfo(view->font()).pointSize();

        auto* settingsAction = child<QAction>(&window, "actionSettings");
        QCOMPARE(settingsAction->shortcut(), QKeySequence(QStringLiteral("Ctrl+,")));
        settingsAction->trigger();
        auto* dialog = window.findChild<SettingsDialog*>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());

        typeInto(child<QSpinBox>(dialog, "fontSizeSpin"), QStringLiteral("24"));
        QCOMPARE(QFontInfo(view->font()).pointSize(), 24);
        QVERIFY(sizeBefore < 24);
        QCOMPARE(QFontInfo(child<Composer>(&window, "composer")->font()).pointSize(), 24);
        QTRY_VERIFY2(view->visualRect(window.postModel()->index(0)).height() > heightBefore,
                     "the post is laid out again in the bigger font");

        const PostDelegate* delegate = view->postDelegate();
        choose(child<QComboBox>(dialog, "clockFormatCombo"),
               QVariant::fromValue(AppSettings::ClockFormat::TwentyFourHour));
        QCOMPARE(delegate->timeText(quarterToFour), QStringLiteral("15:45"));
        choose(child<QComboBox>(dialog, "clockFormatCombo"),
               QVariant::fromValue(AppSettings::ClockFormat::TwelveHour));
        QCOMPARE(delegate->timeText(quarterToFour), QStringLiteral("3:45 PM"));

        // Back to the system's size: the chat follows the application's font again.
        for (int i = 0; i < 3; ++i)
            QTest::keyClick(child<QSpinBox>(dialog, "fontSizeSpin"), Qt::Key_PageDown);
        QCOMPARE(child<QSpinBox>(dialog, "fontSizeSpin")->text(), QStringLiteral("System size"));
        QCOMPARE(settings.postFontSize(), 0);
        QCOMPARE(QFontInfo(view->font()).pointSize(), sizeBefore);
        dialog->close();
    }

    void autoLockAndThemeApplyLiveThroughTheController()
    {
        auto database = std::make_unique<Database>(journalPath());
        QVERIFY(database->open());
        AppSettings().setAutoLockMinutes(7);
        AppController controller(std::move(database));
        QCOMPARE(controller.idleTimeoutMilliseconds(), 7 * 60 * 1000); // read at start

        controller.settings()->setAutoLockMinutes(2);
        QCOMPARE(controller.idleTimeoutMilliseconds(), 2 * 60 * 1000);
        controller.settings()->setAutoLockMinutes(0);
        QCOMPARE(controller.idleTimeoutMilliseconds(), 0); // never

        const QColor systemWindow = QApplication::palette().color(QPalette::Window);
        controller.settings()->setTheme(AppSettings::Theme::Dark);
        QVERIFY2(QApplication::palette().color(QPalette::Window).lightness() < 100,
                 qPrintable(QApplication::palette().color(QPalette::Window).name()));
        QVERIFY(QApplication::palette().color(QPalette::Text).lightness() > 180);
        controller.settings()->setTheme(AppSettings::Theme::Light);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 150);
        controller.settings()->setTheme(AppSettings::Theme::System);
        QCOMPARE(QApplication::palette().color(QPalette::Window), systemWindow);
    }
};

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
