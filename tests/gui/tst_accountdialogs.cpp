#include "support/ControllerTestSupport.h"
#include "support/TestSupport.h"
#include "support/WidgetTestSupport.h"

#include "core/AccountService.h"
#include "core/Journal.h"
#include "core/SearchIndex.h"
#include "gui/AppController.h"
#include "gui/AppSettings.h"
#include "gui/GoToDateDialog.h"
#include "gui/Identicon.h"
#include "gui/LoginDialog.h"
#include "gui/MainWindow.h"
#include "gui/PictureLoader.h"
#include "gui/RecoverDialog.h"
#include "gui/RecoveryKeyDialog.h"
#include "gui/RegisterDialog.h"
#include "gui/TrayController.h"
#include "gui/chat/ChatView.h"
#include "gui/chat/PostListModel.h"
#include "pictures/PictureFile.h"
#include "storage/Database.h"
#include "storage/IntegrityCheck.h"

#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QClipboard>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <functional>

using namespace TestSupport;

namespace {

const QString password = QStringLiteral("a long enough passphrase");

// Runs `action` on the next modal dialog once it is open.
// Pending actions of a test that ended early are dropped in cleanup().
QObject* pendingActions = nullptr;

void whenModalOpens(const std::function<void(QWidget*)>& action)
{
    TestSupport::whenModalOpens(pendingActions, action);
}

void typeLogin(QWidget* dialog, const QString& login, const QString& secret)
{
    auto* loginEdit = child<QLineEdit>(dialog, "loginEdit");
    loginEdit->clear();
    QTest::keyClicks(loginEdit, login);
    QTest::keyClicks(child<QLineEdit>(dialog, "passwordEdit"), secret);
    QTest::mouseClick(child<QPushButton>(dialog, "unlockButton"), Qt::LeftButton);
}

} // namespace

class TestAccountDialogs : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;

    std::unique_ptr<Database> openJournal()
    {
        auto database = std::make_unique<Database>(m_dir.filePath(QStringLiteral("journal.sqlite3")));
        if (!database->open())
            qFatal("cannot open the test journal");
        return database;
    }

    // ann's account, for the tests that log in through the controller as a user would.
    bool registerAnn()
    {
        AccountService accounts(m_database->connection());
        return accounts.registerAccount(QStringLiteral("ann"), QStringLiteral("ann@example.org"), password)
                   .session != nullptr;
    }

    // Unlocks as ann once the login is up (other dialogs may come first), after `atLogin` has
    // looked at what the lock left; no idle lock follows this unlock.
    static void answerTheLogin(QTimer& watch, AppController& controller, const std::function<void()>& atLogin)
    {
        watch.setInterval(10);
        QObject::connect(&watch, &QTimer::timeout, &watch, [&watch, &controller, atLogin] {
            QWidget* login = QApplication::activeModalWidget();
            if (!login || login->objectName() != QLatin1String("LoginDialog"))
                return;
            watch.stop();
            atLogin();
            controller.setAutoLockMinutes(0);
            typeLogin(login, QStringLiteral("ann"), password);
        });
        watch.start();
    }

    // ann's journal, unlocked through the login, its window on screen; null if that failed.
    // `connectionName`, when given, names the journal's connection.
    std::unique_ptr<AppController> startAsAnn(QString* connectionName = nullptr)
    {
        if (!registerAnn())
            return nullptr;
        if (connectionName)
            *connectionName = m_database->connection().connectionName();
        auto controller = std::make_unique<AppController>(std::move(m_database));
        whenModalOpens([](QWidget* login) { typeLogin(login, QStringLiteral("ann"), password); });
        if (!startAndWait(*controller) || !QTest::qWaitForWindowActive(controller->window()))
            return nullptr;
        return controller;
    }

    // The object names (else class names) of the dialogs on screen.
    static QStringList visibleDialogs()
    {
        QStringList names;
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            if (widget->isVisible() && qobject_cast<QDialog*>(widget))
                names << (widget->objectName().isEmpty()
                              ? QString::fromLatin1(widget->metaObject()->className())
                              : widget->objectName());
        }
        return names;
    }

    // As if the disk were full: the journal's file may not grow any more.
    static void fillTheDisk(const QString& connectionName)
    {
        QSqlQuery query(QSqlDatabase::database(connectionName, false));
        QVERIFY(query.exec(QStringLiteral("PRAGMA page_count")) && query.next());
        QVERIFY(query.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(query.value(0).toInt())));
    }

