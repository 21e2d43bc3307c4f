#include "support/TestSupport.h"
#include "support/WidgetTestSupport.h"

#include "core/AccountService.h"
#include "core/Journal.h"
#include "core/SearchIndex.h"
#include "gui/MainWindow.h"
#include "gui/MessageBox.h"
#include "gui/chat/PostListModel.h"
#include "storage/Database.h"

#include <QAction>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace TestSupport;

namespace {
const QString password = QStringLiteral("a long enough passphrase");
}

// Export and import from the journal window: what the menu actions run after their file dialogs.
class TestTransfer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    struct Open
    {
        std::unique_ptr<Database> database;
        std::unique_ptr<AccountService> accounts;
        std::unique_ptr<Session> session;
        std::unique_ptr<Journal> journal;
        std::unique_ptr<SearchIndex> index;
        std::unique_ptr<MainWindow> window;
    };

    Open openJournal(const QString& name)
    {
        Open open;
        open.database = std::make_unique<Database>(m_dir.filePath(name));
        if (!open.database->open())
            qFatal("cannot open the journal");
        open.accounts = std::make_unique<AccountService>(open.database->connection());
        open.session =
            open.accounts->registerAccount(QStringLiteral("ann"), QStringLiteral("ann@example.org"), password)
                .session;
        open.journal = std::make_unique<Journal>(open.database->connection(), *open.session);
        open.index = std::make_unique<SearchIndex>();
        open.index->build(open.database->path(), *open.session);
        open.window = std::make_unique<MainWindow>();
        open.window->showJournal(open.journal.get(), open.accounts.get(), open.session.get(),
                                 open.index.get());
        return open;
    }

    // Runs an export or import started by `start` to its end, in the event loop: true when it
    // wrote its file or its posts.
    static bool finishes(MainWindow& window, const std::function<bool()>& start)
    {
        QSignalSpy finished(&window, &MainWindow::transferFinished);
        if (!start() || !finished.wait(120000))
            return false;
        return finished.first().first().toBool();
    }

    // A jrnl export of `entries` short entries.
    QString longJrnlFile(int entries)
    {
        const QString path = m_dir.filePath(QStringLiteral("long-%1.json").arg(entries));
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly))
            qFatal("cannot write the file to import");
        out.write("{\"entries\": [");
        for (int i = 0; i < entries; ++i) {
            out.write(QStringLiteral("%1{\"title\": \"entry %2\", \"body\": \"\", \"date\": \"2024-01-05\", "
                                     "\"time\": \"09:30\"}")
                          .arg(i == 0 ? QString() : QStringLiteral(","))
                          .arg(i)
                          .toUtf8());
        }
        out.write("]}");
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        useFastKeyDerivation();
        // The file dialog remembers its last folder: in this test's settings, not the user's.
        keepSettingsIn(m_dir.filePath(QStringLiteral("config")), QStringLiteral("tst_transfer"));
    }

    void theNameTypedInTheExportDialogChoosesTheFormat()
    {
        Open from = openJournal(QStringLiteral("typed.sqlite3"));
        StorageError error;
        QVERIFY(from.journal->send(QStringLiteral("a post"), &error));
        const QString typed = m_dir.filePath(QStringLiteral("typed.md"));
        // The dialog opens with its first type, JSON, chosen; the user types a .md name.
        TestSupport::whenModalOpens(this, [typed](QWidget* dialog) {
            auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
            QVERIFY(name);
            name->setText(typed);
            QTest::keyClick(name, Qt::Key_Return);
        });
        from.window->findChild<QAction*>(QStringLiteral("actionExport"))->trigger();
        QTRY_VERIFY(QFile::exists(typed));
        QFile file(typed);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().startsWith("# Journal of ann"));
    }

    void exportThenImportIntoAnotherJournal()
    {
        Open from = openJournal(QStringLiteral("from.sqlite3"));
        StorageError error;
        QVERIFY(from.journal->send(QStringLiteral("first **post** #walk"), &error));
        QVERIFY(from.journal->send(QStringLiteral("second post, 日本語"), &error));
        const QString json = m_dir.filePath(QStringLiteral("journal.json"));
        QVERIFY(finishes(*from.window, [&] { return from.window->exportTo(json, QStringLiteral("json")); }));
        QVERIFY(QFile::exists(json));
        const QString html = m_dir.filePath(QStringLiteral("journal.html"));
        QVERIFY(finishes(*from.window, [&] { return from.window->exportTo(html, QStringLiteral("html")); }));
        QFile page(html);
        QVERIFY(page.open(QIODevice::ReadOnly));
        const QByteArray rendered = page.readAll();
        QVERIFY2(rendered.contains("first <strong>post</strong> #walk"), rendered.constData());
        QVERIFY(!rendered.contains("**post**"));

        Open into = openJournal(QStringLiteral("into.sqlite3"));
        QVERIFY(finishes(*into.window,
                         [&] { return into.window->importFrom(json, QStringLiteral("soliloquy")); }));
        QCOMPARE(into.journal->count(), 2);
        QCOMPARE(into.window->postModel()->rowCount(), 2);
        QCOMPARE(into.window->postModel()->postAt(1).text, QStringLiteral("second post, 日本語"));
        QSignalSpy ready(into.index.get(), &SearchIndex::ready);
        QVERIFY(into.index->isReady() || ready.wait(30000));
        QCOMPARE(into.index->search(QStringLiteral("日本語")).size(), 1); // indexed for search
        QCOMPARE(into.index->tags().value(0).first, QStringLiteral("walk"));

        // The same file again adds nothing.
        QVERIFY(finishes(*into.window,
                         [&] { return into.window->importFrom(json, QStringLiteral("soliloquy")); }));
        QCOMPARE(into.journal->count(), 2);

        // A broken file is refused whole, with a message that says where.
        const QString broken = m_dir.filePath(QStringLiteral("broken.json"));
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"entries\": [{\"date\": \"2024-01-05\", ");
        file.close();
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QVERIFY(
            !finishes(*into.window, [&] { return into.window->importFrom(broken, QStringLiteral("jrnl")); }));
        QVERIFY(MessageBox::lastText().endsWith(QStringLiteral("Nothing was imported.")));
        QCOMPARE(into.journal->count(), 2);
    }

    // A long import runs beside the window: it keeps answering (its timers fire, typing shows,
    // the journal reads), a post sent meanwhile waits with a word why, and Cancel beside the
    // progress in the status bar stops the import with nothing of it written.
    void theWindowAnswersDuringALongImportAndCancelLeavesTheJournalAsItWas()
    {
        Open open = openJournal(QStringLiteral("long.sqlite3"));
        StorageError error;
        QVERIFY(open.journal->send(QStringLiteral("written before"), &error));
        const QString file = longJrnlFile(200000);
        MainWindow& window = *open.window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QVERIFY(window.importFrom(file, QStringLiteral("jrnl")));
        QTimer tick;
        QSignalSpy ticks(&tick, &QTimer::timeout);
        tick.start(10);
        QTRY_VERIFY(ticks.count() >= 5);
        QVERIFY2(window.isTransferring(), "the import still runs while the window's timers fire");

        auto* composer = child<QPlainTextEdit>(&window, "composer");
        QTest::keyClicks(composer, QStringLiteral("typed meanwhile"));
        QTest::keyClick(composer, Qt::Key_Return);
        QVERIFY(window.isTransferring());
        QCOMPARE(composer->toPlainText(), QStringLiteral("typed meanwhile"));
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("import")),
                 qPrintable(window.statusBar()->currentMessage()));
        QCOMPARE(open.journal->count(), 1);

        QVERIFY(child<QWidget>(&window, "transferProgress")->isVisible());
        QSignalSpy finished(&window, &MainWindow::transferFinished);
        QTest::mouseClick(child<QToolButton>(&window, "cancelTransferButton"), Qt::LeftButton);
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(!window.isTransferring());
        QVERIFY(!child<QWidget>(&window, "transferProgress")->isVisible());
        QCOMPARE(window.statusBar()->currentMessage(),
                 QStringLiteral("Import cancelled; nothing was added."));
        QCOMPARE(open.journal->count(), 1);
        QCOMPARE(window.postModel()->rowCount(), 1);
        // What was typed waited for the import's write lock, and is kept now.
        QCOMPARE(open.journal->loadDraft(), QStringLiteral("typed meanwhile"));
        QTest::keyClick(composer, Qt::Key_Return);
        QCOMPARE(open.journal->count(), 2);
    }

    // Quitting while an import runs: it rolls back, and the draft typed meanwhile is kept.
    void quittingDuringAnImportRollsItBackAndKeepsTheDraft()
    {
        Open open = openJournal(QStringLiteral("quit.sqlite3"));
        const QString file = longJrnlFile(100000);
        MainWindow& window = *open.window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.importFrom(file, QStringLiteral("jrnl")));
        QTest::keyClicks(child<QPlainTextEdit>(&window, "composer"), QStringLiteral("a last thought"));
        QVERIFY(window.isTransferring());
        window.quit();
        QVERIFY(!window.isVisible());
        QCOMPARE(open.journal->count(), 0);
        QCOMPARE(open.journal->loadDraft(), QStringLiteral("a last thought"));
    }

    // The window's page and the command line's are the same for the same journal: both render
    // the posts with the one renderer in core.
    void theWindowsPageIsTheCommandLines()
    {
        const QString name = QStringLiteral("same.sqlite3");
        const QString fromWindow = m_dir.filePath(QStringLiteral("window.html"));
        {
            Open open = openJournal(name);
            StorageError error;
            for (const QString& text :
                 {QStringLiteral("# Trip\n\n**bold** [link](https://example.org)\n\n- one\n- two"),
                  QStringLiteral("<img src=x onerror=alert(1)> `code` ~~gone~~")})
                QVERIFY(open.journal->send(text, &error));
            QVERIFY(finishes(*open.window,
                             [&] { return open.window->exportTo(fromWindow, QStringLiteral("html")); }));
        } // closed: the command line opens the journal next
        const QString fromTerminal = m_dir.filePath(QStringLiteral("terminal.html"));
        const ProcessResult result =
            runSoliloquy({QStringLiteral("--database"), m_dir.filePath(name), QStringLiteral("export"),
                          QStringLiteral("--username"), QStringLiteral("ann"), QStringLiteral("--format"),
                          QStringLiteral("html"), QStringLiteral("--output"), fromTerminal,
                          QStringLiteral("--password-stdin")},
                         password.toUtf8() + '\n');
        QVERIFY2(result.exitCode == 0, qPrintable(result.standardError));
        // The header says when the page was made; the posts below it must be the same.
        const auto posts = [](const QString& path) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return QString();
            const QString html = QString::fromUtf8(file.readAll());
            return html.mid(html.indexOf(QLatin1String("</header>")));
        };
        const QString window = posts(fromWindow);
        QVERIFY2(window.contains(QStringLiteral("<strong>bold</strong>")), qPrintable(window));
        QVERIFY(window.contains(QStringLiteral("&lt;img src=x onerror=alert(1)&gt;")));
        QCOMPARE(posts(fromTerminal), window);
    }
};

QTEST_MAIN(TestTransfer)
#include "tst_transfer.moc"
