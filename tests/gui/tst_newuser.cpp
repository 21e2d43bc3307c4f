#include "support/JournalFixture.h"
#include "support/TestSupport.h"
#include "support/WidgetTestSupport.h"

#include "core/AccountService.h"
#include "core/Journal.h"
#include "gui/AppSettings.h"
#include "gui/MainWindow.h"
#include "gui/MessageBox.h"
#include "gui/RecoveryKeyDialog.h"
#include "gui/chat/ChatView.h"
#include "gui/chat/PostListModel.h"
#include "storage/Database.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

// What a new user meets in the first hour: where file dialogs open, what the import
// understands by itself, the welcome of an empty journal and messages that go stale.
class TestNewUser : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_home;
    std::unique_ptr<JournalFixture> m_fixture;
    std::unique_ptr<AccountService> m_accounts;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<MainWindow> m_window;

    void openWindow()
    {
        m_journal = std::make_unique<Journal>(m_fixture->connection(), m_fixture->session());
        m_window = std::make_unique<MainWindow>();
        m_window->resize(800, 600);
        m_window->showJournal(m_journal.get(), m_accounts.get(), &m_fixture->session());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void write(const QString& text)
    {
        auto* composer = child<QWidget>(m_window.get(), "composer");
        QTest::keyClicks(composer, text);
        QTest::keyClick(composer, Qt::Key_Return);
    }

    static QString sample(const QString& name) { return QStringLiteral(SOLILOQUY_TEST_DATA "/") + name; }

private Q_SLOTS:
    void initTestCase()
    {
        useFastKeyDerivation();
        keepSettingsIn(m_dir.filePath(QStringLiteral("config")), QStringLiteral("tst_newuser"));
        // Started from a menu, the app's working folder is the file system's root.
        QDir::setCurrent(QStringLiteral("/"));
        m_home = m_dir.filePath(QStringLiteral("home"));
        QDir().mkpath(m_home);
        qputenv("HOME", m_home.toLocal8Bit());
    }

    void init()
    {
        QSettings().clear();
        QFile::remove(m_dir.filePath(QStringLiteral("journal.sqlite3")));
        m_fixture = std::make_unique<JournalFixture>(m_dir.filePath(QStringLiteral("journal.sqlite3")));
        QVERIFY(m_fixture->isReady());
        m_accounts = std::make_unique<AccountService>(m_fixture->connection());
    }

    void cleanup()
    {
        m_window.reset();
        m_journal.reset();
        m_accounts.reset();
        m_fixture.reset();
    }

    // The export opens in the home folder, then where the last file was chosen; a name typed
    // without an extension gets the chosen type's.
    void fileDialogsOpenAtHomeThenWhereTheLastFileWent()
    {
        openWindow();
        write(QStringLiteral("first post"));
        QTest::keyClick(m_window.get(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
        QFileDialog* chooser = openFileChooser(m_window.get());
        QVERIFY(chooser);
        QCOMPARE(chooser->directory().absolutePath(), m_home);

        const QString folder = m_dir.filePath(QStringLiteral("exports"));
        QVERIFY(QDir().mkpath(folder));
        // The type chosen in the dialog's list: Markdown, one below JSON.
        auto* types = chooser->findChild<QComboBox*>(QStringLiteral("fileTypeCombo"));
        QVERIFY(types);
        types->setFocus();
        QTest::keyClick(types, Qt::Key_Down);
        QCOMPARE(chooser->selectedNameFilter(), chooser->nameFilters().at(1));
        // The suggested name follows the type.
        QCOMPARE(QFileInfo(chooser->selectedFiles().value(0)).fileName(), QStringLiteral("journal.md"));
        chooseFile(chooser, folder + QStringLiteral("/my journal"));
        QTRY_VERIFY(QFile::exists(folder + QStringLiteral("/my journal.md")));
        QFile markdown(folder + QStringLiteral("/my journal.md"));
        QVERIFY(markdown.open(QIODevice::ReadOnly));
        QVERIFY(markdown.readAll().startsWith("# Journal of ann"));
        QTRY_VERIFY(!m_window->isTransferring()); // Import waits for the export to end
        // Back to the window, as a window manager does once the dialog is gone (offscreen does not).
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));

        QTest::keyClick(m_window.get(), Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(!m_window->findChild<QFileDialog*>(QStringLiteral("fileChooser")) ||
                    m_window->findChild<QFileDialog*>(QStringLiteral("fileChooser"))->acceptMode() ==
                        QFileDialog::AcceptOpen);
        chooser = openFileChooser(m_window.get());
        QVERIFY(chooser);
        QCOMPARE(chooser->directory().absolutePath(), folder);
        chooser->reject();
    }

    // The window's import needs no format: a jrnl file is read as one, and a file of no
    // known kind is refused in a sentence that names what it looks like.
    void importInTheWindowRecognisesTheFile()
    {
        openWindow();
        QTest::keyClick(m_window.get(), Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
        QFileDialog* chooser = openFileChooser(m_window.get());
        QVERIFY(chooser);
        chooseFile(chooser, sample(QStringLiteral("jrnl.json")));
        QTRY_COMPARE(m_journal->count(), 4);

        QFile other(m_dir.filePath(QStringLiteral("settings.json")));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write(R"({"theme": "dark"})");
        other.close();
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QVERIFY(!m_window->importFrom(other.fileName()));
        QVERIFY2(MessageBox::lastText().startsWith(
                     QStringLiteral("This JSON file is not a journal export Soliloquy knows")),
                 qPrintable(MessageBox::lastText()));
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("Nothing was imported.")));
        QCOMPARE(m_journal->count(), 4);
    }

    // "The draft could not be saved: the disk is full" stays while it is true, and goes once a
    // draft is saved again: after the disk was freed and a post sent.
    void aMessageAboutAFullDiskGoesWhenTheDiskIsFreed()
    {
        openWindow();
        QSqlQuery query(m_fixture->connection());
        QVERIFY(query.exec(QStringLiteral("PRAGMA page_count")) && query.next());
        const int pages = query.value(0).toInt();
        QVERIFY(query.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
        auto* composer = child<QPlainTextEdit>(m_window.get(), "composer");
        composer->setFocus();
        composer->insertPlainText(QString(20000, QLatin1Char('x')));
        QStatusBar* status = m_window->statusBar();
        QTRY_VERIFY(status->currentMessage().startsWith(QStringLiteral("The draft could not be saved")));

        QVERIFY(query.exec(QStringLiteral("PRAGMA max_page_count = 1073741823")));
        composer->selectAll();
        QTest::keyClicks(composer, QStringLiteral("the disk has room again"));
        QTest::keyClick(composer, Qt::Key_Return);
        QTRY_COMPARE(m_window->postModel()->rowCount(), 1);
        QCOMPARE(status->currentMessage(), QString());
    }

    // A new journal greets its user with how it works; the welcome goes with the first post.
    void anEmptyJournalShowsAWelcomeUntilTheFirstPost()
    {
        openWindow();
        auto* welcome = child<QLabel>(m_window.get(), "welcomeNote");
        QVERIFY(welcome->isVisible());
        for (const char* topic :
             {"press Enter", "#travel", "Ctrl+F", "Ctrl+L", "recovery key is the only way"})
            QVERIFY2(welcome->text().contains(QLatin1String(topic)), topic);
        QVERIFY(m_window->chatView()->viewport()->rect().contains(welcome->geometry()));

        write(QStringLiteral("Dear diary"));
        QTRY_COMPARE(m_window->postModel()->rowCount(), 1);
        QVERIFY(!welcome->isVisible());
    }

    // Where no window manager places it, the window opens in the middle of the screen the first
    // time, and then where the user left it, at the size they gave it.
    void theWindowOpensCentredThenWhereItWasLeft()
    {
        AppSettings settings;
        const QRect left(40, 50, 520, 400);
        {
            MainWindow window;
            window.setSettings(&settings, m_dir.filePath(QStringLiteral("journal.sqlite3")));
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            const QRect screenArea = window.screen()->availableGeometry();
            const QPoint offCentre = window.geometry().center() - screenArea.center();
            QVERIFY2(offCentre.manhattanLength() <= 4,
                     qPrintable(QStringLiteral("%1, %2").arg(offCentre.x()).arg(offCentre.y())));
            window.setGeometry(left); // moved and resized by the user
            QTRY_COMPARE(window.geometry(), left);
            QTest::keyClick(&window, Qt::Key_Q, Qt::ControlModifier);
            QTRY_VERIFY(!window.isVisible());
        }
        MainWindow again;
        again.setSettings(&settings, m_dir.filePath(QStringLiteral("journal.sqlite3")));
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.geometry(), left);
    }

    // Saving the recovery key says it worked, as copying it does.
    void savingTheRecoveryKeyShowsItWorked()
    {
        RecoveryKeyDialog dialog(QStringLiteral("ABCD-EFGH"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* save = child<QPushButton>(&dialog, "saveButton");
        QTest::mouseClick(save, Qt::LeftButton);
        QFileDialog* chooser = openFileChooser(&dialog);
        QVERIFY(chooser);
        QCOMPARE(chooser->directory().absolutePath(), m_home);
        chooseFile(chooser, QStringLiteral("my key"));
        QTRY_COMPARE(save->text(), QStringLiteral("Saved"));
        QFile saved(m_home + QStringLiteral("/my key.txt"));
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QVERIFY(saved.readAll().contains("ABCD-EFGH"));
        QVERIFY(save->toolTip().contains(saved.fileName()));
    }
};

QTEST_MAIN(TestNewUser)
#include "tst_newuser.moc"
