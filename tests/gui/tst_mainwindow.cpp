#include "gui/MainWindow.h"

#include <QAction>
#include <QHash>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsThePostViewAndComposer()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* postView = window.findChild<QListView*>(QStringLiteral("postView"));
        auto* composer = window.findChild<QPlainTextEdit*>(QStringLiteral("composer"));
        auto* sendButton = window.findChild<QPushButton*>(QStringLiteral("sendButton"));
        QVERIFY(postView && composer && sendButton);
        QVERIFY(postView->isVisible());
        QVERIFY(composer->isVisible());
        // The post view fills the window above the composer.
        QVERIFY2(postView->height() > window.height() / 2,
                 qPrintable(QStringLiteral("%1 of %2").arg(postView->height()).arg(window.height())));
        QVERIFY(composer->geometry().top() >= 0);
        QVERIFY(postView->mapTo(&window, QPoint()).y() < composer->mapTo(&window, QPoint()).y());
    }

    void noTwoActionsShareAShortcut()
    {
        // Two actions on one key: Qt runs neither and says the shortcut is ambiguous.
        MainWindow window;
        QHash<QKeySequence, QString> owners;
        for (const QAction* action : window.findChildren<QAction*>()) {
            for (const QKeySequence& key : action->shortcuts()) {
                QVERIFY2(!owners.contains(key), qPrintable(QStringLiteral("%1 is both %2 and %3")
                                                               .arg(key.toString(), owners.value(key),
                                                                    action->objectName() + action->text())));
                owners.insert(key, action->objectName() + action->text());
            }
        }
        QVERIFY(owners.contains(QKeySequence(QStringLiteral("Ctrl+Shift+A"))));
        QVERIFY(owners.contains(QKeySequence(QStringLiteral("Ctrl+Shift+P"))));
    }

    void quitShortcutClosesTheWindow()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* quit = window.findChild<QAction*>(QStringLiteral("actionQuit"));
        QVERIFY(quit);
        QCOMPARE(quit->shortcut(), QKeySequence(QStringLiteral("Ctrl+Q")));
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_Q, Qt::ControlModifier);
        QTRY_VERIFY(!window.isVisible());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
