#include "support/ControllerTestSupport.h"
#include "support/JournalFixture.h"
#include "support/TestSupport.h"
#include "support/WidgetTestSupport.h"

#include "core/Journal.h"
#include "core/SyncRound.h"
#include "gui/AppController.h"
#include "gui/JoinDialog.h"
#include "gui/MainWindow.h"
#include "gui/SyncController.h"
#include "gui/chat/PostListModel.h"
#include "storage/Database.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

namespace {

struct JoinAnswers
{
    QString folder;
    QString username;
    QString password;
    QString computerName;
};

// Types into the join dialog's fields as a user does, and clicks Join.
void typeJoin(QWidget* join, const JoinAnswers& answers)
{
    auto* folderEdit = child<QLineEdit>(join, "folderEdit");
    auto* usernameEdit = child<QLineEdit>(join, "usernameEdit");
    auto* nameEdit = child<QLineEdit>(join, "computerNameEdit");
    folderEdit->clear();
    QTest::keyClicks(folderEdit, answers.folder);
    usernameEdit->clear();
    QTest::keyClicks(usernameEdit, answers.username);
    QTest::keyClicks(child<QLineEdit>(join, "passwordEdit"), answers.password);
    nameEdit->selectAll();
    QTest::keyClicks(nameEdit, answers.computerName);
    QTest::mouseClick(child<QPushButton>(join, "joinButton"), Qt::LeftButton);
}

} // namespace

// A second computer joins, from the window, the journal the first keeps in a sync folder: the
// register dialog of a first launch (or the login) leads to the join, and the window opens on
// the first computer's posts. A join that fails says why and leaves the journal as it was.
class TestSyncJoin : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QObject* m_pending = nullptr; // the dialog answers of the test running
    QString m_folder;             // the sync folder of computer A, ann's laptop

    QString path(const QString& name) const { return m_dir.filePath(name); }

    // The journal of computer B: a new, empty file.
    std::unique_ptr<Database> newJournal(const QString& name)
    {
        auto database = std::make_unique<Database>(path(name));
        if (!database->open())
            qFatal("cannot open the test journal");
        return database;
    }

    static qint64 accounts(const QString& journal)
    {
        return queryValue(journal, QStringLiteral("SELECT count(*) FROM users")).toLongLong();
    }

