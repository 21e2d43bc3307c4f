#include "support/TestSupport.h"
#include "support/WidgetTestSupport.h"

#include "core/AccountService.h"
#include "core/Journal.h"
#include "gui/AboutDialog.h"
#include "gui/MainWindow.h"
#include "storage/Database.h"

#include "Version.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPixmap>
#include <QPushButton>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using TestSupport::child;

namespace {

// What the About dialog showed, read while it was open.
struct Shown
{
    bool seen = false;
    bool modal = false;
    QWidget* parent = nullptr;
    QMap<QString, QString> labels;
};

} // namespace

// Help > About, opened through the window's real menu, as a user reporting a bug would.
class TestAboutDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { TestSupport::useFastKeyDerivation(); }

    void helpMenuShowsVersionsLicenseAndJournalFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("my journal.sqlite3"));
        Database database(path);
        QVERIFY(database.open());
        AccountService accounts(database.connection());
        std::unique_ptr<Session> session =
            accounts
                .registerAccount(QStringLiteral("ann"), QStringLiteral("ann@example.org"),
                                 QStringLiteral("a long enough passphrase"))
                .session;
        QVERIFY(session);
        Journal journal(database.connection(), *session);
        MainWindow window;
        window.showJournal(&journal, &accounts, session.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto* help = child<QMenu>(&window, "menuHelp");
        auto* about = child<QAction>(&window, "actionAbout");
        QVERIFY(window.menuBar()->actions().contains(help->menuAction()));
        QVERIFY(help->actions().contains(about));

        // The dialog is modal: read it from a timer while it waits for a click.
        Shown shown;
        QTimer poll;
        poll.setInterval(20);
        connect(&poll, &QTimer::timeout, this, [&] {
            auto* dialog = qobject_cast<AboutDialog*>(QApplication::activeModalWidget());
            if (!dialog || !dialog->isVisible())
                return;
            poll.stop();
            shown.seen = true;
            shown.modal = dialog->isModal();
            shown.parent = dialog->parentWidget();
            for (const QLabel* label : dialog->findChildren<QLabel*>())
                shown.labels.insert(label->objectName(), label->text());
            auto* buttons = child<QDialogButtonBox>(dialog, "buttonBox");
            QTest::mouseClick(buttons->button(QDialogButtonBox::Close), Qt::LeftButton);
        });
        poll.start();

        // Help menu open, About chosen, Enter: as from the keyboard.
        help->popup(window.mapToGlobal(QPoint(0, 0)));
        QVERIFY(QTest::qWaitForWindowExposed(help));
        help->setActiveAction(about);
        QTest::keyClick(help, Qt::Key_Return);
        QTRY_VERIFY(shown.seen);
        QVERIFY(!poll.isActive());
        QVERIFY(shown.modal);
        QCOMPARE(shown.parent, &window);
        QTRY_VERIFY(!QApplication::activeModalWidget());

        QVERIFY2(
            shown.labels.value(QStringLiteral("versionLabel")).contains(QStringLiteral(SOLILOQUY_VERSION)),
            qPrintable(shown.labels.value(QStringLiteral("versionLabel"))));
        QVERIFY(
            shown.labels.value(QStringLiteral("licenseLabel")).contains(QStringLiteral("GPL-3.0-or-later")));
        QCOMPARE(shown.labels.value(QStringLiteral("databasePathLabel")),
                 QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()));
        // Versions of the libraries in this process, found independently of the dialog.
        QCOMPARE(shown.labels.value(QStringLiteral("qtVersionLabel")), QString::fromLatin1(qVersion()));
        QCOMPARE(shown.labels.value(QStringLiteral("qcaVersionLabel")), QStringLiteral(EXPECTED_QCA_VERSION));
        QSqlQuery query(database.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT sqlite_version()")) && query.next());
        QCOMPARE(shown.labels.value(QStringLiteral("sqliteVersionLabel")), query.value(0).toString());
        QCOMPARE(shown.labels.value(QStringLiteral("argon2VersionLabel")),
                 QStringLiteral(EXPECTED_ARGON2_VERSION));
    }

    void saysWhenNoJournalIsOpen()
    {
        AboutDialog dialog(QString(), nullptr);
        QCOMPARE(child<QLabel>(&dialog, "databasePathLabel")->text(), QStringLiteral("No journal is open."));
    }

    void showsTheAppIconDrawnFromItsSvg()
    {
        AboutDialog dialog(QString(), nullptr);
        const QPixmap icon = child<QLabel>(&dialog, "iconLabel")->pixmap();
        QVERIFY2(!icon.isNull(), "the SVG icon engine drew nothing");
        QCOMPARE(icon.deviceIndependentSize().toSize(), QSize(64, 64));
        // The picture itself, not a blank: the icon's colours are in its middle.
        const QImage image = icon.toImage();
        QVERIFY(qAlpha(image.pixel(image.width() / 2, image.height() / 2)) > 0);
    }
};

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
