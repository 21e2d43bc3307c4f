#include "support/ControllerTestSupport.h"
#include "support/TestSupport.h"
#include "support/WidgetTestSupport.h"

#include "core/AccountService.h"
#include "gui/AppController.h"
#include "gui/MainWindow.h"
#include "gui/chat/PostListModel.h"
#include "storage/Database.h"

#include <QApplication>
#include <QDateTime>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using namespace TestSupport;

namespace {

const QString password = QStringLiteral("a long enough passphrase");

} // namespace

// Commands from a terminal write while the window has the journal open, and the window
// shows what they wrote.
class TestManyWriters : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QObject* m_pendingActions = nullptr;

    QString journal() const { return m_dir.filePath(QStringLiteral("journal.sqlite3")); }

    ProcessResult write(const QString& text)
    {
        return runSoliloquy({QStringLiteral("--database"), journal(), QStringLiteral("write"),
                             QStringLiteral("--username"), QStringLiteral("ann"),
                             QStringLiteral("--password-stdin"), text},
                            password.toUtf8() + '\n');
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The account's key derivation is the tests' fast one, which the commands read from
        // the journal too.
        useFastKeyDerivation();
        keepSettingsIn(m_dir.filePath(QStringLiteral("config")), QStringLiteral("tst_manywriters"));
    }

    void init()
    {
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(journal() + suffix);
        Database database(journal());
        QVERIFY(database.open());
        QVERIFY(AccountService(database.connection())
                    .registerAccount(QStringLiteral("ann"), QStringLiteral("ann@example.org"), password)
                    .session);
        m_pendingActions = new QObject;
    }

    void cleanup() { delete m_pendingActions; }

    // `soliloquy write` while the window is open: saved, and in the chat within a second.
    void aPostWrittenInATerminalAppearsInTheOpenWindow()
    {
        auto database = std::make_unique<Database>(journal());
        QVERIFY(database->open());
        AppController controller(std::move(database));
        whenModalOpens(m_pendingActions, [](QWidget* login) {
            QTest::keyClicks(child<QLineEdit>(login, "passwordEdit"), password);
            QTest::mouseClick(child<QPushButton>(login, "unlockButton"), Qt::LeftButton);
        });
        QVERIFY(startAndWait(controller));
        QVERIFY(QTest::qWaitForWindowExposed(controller.window()));
        PostListModel* model = controller.window()->postModel();
        QCOMPARE(model->rowCount(), 0);

        const ProcessResult result = write(QStringLiteral("written in a terminal"));
        QVERIFY2(result.exitCode == 0, qPrintable(result.standardError));
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 1000);
        QCOMPARE(model->postAt(0).text, QStringLiteral("written in a terminal"));

        // Many at once, as an import brings them: the newest page is read anew.
        Database beside(journal());
        QVERIFY(beside.open(Database::Options::besideTheWindow()));
        QVERIFY(beside.isShared());
        const std::unique_ptr<Session> session =
            AccountService(beside.connection()).login(QStringLiteral("ann"), password).session;
        QVERIFY(session);
        QVERIFY(seedPosts(beside.connection(), *session, 150, QDateTime::currentMSecsSinceEpoch(), 1000));
        QTRY_VERIFY_WITH_TIMEOUT(
            model->newestPost() && model->newestPost()->text == QStringLiteral("post 149"), 1000);
    }

    // Two terminals writing 50 posts each at once beside the open journal: every one lands.
    void twoTerminalsWritingAtOnceAllLand()
    {
        Database window(journal()); // as the window holds it: the one-writer lock taken
        QVERIFY(window.open());
        std::atomic<int> refused = 0;
        QString firstError;
        const auto writeFifty = [&](const QString& who) {
            for (int i = 0; i < 50; ++i) {
                const ProcessResult result = write(QStringLiteral("%1 %2").arg(who).arg(i));
                if (result.exitCode != 0 && refused++ == 0)
                    firstError = result.standardError;
            }
        };
        std::thread first(writeFifty, QStringLiteral("first"));
        std::thread second(writeFifty, QStringLiteral("second"));
        first.join();
        second.join();
        QVERIFY2(refused == 0,
                 qPrintable(QStringLiteral("%1 refused: %2").arg(refused.load()).arg(firstError)));
        QCOMPARE(queryValue(journal(), QStringLiteral("SELECT count(*) FROM posts")).toInt(), 100);
    }
};

QTEST_MAIN(TestManyWriters)
#include "tst_manywriters.moc"