private Q_SLOTS:
    void initTestCase()
    {
        useFastKeyDerivation();
        pendingActions = new QObject;
    }

    void init()
    {
        m_database.reset();
        QDir(m_dir.path()).removeRecursively();
        QDir().mkpath(m_dir.path());
        m_database = openJournal();
    }

    void cleanup()
    {
        delete pendingActions;
        pendingActions = new QObject;
        m_database.reset();
    }

    void registerFormValidatesAsTheUserTypes()
    {
        AccountService accounts(m_database->connection());
        QVERIFY(
            accounts.registerAccount(QStringLiteral("taken"), QStringLiteral("taken@example.org"), password)
                .session);
        RegisterDialog dialog(accounts);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* create = child<QPushButton>(&dialog, "createButton");
        auto* username = child<QLineEdit>(&dialog, "usernameEdit");
        auto* usernameHint = child<QLabel>(&dialog, "usernameHint");
        QVERIFY(!create->isEnabled());

        QTest::keyClicks(username, QStringLiteral("ab"));
        QVERIFY(usernameHint->isVisible());
        QVERIFY(usernameHint->text().contains(QStringLiteral("3 characters")));
        username->clear();
        QTest::keyClicks(username, QStringLiteral("TAKEN"));
        QVERIFY(usernameHint->text().contains(QStringLiteral("taken")));
        username->clear();
        QTest::keyClicks(username, QStringLiteral("new.user"));
        QVERIFY(!usernameHint->isVisible());

        QTest::keyClicks(child<QLineEdit>(&dialog, "emailEdit"), QStringLiteral("Taken@Example.org"));
        QVERIFY(child<QLabel>(&dialog, "emailHint")->text().contains(QStringLiteral("exists")));
        child<QLineEdit>(&dialog, "emailEdit")->clear();
        QTest::keyClicks(child<QLineEdit>(&dialog, "emailEdit"), QStringLiteral("new@example.org"));

        QTest::keyClicks(child<QLineEdit>(&dialog, "passwordEdit"), QStringLiteral("short"));
        QVERIFY(child<QLabel>(&dialog, "passwordHint")->text().contains(QStringLiteral("Too short")));
        QTest::keyClicks(child<QLineEdit>(&dialog, "passwordEdit"), QStringLiteral("ened1234"));
        QVERIFY(child<QLabel>(&dialog, "passwordHint")->text().startsWith(QStringLiteral("Good")));

        QTest::keyClicks(child<QLineEdit>(&dialog, "confirmEdit"), QStringLiteral("shortened123"));
        QVERIFY(child<QLabel>(&dialog, "confirmHint")->text().contains(QStringLiteral("do not match")));
        QVERIFY(!create->isEnabled());
        QTest::keyClicks(child<QLineEdit>(&dialog, "confirmEdit"), QStringLiteral("4"));
        QVERIFY(create->isEnabled());

        QTest::mouseClick(create, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const std::unique_ptr<Session> session = dialog.takeSession();
        QVERIFY(session);
        QCOMPARE(session->username(), QStringLiteral("new.user"));
        QVERIFY(!dialog.recoveryKey().isEmpty());
        QVERIFY(child<QLineEdit>(&dialog, "passwordEdit")->text().isEmpty()); // not kept around
    }

    void recoveryKeyMustBeSavedBeforeFinish()
    {
        RecoveryKeyDialog dialog(QStringLiteral("ABCD-EFGH"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* finish = child<QPushButton>(&dialog, "finishButton");
        QVERIFY(!finish->isEnabled());
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(dialog.isVisible()); // Escape does not skip the key

        QTest::mouseClick(child<QPushButton>(&dialog, "copyButton"), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("ABCD-EFGH"));
        const QString file = m_dir.filePath(QStringLiteral("key.txt"));
        QVERIFY(dialog.saveTo(file));
        QFile saved(file);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QVERIFY(saved.readAll().contains("ABCD-EFGH"));
        // The key opens the journal: the file is its owner's alone.
        QCOMPARE(saved.permissions() &
                     (QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::ReadOwner);

        child<QCheckBox>(&dialog, "savedCheck")->click();
        QVERIFY(finish->isEnabled());
        QTest::mouseClick(finish, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    // Without a picture, the registration shows the avatar the journal will use: the
    // identicon of the email as typed.
    void registrationPreviewsTheAvatarMadeFromTheEmail()
    {
        const auto premultiplied = [](const QImage& image) {
            return image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
        };
        AccountService accounts(m_database->connection());
        RegisterDialog dialog(accounts);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* preview = child<QLabel>(&dialog, "avatarPreview");
        auto* email = child<QLineEdit>(&dialog, "emailEdit");
        auto* noImage = child<QPushButton>(&dialog, "avatarClearButton");
        QVERIFY(preview->text().isEmpty());
        QVERIFY(!noImage->isEnabled());

        QTest::keyClicks(email, QStringLiteral("ann@example.org"));
        const QImage annsAvatar = preview->pixmap().toImage();
        QVERIFY(annsAvatar.width() >= 64);
        QCOMPARE(premultiplied(annsAvatar),
                 premultiplied(Identicon::forEmail(QStringLiteral("ann@example.org"), annsAvatar.width())));
        email->clear();
        QTest::keyClicks(email, QStringLiteral("bea@example.org"));
        const QImage beasAvatar = preview->pixmap().toImage();
        QVERIFY(premultiplied(beasAvatar) != premultiplied(annsAvatar));

        // A chosen image takes its place; "No image" brings the identicon back.
        QImage red(300, 200, QImage::Format_RGB32);
        red.fill(Qt::red);
        const QString file = m_dir.filePath(QStringLiteral("red.png"));
        QVERIFY(red.save(file));
        QVERIFY(dialog.setAvatarFromFile(file));
        const QImage chosen = preview->pixmap().toImage();
        QCOMPARE(chosen.pixelColor(chosen.width() / 2, chosen.height() / 2), QColor(Qt::red));
        QVERIFY(noImage->isEnabled());
        QTest::mouseClick(noImage, Qt::LeftButton);
        QCOMPARE(premultiplied(preview->pixmap().toImage()), premultiplied(beasAvatar));
        QVERIFY(!noImage->isEnabled());
    }

    // A dialog taller than its form keeps the form together under its intro, with the
    // buttons at the bottom: the extra height goes between them.
    void extraHeightGoesAboveTheButtons()
    {
        AccountService accounts(m_database->connection());
        LoginDialog login(accounts);
        RegisterDialog registration(accounts);
        RecoverDialog recover(accounts);
        for (QDialog* dialog : std::initializer_list<QDialog*>{&login, &registration, &recover}) {
            dialog->resize(dialog->sizeHint().width(), dialog->sizeHint().height() + 200);
            dialog->show();
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            auto* intro = child<QLabel>(dialog, "introLabel");
            QVERIFY2(intro->height() <= intro->heightForWidth(intro->width()) + 2,
                     qPrintable(dialog->objectName()));
            const auto* firstField = dialog->findChildren<QLineEdit*>().constFirst();
            const int gap = firstField->mapTo(dialog, QPoint()).y() - intro->geometry().bottom();
            QVERIFY2(gap < 24, qPrintable(QStringLiteral("%1: %2 px").arg(dialog->objectName()).arg(gap)));
            const auto* cancelOrQuit = dialog->findChild<QPushButton*>(
                dialog == &login ? QStringLiteral("quitButton") : QStringLiteral("cancelButton"));
            QVERIFY(cancelOrQuit);
            const int below =
                dialog->height() - cancelOrQuit->mapTo(dialog, QPoint(0, cancelOrQuit->height())).y();
            QVERIFY2(below < 24,
                     qPrintable(QStringLiteral("%1: %2 px").arg(dialog->objectName()).arg(below)));
            dialog->hide();
        }
    }

    // Opened as they come, the account dialogs are as tall as what they hold: the buttons
    // sit right under the last field or box, with no empty band above them.
    void dialogsOpenAtTheHeightOfTheirContent()
    {
        AccountService accounts(m_database->connection());
        LoginDialog login(accounts);
        RegisterDialog registration(accounts);
        RecoverDialog recover(accounts);
        RecoveryKeyDialog recoveryKey(QStringLiteral("ABCD-EFGH-IJKL-MNOP"));
        const std::pair<QDialog*, const char*> dialogs[] = {{&login, "unlockButton"},
                                                            {&registration, "createButton"},
                                                            {&recover, "cancelButton"},
                                                            {&recoveryKey, "finishButton"}};
        for (const auto& [dialog, buttonName] : dialogs) {
            dialog->show();
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            const auto* button = child<QPushButton>(dialog, buttonName);
            int contentBottom = 0;
            for (const QWidget* widget : dialog->findChildren<QWidget*>()) {
                if (!widget->isVisible() || qobject_cast<const QPushButton*>(widget) ||
                    widget->parentWidget() != dialog)
                    continue;
                contentBottom = std::max(contentBottom, widget->geometry().bottom());
            }
            const int gap = button->mapTo(dialog, QPoint()).y() - contentBottom;
            QVERIFY2(gap < 24, qPrintable(QStringLiteral("%1: %2 px").arg(dialog->objectName()).arg(gap)));
            // And not so short that a wrapped text is cut.
            for (const QLabel* label : dialog->findChildren<QLabel*>()) {
                if (label->isVisible() && label->wordWrap())
                    QVERIFY2(label->height() >= label->heightForWidth(label->width()),
                             qPrintable(dialog->objectName() + QLatin1Char(' ') + label->objectName()));
            }
            dialog->hide();
        }
    }

    // A journal of one account: the login knows whose it is, and waits for the password.
    void aJournalOfOneAccountAsksOnlyForThePassword()
    {
        const QString path = m_database->path();
        {
            AccountService accounts(m_database->connection());
            QVERIFY(
                accounts.registerAccount(QStringLiteral("ann"), QStringLiteral("ann@example.org"), password)
                    .session);
        }
        {
            AppController controller(std::move(m_database));
            bool asked = false;
            whenModalOpens([&asked](QWidget* login) {
                auto* passwordEdit = child<QLineEdit>(login, "passwordEdit");
                asked = child<QLineEdit>(login, "loginEdit")->text() == QStringLiteral("ann") &&
                        login->focusWidget() == passwordEdit;
                if (!asked) {
                    QTest::mouseClick(child<QPushButton>(login, "quitButton"), Qt::LeftButton);
                    return;
                }
                QTest::keyClicks(passwordEdit, password);
                QTest::keyClick(passwordEdit, Qt::Key_Return);
            });
            QVERIFY(startAndWait(controller));
            QVERIFY(asked);
            QCOMPARE(controller.session()->username(), QStringLiteral("ann"));
        }
        // With a second account, nobody is assumed.
        auto database = std::make_unique<Database>(path);
        QVERIFY(database->open());
        {
            AccountService accounts(database->connection());
            QVERIFY(
                accounts.registerAccount(QStringLiteral("bea"), QStringLiteral("bea@example.org"), password)
                    .session);
        }
        AppController controller(std::move(database));
        QString shown = QStringLiteral("unset");
        whenModalOpens([&shown](QWidget* login) {
            shown = child<QLineEdit>(login, "loginEdit")->text();
            QTest::mouseClick(child<QPushButton>(login, "quitButton"), Qt::LeftButton);
        });
        QVERIFY(!startAndWait(controller));
        QCOMPARE(shown, QString());
    }

    // A key copied by hand from the screen must not lose its first groups.
    void theWholeRecoveryKeyIsOnScreen()
    {
        const QString key =
            QStringLiteral("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH-JJJJ-KKKK-MMMM-NNNN-PPPP-QQQQ");
        RecoveryKeyDialog dialog(key);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* edit = child<QLineEdit>(&dialog, "recoveryKeyEdit");
        QCOMPARE(edit->text(), key);
        const int textWidth = edit->fontMetrics().horizontalAdvance(key);
        QVERIFY2(edit->contentsRect().width() > textWidth,
                 qPrintable(QStringLiteral("%1 px of text in a field %2 px wide")
                                .arg(textWidth)
                                .arg(edit->contentsRect().width())));
        // Its first group is what shows first, whatever got the focus.
        QCOMPARE(edit->cursorPosition(), 0);
    }

    void loginSaysTheSameForWrongUserAndWrongPassword()
    {
        AccountService accounts(m_database->connection());
        QVERIFY(accounts.registerAccount(QStringLiteral("ann"), QStringLiteral("ann@example.org"), password)
                    .session);
        LoginDialog dialog(accounts);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* unlock = child<QPushButton>(&dialog, "unlockButton");
        QVERIFY(!unlock->isEnabled());

        typeLogin(&dialog, QStringLiteral("ann"), QStringLiteral("wrong password"));
        const QString wrongPassword = child<QLabel>(&dialog, "messageLabel")->text();
        QVERIFY(child<QLabel>(&dialog, "messageLabel")->isVisible());
        // Said in red, whatever the theme.
        const QLabel* message = child<QLabel>(&dialog, "messageLabel");
        QCOMPARE(message->palette().color(message->foregroundRole()), QColor(0xc6, 0x28, 0x28));
        QVERIFY(child<QLineEdit>(&dialog, "passwordEdit")->text().isEmpty());
        child<QLineEdit>(&dialog, "loginEdit")->clear();
        typeLogin(&dialog, QStringLiteral("nobody"), password);
        QCOMPARE(child<QLabel>(&dialog, "messageLabel")->text(), wrongPassword);
        QVERIFY(dialog.isVisible());

        child<QLineEdit>(&dialog, "loginEdit")->clear();
        typeLogin(&dialog, QStringLiteral("ann@example.org"), password);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.takeSession()->username(), QStringLiteral("ann"));
    }

    void fiveMissesDisableUnlockForAWhile()
    {
        AccountService accounts(m_database->connection());
        QVERIFY(accounts.registerAccount(QStringLiteral("ann"), QStringLiteral("ann@example.org"), password)
                    .session);
        LoginDialog dialog(accounts);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* unlock = child<QPushButton>(&dialog, "unlockButton");
        for (int attempt = 0; attempt < 6; ++attempt) {
            child<QLineEdit>(&dialog, "loginEdit")->clear();
            typeLogin(&dialog, QStringLiteral("ann"), QStringLiteral("wrong password"));
        }
        // Even the right password waits now, and the dialog says so.
        QTest::keyClicks(child<QLineEdit>(&dialog, "passwordEdit"), password);
        QVERIFY(!unlock->isEnabled());
        QVERIFY(dialog.isVisible());
        QVERIFY(!dialog.message().isEmpty());
    }

    void forgotPasswordSetsANewOneWithTheRecoveryKey()
    {
        AccountService accounts(m_database->connection());
        const AccountService::Outcome made =
            accounts.registerAccount(QStringLiteral("ann"), QStringLiteral("ann@example.org"), password);
        QVERIFY(made.session);
        LoginDialog dialog(accounts);
        dialog.setLogin(QStringLiteral("ann"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QString newPassword = QStringLiteral("a brand new passphrase");
        QString mistypedMessage;
        whenModalOpens([&](QWidget* recover) {
            QCOMPARE(child<QLineEdit>(recover, "loginEdit")->text(), QStringLiteral("ann"));
            QString mistyped = made.recoveryKey;
            mistyped[0] = mistyped[0].toUpper() == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
            QTest::keyClicks(child<QLineEdit>(recover, "recoveryKeyEdit"), mistyped);
            QTest::keyClicks(child<QLineEdit>(recover, "passwordEdit"), newPassword);
            QTest::keyClicks(child<QLineEdit>(recover, "confirmEdit"), newPassword);
            QTest::mouseClick(child<QPushButton>(recover, "resetButton"), Qt::LeftButton);
            mistypedMessage = child<QLabel>(recover, "messageLabel")->text();
            child<QLineEdit>(recover, "recoveryKeyEdit")->setText(made.recoveryKey);
            QTest::mouseClick(child<QPushButton>(recover, "resetButton"), Qt::LeftButton);
        });
        QTest::mouseClick(child<QPushButton>(&dialog, "forgotButton"), Qt::LeftButton);
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!mistypedMessage.isEmpty());
        QCOMPARE(dialog.takeSession()->username(), QStringLiteral("ann"));
        QVERIFY(accounts.login(QStringLiteral("ann"), newPassword).session);
        QVERIFY(!accounts.login(QStringLiteral("ann"), password).session);
    }

    void createAccountFromTheLoginDialog()
    {
        AccountService accounts(m_database->connection());
        QVERIFY(accounts.registerAccount(QStringLiteral("ann"), QStringLiteral("ann@example.org"), password)
                    .session);
        LoginDialog dialog(accounts);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        whenModalOpens([](QWidget* registration) {
            QTest::keyClicks(child<QLineEdit>(registration, "usernameEdit"), QStringLiteral("bea"));
            QTest::keyClicks(child<QLineEdit>(registration, "emailEdit"), QStringLiteral("bea@example.org"));
            QTest::keyClicks(child<QLineEdit>(registration, "passwordEdit"), password);
            QTest::keyClicks(child<QLineEdit>(registration, "confirmEdit"), password);
            whenModalOpens([](QWidget* recovery) {
                child<QCheckBox>(recovery, "savedCheck")->click();
                QTest::mouseClick(child<QPushButton>(recovery, "finishButton"), Qt::LeftButton);
            });
            QTest::mouseClick(child<QPushButton>(registration, "createButton"), Qt::LeftButton);
        });
        QTest::mouseClick(child<QPushButton>(&dialog, "createAccountButton"), Qt::LeftButton);
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.takeSession()->username(), QStringLiteral("bea"));
    }

    void firstLaunchRegistersThenWritesThroughTheComposer()
    {
        AppController controller(std::move(m_database));
        whenModalOpens([](QWidget* registration) {
            QTest::keyClicks(child<QLineEdit>(registration, "usernameEdit"), QStringLiteral("first"));
            QTest::keyClicks(child<QLineEdit>(registration, "emailEdit"),
                             QStringLiteral("first@example.org"));
            QTest::keyClicks(child<QLineEdit>(registration, "passwordEdit"), password);
            QTest::keyClicks(child<QLineEdit>(registration, "confirmEdit"), password);
            QTest::mouseClick(child<QPushButton>(registration, "createButton"), Qt::LeftButton);
            whenModalOpens([](QWidget* recovery) {
                child<QCheckBox>(recovery, "savedCheck")->click();
                QTest::mouseClick(child<QPushButton>(recovery, "finishButton"), Qt::LeftButton);
            });
        });
        QVERIFY(startAndWait(controller));
        MainWindow* window = controller.window();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QCOMPARE(controller.session()->username(), QStringLiteral("first"));

        auto* composer = child<QPlainTextEdit>(window, "composer");
        QTest::keyClicks(composer, QStringLiteral("line one"));
        QTest::keyClick(composer, Qt::Key_Return, Qt::ShiftModifier);
        QTest::keyClicks(composer, QStringLiteral("line two"));
        QCOMPARE(window->postModel()->rowCount(), 0);
        QTest::keyClick(composer, Qt::Key_Return);
        QCOMPARE(window->postModel()->rowCount(), 1);
        QCOMPARE(window->postModel()->postAt(0).text, QStringLiteral("line one\nline two"));
        QVERIFY(composer->toPlainText().isEmpty());

        QTest::keyClicks(composer, QStringLiteral("   "));
        QTest::keyClick(composer, Qt::Key_Return);
        QCOMPARE(window->postModel()->rowCount(), 1); // whitespace is not sent
    }

    void lockWipesTheWindowAndUnlockReturnsWithTheDraft()
    {
        QVERIFY(registerAnn());
        AppController controller(std::move(m_database));
        whenModalOpens([](QWidget* login) { typeLogin(login, QStringLiteral("ann"), password); });
        QVERIFY(startAndWait(controller));
        MainWindow* window = controller.window();
        auto* composer = child<QPlainTextEdit>(window, "composer");
        QTest::keyClicks(composer, QStringLiteral("a post"));
        QTest::keyClick(composer, Qt::Key_Return);
        QTest::keyClicks(composer, QStringLiteral("an unfinished thought"));

        bool sawLockedState = false;
        whenModalOpens([&](QWidget* login) {
            // While the login dialog is up, nothing decrypted is left in the window.
            sawLockedState = controller.isLocked() && !window->isVisible() &&
                             window->postModel()->rowCount() == 0 && composer->toPlainText().isEmpty();
            QCOMPARE(child<QLineEdit>(login, "loginEdit")->text(), QStringLiteral("ann"));
            QTest::keyClicks(child<QLineEdit>(login, "passwordEdit"), password);
            QTest::mouseClick(child<QPushButton>(login, "unlockButton"), Qt::LeftButton);
        });
        QVERIFY(QTest::qWaitForWindowActive(window));
        QTest::keyClick(composer, Qt::Key_L, Qt::ControlModifier);
        QVERIFY(waitForUnlockOrEnd(controller));
        QVERIFY(sawLockedState);
        QVERIFY(!controller.isLocked());
        QVERIFY(window->isVisible());
        QCOMPARE(window->postModel()->rowCount(), 1);
        QCOMPARE(composer->toPlainText(), QStringLiteral("an unfinished thought"));
    }

    void theLockWipesTheDecodedPictures()
    {
        {
            AccountService accounts(m_database->connection());
            const std::unique_ptr<Session> session =
                accounts.registerAccount(QStringLiteral("ann"), QStringLiteral("ann@example.org"), password)
                    .session;
            QVERIFY(session);
            QImage photo(800, 600, QImage::Format_RGB32);
            photo.fill(Qt::darkCyan);
            QByteArray bytes;
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::WriteOnly);
            photo.save(&buffer, "JPEG");
            StorageError error;
            QVERIFY(Journal(m_database->connection(), *session)
                        .send(QStringLiteral("the sea"),
                              {PictureFile::fromBytes(bytes, QStringLiteral("sea.jpg")).toNewPicture()},
                              &error));
        }
        AppController controller(std::move(m_database));
        whenModalOpens([](QWidget* login) { typeLogin(login, QStringLiteral("ann"), password); });
        QVERIFY(startAndWait(controller));
        MainWindow* window = controller.window();
        PictureLoader* loader = window->pictureLoader();
        // Unlocked, the chat shows the photo: decoded, it is in the loader's cache.
        QTRY_VERIFY(loader->cachedBytes() > 0);
        const qint64 attachmentId = window->postModel()->postAt(0).pictures.value(0).attachmentId;
        QVERIFY(attachmentId > 0);

        qint64 cachedWhileLocked = -1;
        bool servedWhileLocked = true;
        whenModalOpens([&](QWidget* login) {
            cachedWhileLocked = loader->cachedBytes();
            servedWhileLocked = !loader->picture(attachmentId, QSize(480, 360)).isNull() ||
                                !loader->picture(attachmentId, QSize()).isNull();
            typeLogin(login, QStringLiteral("ann"), password);
        });
        QTest::keyClick(child<QPlainTextEdit>(window, "composer"), Qt::Key_L, Qt::ControlModifier);
        QVERIFY(waitForUnlockOrEnd(controller));
        QCOMPARE(cachedWhileLocked, 0);
        QVERIFY(!servedWhileLocked);
        // Unlocked again, the photo is decoded again.
        QTRY_VERIFY(loader->cachedBytes() > 0);
    }

    void theAccentSettingAppliesToSearchAtOnce()
    {
        const std::unique_ptr<AppController> started = startAsAnn();
        QVERIFY(started);
        AppController& controller = *started;
        auto* composer = child<QPlainTextEdit>(controller.window(), "composer");
        composer->setFocus();
        composer->insertPlainText(QStringLiteral("a café by the river")); // keyClicks types ASCII only
        QTest::keyClick(composer, Qt::Key_Return);
        QTRY_VERIFY(controller.searchIndex()->isReady());
        QCOMPARE(controller.searchIndex()->matches(QStringLiteral("cafe")).size(), 1); // on by default
        controller.settings()->setSearchIgnoresAccents(false);
        QVERIFY(controller.searchIndex()->matches(QStringLiteral("cafe")).isEmpty());
        QCOMPARE(controller.searchIndex()->matches(QStringLiteral("café")).size(), 1);
        controller.settings()->setSearchIgnoresAccents(true);
    }

    void aDraftTheLockCannotSaveComesBackAtTheUnlock()
    {
        QString connectionName;
        const std::unique_ptr<AppController> started = startAsAnn(&connectionName);
        QVERIFY(started);
        AppController& controller = *started;
        MainWindow* window = controller.window();
        auto* composer = child<QPlainTextEdit>(window, "composer");
        fillTheDisk(connectionName);
        const QString longThought = QString(60 * 1024, QLatin1Char('w'));
        composer->setPlainText(longThought);

        bool wiped = false;
        whenModalOpens([&](QWidget* login) {
            wiped = composer->toPlainText().isEmpty();
            typeLogin(login, QStringLiteral("ann"), password);
        });
        QTest::keyClick(composer, Qt::Key_L, Qt::ControlModifier);
        QVERIFY(waitForUnlockOrEnd(controller));
        QVERIFY(wiped); // nothing decrypted stays in the window while locked
        QVERIFY(!controller.isLocked());
        QCOMPARE(composer->toPlainText(), longThought);
    }

    void anEditTheLockCannotSaveComesBackAsTheDraft()
    {
        QString connectionName;
        const std::unique_ptr<AppController> started = startAsAnn(&connectionName);
        QVERIFY(started);
        AppController& controller = *started;
        MainWindow* window = controller.window();
        auto* composer = child<QPlainTextEdit>(window, "composer");
        QTest::keyClicks(composer, QStringLiteral("short"));
        QTest::keyClick(composer, Qt::Key_Return);
        fillTheDisk(connectionName);
        QTest::keyClick(composer, Qt::Key_Up);
        QVERIFY(window->isEditing());
        const QString longer = QStringLiteral("short") + QString(60 * 1024, QLatin1Char('e'));
        composer->setPlainText(longer);

        whenModalOpens([](QWidget* login) { typeLogin(login, QStringLiteral("ann"), password); });
        QTest::keyClick(composer, Qt::Key_L, Qt::ControlModifier);
        QVERIFY(waitForUnlockOrEnd(controller));
        QVERIFY(!controller.isLocked());
        QCOMPARE(composer->toPlainText(), longer); // kept, as the draft
        QCOMPARE(window->postModel()->postAt(0).text, QStringLiteral("short"));
    }

    void idleTimeoutLocks()
    {
        QVERIFY(registerAnn());
        AppController controller(std::move(m_database));
        whenModalOpens([](QWidget* login) { typeLogin(login, QStringLiteral("ann"), password); });
        QVERIFY(startAndWait(controller));
        bool locked = false;
        whenModalOpens([&](QWidget* login) {
            locked = controller.isLocked();
            QTest::mouseClick(child<QPushButton>(login, "quitButton"), Qt::LeftButton);
        });
        // 0 means never: an idle lock due in 30 ms is called off, and typing does not start it again.
        controller.setIdleTimeoutForTesting(30);
        controller.setAutoLockMinutes(0);
        QTest::keyClick(child<QPlainTextEdit>(controller.window(), "composer"), Qt::Key_A);
        QTimer later;
        later.setTimerType(Qt::PreciseTimer);
        later.setSingleShot(true);
        QSignalSpy passed(&later, &QTimer::timeout);
        later.start(60);
        // Timers fire in the order they come due: the idle lock would have come before this one.
        QVERIFY(passed.wait());
        QVERIFY(!controller.isLocked());
        controller.setIdleTimeoutForTesting(30);
        QTRY_VERIFY(locked);
    }

    void anIdleLockClosesAnOpenDialogBeforeItLocks()
    {
        const std::unique_ptr<AppController> started = startAsAnn();
        QVERIFY(started);
        AppController& controller = *started;
        MainWindow* window = controller.window();

        // Go to date is left open, and the idle lock comes while it is up. The dialog reads the
        // journal the lock takes away: it must be closed before, not left under the login.
        bool sawGoToDate = false;
        bool loginAlone = false;
        QTimer loginWatch;
        answerTheLogin(loginWatch, controller, [&] {
            const QList<GoToDateDialog*> left = window->findChildren<GoToDateDialog*>();
            loginAlone = controller.isLocked() && std::none_of(left.begin(), left.end(), [](QWidget* dialog) {
                             return dialog->isVisible();
                         });
            for (GoToDateDialog* dialog : left)
                dialog->reject(); // so that a failing run ends instead of waiting on it
        });
        whenModalOpens([&](QWidget* goToDate) {
            sawGoToDate = goToDate->inherits("GoToDateDialog");
            controller.setIdleTimeoutForTesting(30);
        });
        QTest::keyClick(child<QPlainTextEdit>(window, "composer"), Qt::Key_G, Qt::ControlModifier);
        QTRY_VERIFY(sawGoToDate);
        QTRY_VERIFY(loginAlone);
        QTRY_VERIFY(!controller.isLocked());
    }

    // The lock comes while "Delete this post?" is open: the window is wiped at once, the
    // question goes unanswered (nothing deleted), and the login is the one dialog left.
    void aLockWhileTheDeleteQuestionIsOpenLeavesOnlyTheLogin()
    {
        const std::unique_ptr<AppController> started = startAsAnn();
        QVERIFY(started);
        AppController& controller = *started;
        controller.setAutoLockMinutes(0);
        MainWindow* window = controller.window();
        auto* composer = child<QPlainTextEdit>(window, "composer");
        QTest::keyClicks(composer, QStringLiteral("keep me"));
        QTest::keyClick(composer, Qt::Key_Return);
        ChatView* view = window->chatView();
        const QModelIndex post = window->postModel()->index(0);
        view->scrollTo(post);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(post).center());
        QTest::keyClick(view, Qt::Key_Delete);
        QTRY_VERIFY(qobject_cast<QMessageBox*>(QApplication::activeModalWidget()));

        controller.lockSession(); // as the idle timeout or the tray's Lock would
        // At once, not after the question's own loop has returned.
        QVERIFY(controller.isLocked());
        QCOMPARE(window->postModel()->rowCount(), 0);
        QCOMPARE(visibleDialogs(), QStringList{QStringLiteral("LoginDialog")});

        // A second start, and the tray's Write…, while the login is up: still one login.
        controller.handleRequest(QStringLiteral("show"));
        controller.showForWriting();
        QCOMPARE(visibleDialogs(), QStringList{QStringLiteral("LoginDialog")});

        whenModalOpens([](QWidget* login) { typeLogin(login, QStringLiteral("ann"), password); });
        QVERIFY(waitForUnlockOrEnd(controller));
        QCOMPARE(window->postModel()->rowCount(), 1);
        QCOMPARE(window->postModel()->postAt(0).text, QStringLiteral("keep me"));
        QVERIFY(visibleDialogs().isEmpty());
    }

    // Go to date reads the journal: a lock while it is open closes it at once, before the
    // journal goes, and the login is the one dialog left.
    void aLockWhileGoToDateIsOpenLeavesOnlyTheLogin()
    {
        const std::unique_ptr<AppController> started = startAsAnn();
        QVERIFY(started);
        AppController& controller = *started;
        controller.setAutoLockMinutes(0);
        MainWindow* window = controller.window();
        QTest::keyClick(child<QPlainTextEdit>(window, "composer"), Qt::Key_G, Qt::ControlModifier);
        QTRY_VERIFY(QApplication::activeModalWidget() &&
                    QApplication::activeModalWidget()->inherits("GoToDateDialog"));
        controller.lockSession();
        QVERIFY(controller.isLocked());
        QCOMPARE(visibleDialogs(), QStringList{QStringLiteral("LoginDialog")});
        whenModalOpens([](QWidget* login) { typeLogin(login, QStringLiteral("ann"), password); });
        QVERIFY(waitForUnlockOrEnd(controller));
        QVERIFY(visibleDialogs().isEmpty());
    }

    void aLockDuringAnImportCancelsItBeforeItLocks()
    {
        const QString path = m_dir.filePath(QStringLiteral("journal.sqlite3"));
        const std::unique_ptr<AppController> started = startAsAnn();
        QVERIFY(started);
        AppController& controller = *started;
        MainWindow* window = controller.window();
        // A jrnl export far longer than the lock takes to come (seconds here): cancelled early.
        const QString file = m_dir.filePath(QStringLiteral("long.json"));
        {
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write("{\"entries\": [");
            for (int i = 0; i < 200000; ++i) {
                out.write(
                    QStringLiteral("%1{\"title\": \"entry %2\", \"body\": \"\", \"date\": \"2024-01-05\", "
                                   "\"time\": \"09:30\"}")
                        .arg(i == 0 ? QString() : QStringLiteral(","))
                        .arg(i)
                        .toUtf8());
            }
            out.write("]}");
        }
        // The idle lock comes while the import runs: it is cancelled (rolled back) first.
        bool transferOverAtLogin = false;
        QTimer loginWatch;
        answerTheLogin(loginWatch, controller, [&] { transferOverAtLogin = !window->isTransferring(); });
        controller.setIdleTimeoutForTesting(400);
        QVERIFY(window->importFrom(file, QStringLiteral("jrnl")));
        // The import reads the whole file before its first entry, where it sees the cancel.
        QTRY_VERIFY_WITH_TIMEOUT(transferOverAtLogin, 60000);
        QTRY_VERIFY(!controller.isLocked());
        QCOMPARE(queryValue(path, QStringLiteral("SELECT count(*) FROM posts")).toInt(), 0);
    }

    void closingTheLoginAfterALockLeavesTheJournalLockedInTheTray()
    {
        QVERIFY(registerAnn());
        AppController controller(std::move(m_database));
        controller.tray()->setAvailableForTesting(true);
        whenModalOpens([](QWidget* login) { typeLogin(login, QStringLiteral("ann"), password); });
        QVERIFY(startAndWait(controller));
        MainWindow* window = controller.window();
        QVERIFY(QTest::qWaitForWindowActive(window));

        // In the application's own event loop, as Soliloquy runs: a quit would end it early.
        bool stillRunning = false;
        QTimer::singleShot(0, &controller, [&] {
            whenModalOpens([](QWidget* login) { QTest::keyClick(login, Qt::Key_Escape); });
            controller.lockSession();
            QTimer::singleShot(300, &controller, [&] {
                stillRunning = true;
                QCoreApplication::exit(0);
            });
        });
        QCoreApplication::exec();
        QVERIFY2(stillRunning, "Escape on the login ended Soliloquy");
        QVERIFY(controller.isLocked());
        QVERIFY(!window->isVisible());

        // The tray's Write… asks again; the password unlocks.
        whenModalOpens([](QWidget* login) { typeLogin(login, QStringLiteral("ann"), password); });
        controller.showForWriting();
        QVERIFY(waitForUnlockOrEnd(controller));
        QVERIFY(!controller.isLocked());
        QVERIFY(window->isVisible());

        // Its Quit button still quits.
        QSignalSpy quitting(window, &MainWindow::quitRequested);
        whenModalOpens([](QWidget* login) {
            QTest::mouseClick(child<QPushButton>(login, "quitButton"), Qt::LeftButton);
        });
        controller.lockSession();
        QTRY_COMPARE(quitting.count(), 1);
    }

    // The damage check of the launch answers while the login is up: the login closes, nothing
    // was written, and the start hands the journal back (to JournalOpener, in main()).
    void aJournalFoundDamagedWhileTheLoginIsUpIsLeftUnwritten()
    {
        const QString path = m_dir.filePath(QStringLiteral("journal.sqlite3"));
        {
            AccountService accounts(m_database->connection());
            const AccountService::Outcome outcome =
                accounts.registerAccount(QStringLiteral("gil"), QStringLiteral("gil@example.org"), password);
            QVERIFY2(outcome.session, qPrintable(outcome.error));
            QVERIFY(seedPosts(m_database->connection(), *outcome.session, 300, 0, 1000,
                              [](int) { return QString(200, QLatin1Char('p')); }));
        }
        m_database.reset();
        QVERIFY(damageLastPages(path, 4));
        const QByteArray before = fileSha256(path);

        auto check = std::make_unique<IntegrityCheck>(path);
        auto database = std::make_unique<Database>(path);
        Database::Options options;
        options.integrityCheck = check.get();
        QVERIFY2(database->open(options), qPrintable(database->error().message));
        {
            AppController controller(std::move(database));
            controller.setIntegrityCheck(std::move(check));
            QSignalSpy damageFound(&controller, &AppController::damageFound);
            QVERIFY(!startAndWait(controller));
            QCOMPARE(damageFound.count(), 1);
            QVERIFY(controller.journalDamaged());
            // Every dialog closed: the launch goes on with JournalOpener, not under a login.
            QTRY_VERIFY(!QApplication::activeModalWidget());
        }
        QCOMPARE(fileSha256(path), before);
    }
};

QTEST_MAIN(TestAccountDialogs)
#include "tst_accountdialogs.moc"