private Q_SLOTS:
    void initTestCase()
    {
        useFastKeyDerivation();
        keepSettingsIn(path(QStringLiteral("config")), QStringLiteral("tst_syncjoin"));
        // Computer A: ann's journal with two posts, synced into the folder.
        const QString laptopPath = path(QStringLiteral("laptop.sqlite3"));
        JournalFixture laptop(laptopPath);
        QVERIFY(laptop.isReady());
        Journal journal(laptop.connection(), laptop.session());
        StorageError error;
        QVERIFY(journal.send(QStringLiteral("written on the laptop"), &error));
        QVERIFY(journal.send(QStringLiteral("and a second post"), &error));
        m_folder = path(QStringLiteral("Sync"));
        QString enableError;
        QVERIFY2(SyncRound::enable(laptop.connection(), laptop.session(), m_folder, QStringLiteral("Laptop"),
                                   &enableError),
                 qPrintable(enableError));
        QCOMPARE(SyncRound(laptop.connection(), laptop.session()).run().sent, 1);
    }

    void init() { m_pending = new QObject(this); }
    void cleanup() { delete m_pending; }

    void theFirstLaunchJoinsAndTheWindowShowsTheOtherComputersPosts()
    {
        const QString desktopPath = path(QStringLiteral("desktop.sqlite3"));
        AppController controller(newJournal(QStringLiteral("desktop.sqlite3")));
        bool busyShown = false;
        whenModalOpens(m_pending, [&](QWidget* registration) {
            QCOMPARE(registration->objectName(), QStringLiteral("RegisterDialog"));
            QTest::mouseClick(child<QPushButton>(registration, "joinSyncedButton"), Qt::LeftButton);
            auto* join = qobject_cast<JoinDialog*>(QApplication::activeModalWidget());
            QVERIFY(join);
            // The host name until the user names the computer.
            QVERIFY(!child<QLineEdit>(join, "computerNameEdit")->text().isEmpty());
            typeJoin(join, {m_folder, QStringLiteral("ann"), JournalFixture::password(),
                            QStringLiteral("Desktop")});
            // The key is derived on a worker: the dialog says so, and Cancel waits.
            busyShown = child<QProgressBar>(join, "joinProgress")->isVisible() &&
                        !child<QPushButton>(join, "cancelButton")->isEnabled() && join->isJoining();
        });
        QVERIFY(startAndWait(controller));
        QVERIFY(busyShown);
        QCOMPARE(controller.session()->username(), QStringLiteral("ann"));
        QVERIFY(controller.sync()->isSyncing());
        QCOMPARE(controller.sync()->computerName(), QStringLiteral("Desktop"));
        // The first round brings the laptop's posts into the window.
        const PostListModel* posts = controller.window()->postModel();
        QTRY_COMPARE_WITH_TIMEOUT(posts->rowCount(), 2, 20000);
        QCOMPARE(posts->postAt(0).text, QStringLiteral("written on the laptop"));
        QCOMPARE(posts->postAt(1).text, QStringLiteral("and a second post"));
        QCOMPARE(controller.sync()->computers(),
                 QStringList({QStringLiteral("Desktop"), QStringLiteral("Laptop")}));
        QCOMPARE(accounts(desktopPath), 1);
    }

    void aWrongPasswordSaysSoAndKeepsNoAccountUntilTheRightOne()
    {
        const QString journal = path(QStringLiteral("wrong-password.sqlite3"));
        AppController controller(newJournal(QStringLiteral("wrong-password.sqlite3")));
        QString shown;
        qint64 accountsAfterTheWrongOne = -1;
        whenModalOpens(m_pending, [&](QWidget* registration) {
            QTest::mouseClick(child<QPushButton>(registration, "joinSyncedButton"), Qt::LeftButton);
            QWidget* join = QApplication::activeModalWidget();
            typeJoin(join, {m_folder, QStringLiteral("ann"), QStringLiteral("not the password at all"),
                            QStringLiteral("Desktop")});
            auto* message = child<QLabel>(join, "messageLabel");
            QTRY_VERIFY(!qobject_cast<JoinDialog*>(join)->isJoining());
            shown = message->text();
            accountsAfterTheWrongOne = accounts(journal);
            // The same dialog goes on: the right password joins.
            QVERIFY(child<QLineEdit>(join, "passwordEdit")->text().isEmpty());
            QTest::keyClicks(child<QLineEdit>(join, "passwordEdit"), JournalFixture::password());
            QTest::mouseClick(child<QPushButton>(join, "joinButton"), Qt::LeftButton);
        });
        QVERIFY(startAndWait(controller));
        QVERIFY2(shown.contains(QStringLiteral("password"), Qt::CaseInsensitive), qPrintable(shown));
        QCOMPARE(accountsAfterTheWrongOne, 0);
        QVERIFY(controller.sync()->isSyncing());
        QTRY_COMPARE_WITH_TIMEOUT(controller.window()->postModel()->rowCount(), 2, 20000);
    }

    void aFolderWithoutAJournalSaysSoAndCancelGoesBackToTheRegistration()
    {
        const QString journal = path(QStringLiteral("no-journal.sqlite3"));
        const QString empty = path(QStringLiteral("Empty"));
        QVERIFY(QDir().mkpath(empty));
        auto controller = std::make_unique<AppController>(newJournal(QStringLiteral("no-journal.sqlite3")));
        QStringList shown;
        bool backAtTheRegistration = false;
        whenModalOpens(m_pending, [&](QWidget* registration) {
            QTest::mouseClick(child<QPushButton>(registration, "joinSyncedButton"), Qt::LeftButton);
            auto* join = qobject_cast<JoinDialog*>(QApplication::activeModalWidget());
            auto* message = child<QLabel>(join, "messageLabel");
            // A folder that is not there is told before anything is tried.
            typeJoin(join, {path(QStringLiteral("Missing")), QStringLiteral("ann"),
                            JournalFixture::password(), QStringLiteral("Desktop")});
            QVERIFY(!join->isJoining());
            shown << message->text();
            typeJoin(join,
                     {empty, QStringLiteral("ann"), JournalFixture::password(), QStringLiteral("Desktop")});
            QTRY_VERIFY(!join->isJoining());
            QVERIFY(message->isVisible());
            shown << message->text();
            QTest::mouseClick(child<QPushButton>(join, "cancelButton"), Qt::LeftButton);
            backAtTheRegistration = QApplication::activeModalWidget() == registration;
            registration->close();
        });
        QVERIFY(!startAndWait(*controller));
        QCOMPARE(shown.size(), 2);
        QVERIFY2(shown.at(0).contains(QStringLiteral("is not there")), qPrintable(shown.at(0)));
        QVERIFY2(shown.at(1).contains(QStringLiteral("holds no journal to join")), qPrintable(shown.at(1)));
        QVERIFY(backAtTheRegistration);
        controller.reset();
        QCOMPARE(accounts(journal), 0);
    }

    void aJournalWithAnAccountAlreadySaysWhyFromTheLogin()
    {
        const QString journal = path(QStringLiteral("bea.sqlite3"));
        {
            JournalFixture bea(journal, QStringLiteral("bea"));
            QVERIFY(bea.isReady());
        }
        auto controller = std::make_unique<AppController>(newJournal(QStringLiteral("bea.sqlite3")));
        QString shown;
        whenModalOpens(m_pending, [&](QWidget* login) {
            QCOMPARE(login->objectName(), QStringLiteral("LoginDialog"));
            QTest::mouseClick(child<QPushButton>(login, "joinSyncedButton"), Qt::LeftButton);
            auto* join = qobject_cast<JoinDialog*>(QApplication::activeModalWidget());
            QVERIFY(join);
            typeJoin(join, {m_folder, QStringLiteral("ann"), JournalFixture::password(),
                            QStringLiteral("Desktop")});
            QTRY_VERIFY(!join->isJoining());
            shown = child<QLabel>(join, "messageLabel")->text();
            QTest::keyClick(join, Qt::Key_Escape);
            child<QPushButton>(login, "quitButton")->click();
        });
        QVERIFY(!startAndWait(*controller));
        QVERIFY2(shown.contains(QStringLiteral("already")), qPrintable(shown));
        controller.reset();
        QCOMPARE(accounts(journal), 1);
        QCOMPARE(queryValue(journal, QStringLiteral("SELECT count(*) FROM sync_settings")).toLongLong(), 0);
    }
};

QTEST_MAIN(TestSyncJoin)
#include "tst_syncjoin.moc"
