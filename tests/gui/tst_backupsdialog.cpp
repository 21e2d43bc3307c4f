#include "support/ControllerTestSupport.h"
#include "support/TestSupport.h"
#include "support/WidgetTestSupport.h"

#include "core/AccountService.h"
#include "gui/AppController.h"
#include "gui/MainWindow.h"
#include "gui/MessageBox.h"
#include "gui/chat/Composer.h"
#include "gui/chat/PostListModel.h"
#include "storage/Database.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace TestSupport;

namespace {

const QString password = QStringLiteral("a long enough passphrase");

void unlockAs(QWidget* login)
{
    child<QLineEdit>(login, "loginEdit")->setText(QStringLiteral("ann"));
    child<QLineEdit>(login, "passwordEdit")->setText(password);
    QTest::mouseClick(child<QPushButton>(login, "unlockButton"), Qt::LeftButton);
}

} // namespace

// Backing up from the window and restoring a chosen backup while the app runs.
class TestBackupsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { useFastKeyDerivation(); }

    void backUpNowThenRestoreIt()
    {
        QTemporaryDir dir;
        auto database = std::make_unique<Database>(dir.filePath(QStringLiteral("journal.sqlite3")));
        QVERIFY(database->open());
        QVERIFY(AccountService(database->connection())
                    .registerAccount(QStringLiteral("ann"), QStringLiteral("ann@example.org"), password)
                    .session);
        QObject pending;
        AppController controller(std::move(database));
        whenModalOpens(&pending, unlockAs);
        QVERIFY(startAndWait(controller));
        MainWindow* window = controller.window();
        auto* composer = child<Composer>(window, "composer");
        QTest::keyClicks(composer, QStringLiteral("kept"));
        QTest::keyClick(composer, Qt::Key_Return);

        int backupsListed = -1;
        whenModalOpens(&pending, [&](QWidget* dialog) {
            auto* list = child<QListWidget>(dialog, "backupList");
            const int before = list->count(); // the daily one, taken at unlock
            QTest::mouseClick(child<QPushButton>(dialog, "backUpNowButton"), Qt::LeftButton);
            backupsListed = list->count() - before;
            QTest::mouseClick(child<QPushButton>(dialog, "closeButton"), Qt::LeftButton);
        });
        child<QAction>(window, "actionBackups")->trigger();
        QTRY_COMPARE(backupsListed, 1);

        QTest::keyClicks(composer, QStringLiteral("written after the backup"));
        QTest::keyClick(composer, Qt::Key_Return);
        QCOMPARE(window->postModel()->rowCount(), 2);

        whenModalOpens(&pending, [&](QWidget* dialog) {
            child<QListWidget>(dialog, "backupList")->setCurrentRow(0); // the newest
            MessageBox::setNextAnswer(QMessageBox::Yes);
            whenModalOpens(&pending, unlockAs); // the restored journal asks for the password
            QTest::mouseClick(child<QPushButton>(dialog, "restoreButton"), Qt::LeftButton);
        });
        QSignalSpy unlocked(&controller, &AppController::unlocked);
        child<QAction>(window, "actionBackups")->trigger();
        QTRY_COMPARE(unlocked.count(), 1);
        QVERIFY(!controller.isLocked());
        QTRY_VERIFY(window->isVisible());
        QCOMPARE(window->postModel()->rowCount(), 1);
        QCOMPARE(window->postModel()->postAt(0).text, QStringLiteral("kept"));
        // The journal it replaced was set aside, not deleted.
        QVERIFY(!QDir(dir.filePath(QStringLiteral("backups")))
                     .entryList({QStringLiteral("*-replaced-*.sqlite3")}, QDir::Files)
                     .isEmpty());
    }
};

QTEST_MAIN(TestBackupsDialog)
#include "tst_backupsdialog.moc"
