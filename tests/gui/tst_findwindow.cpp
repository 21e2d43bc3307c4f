#include "support/ControllerTestSupport.h"
#include "support/TestSupport.h"
#include "support/WidgetTestSupport.h"

#include "core/AccountService.h"
#include "core/Journal.h"
#include "core/NewPicture.h"
#include "core/SearchIndex.h"
#include "gui/AppController.h"
#include "gui/AppSettings.h"
#include "gui/GoToDateDialog.h"
#include "gui/MainWindow.h"
#include "gui/SearchResultDelegate.h"
#include "gui/chat/ChatView.h"
#include "gui/chat/Composer.h"
#include "gui/chat/PostDelegate.h"
#include "gui/chat/PostListModel.h"
#include "storage/Database.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCalendarWidget>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>

using namespace TestSupport;

namespace {

const QString password = QStringLiteral("a long enough passphrase");

// The texts of a bubble's body that are marked as found, each run of marked text as one.
QStringList markedIn(const QTextDocument& body)
{
    QStringList marked;
    for (QTextBlock block = body.begin(); block.isValid(); block = block.next()) {
        bool inMark = false;
        for (auto fragment = block.begin(); !fragment.atEnd(); ++fragment) {
            const QBrush background = fragment.fragment().charFormat().background();
            const bool mark =
                background.style() != Qt::NoBrush && background.color() == PostDelegate::matchBackground();
            if (mark && inMark)
                marked.last() += fragment.fragment().text();
            else if (mark)
                marked << fragment.fragment().text();
            inMark = mark;
        }
    }
    return marked;
}

// How many pixels of `area` in the chat have the colour of a found word's mark.
int markPixels(QListView* chat, const QRect& area)
{
    const QImage image = chat->viewport()->grab(area).toImage().convertToFormat(QImage::Format_RGB32);
    const QRgb mark = PostDelegate::matchBackground().rgb();
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            count += image.pixel(x, y) == mark ? 1 : 0;
    }
    return count;
}

} // namespace

// Finding posts in the journal window: search as you type, tags, dates, on this day.
class TestFindWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<AccountService> m_accounts;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<SearchIndex> m_index;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_now = 0;

    QString path() const { return m_dir.filePath(QStringLiteral("journal.sqlite3")); }
    PostListModel* model() { return m_window->postModel(); }
    QListView* results() { return child<QListView>(m_window.get(), "searchResults"); }

    // `beforeBuild` runs when the window shows the journal and its index is not built yet.
    void openWindow(const std::function<void()>& beforeBuild = nullptr)
    {
        m_index = std::make_unique<SearchIndex>();
        QObject::connect(m_journal.get(), &Journal::postAdded, m_index.get(), &SearchIndex::addOrUpdate);
        QObject::connect(m_journal.get(), &Journal::postChanged, m_index.get(), &SearchIndex::addOrUpdate);
        QObject::connect(m_journal.get(), &Journal::postRemoved, m_index.get(), &SearchIndex::remove);
        m_window = std::make_unique<MainWindow>();
        m_window->resize(900, 700);
        m_window->showJournal(m_journal.get(), m_accounts.get(), m_session.get(), m_index.get());
        if (beforeBuild)
            beforeBuild();
        QSignalSpy ready(m_index.get(), &SearchIndex::ready);
        m_index->buildInBackground(path(), *m_session);
        QVERIFY(ready.wait(30000));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    Post write(const QString& text, const QDateTime& when)
    {
        m_now = when.toMSecsSinceEpoch();
        StorageError error;
        return *m_journal->send(text, &error);
    }

private Q_SLOTS:
    void initTestCase() { useFastKeyDerivation(); }

    void init()
    {
        QFile::remove(path());
        m_database = std::make_unique<Database>(path());
        QVERIFY(m_database->open());
        m_accounts = std::make_unique<AccountService>(m_database->connection());
        m_session =
            m_accounts->registerAccount(QStringLiteral("ann"), QStringLiteral("ann@example.org"), password)
                .session;
        QVERIFY(m_session);
        m_journal = std::make_unique<Journal>(m_database->connection(), *m_session, [this] { return m_now; });
    }

    void cleanup()
    {
        m_window.reset();
        m_index.reset();
        m_journal.reset();
        m_session.reset();
        m_accounts.reset();
        m_database.reset();
    }

    void ctrlFSearchesAsYouTypeAndEnterJumpsToThePost()
    {
        const QDateTime start(QDate(2025, 3, 1), QTime(9, 0));
        // Enough posts that the one looked for is far outside the first page.
        QVERIFY(seedPosts(
            m_database->connection(), *m_session, 600, start.toMSecsSinceEpoch(), 3600 * 1000, [](int i) {
                return i == 42 ? QStringLiteral("the lighthouse at dusk") : QStringLiteral("day %1").arg(i);
            }));
        write(QStringLiteral("newest"), start.addDays(60));
        openWindow();
        QVERIFY(model()->rowOf(43) < 0); // not loaded yet

        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        auto* search = child<QLineEdit>(m_window.get(), "searchEdit");
        QVERIFY(search->isVisible());
        QVERIFY(search->hasFocus());
        QTest::keyClicks(search, QStringLiteral("lightho"));
        QTRY_VERIFY(results()->isVisible());
        QCOMPARE(results()->model()->rowCount(), 1);
        QVERIFY(results()->model()->index(0, 0).data().toString().contains(QStringLiteral("<b>lightho</b>")));
        QVERIFY(child<QLabel>(m_window.get(), "searchStatus")->text().contains(QLatin1Char('1')));
        // When, as the chat says it: the time beside the post, without seconds.
        const QString when = results()->model()->index(0, 0).data(SearchResultDelegate::DateRole).toString();
        const qint64 postTime = start.addSecs(42 * 3600).toMSecsSinceEpoch();
        QVERIFY2(when.contains(m_window->chatView()->postDelegate()->timeText(postTime)), qPrintable(when));
        QVERIFY2(!when.contains(QRegularExpression(QStringLiteral("\\d:\\d\\d:\\d\\d"))), qPrintable(when));

        QTest::keyClick(search, Qt::Key_Return);
        const int row = model()->rowOf(43);
        QVERIFY(row >= 0);
        QCOMPARE(m_window->chatView()->selectedPostId(), 43);
        QVERIFY(m_window->chatView()->viewport()->rect().intersects(
            m_window->chatView()->visualRect(model()->index(row))));
        // The post in its context: the posts before it, and a page after it with more to come.
        QCOMPARE(model()->postAt(0).text, QStringLiteral("day 0"));
        QVERIFY(model()->hasNewer());

        QTest::keyClick(m_window->chatView(), Qt::Key_F, Qt::ControlModifier);
        QTest::keyClick(search, Qt::Key_Escape);
        QVERIFY(!search->isVisible());
        QCOMPARE(results()->model()->rowCount(), 0); // excerpts are not kept
    }

    void everyMatchIsCountedAndLoadsAsTheListScrolls()
    {
        const QDateTime start(QDate(2024, 1, 1), QTime(9, 0));
        QVERIFY(seedPosts(m_database->connection(), *m_session, 260, start.toMSecsSinceEpoch(), 3600 * 1000,
                          [](int i) {
                              return i % 2 == 0 ? QStringLiteral("the river garden %1").arg(i)
                                                : QStringLiteral("desk %1").arg(i);
                          }));
        openWindow();
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        QTest::keyClicks(child<QLineEdit>(m_window.get(), "searchEdit"), QStringLiteral("garden river"));
        QTRY_VERIFY(results()->isVisible());
        const QString status = child<QLabel>(m_window.get(), "searchStatus")->text();
        QVERIFY2(status.contains(QStringLiteral("130")), qPrintable(status)); // every match, counted
        QVERIFY(results()->model()->rowCount() < 130); // a page now, the rest as the list scrolls

        // Scrolling to the end of the list reaches the oldest match.
        results()->setFocus();
        for (int tries = 0; tries < 10 && results()->model()->rowCount() < 130; ++tries) {
            QTest::keyClick(results(), Qt::Key_End);
            QTest::qWait(0); // the view asks for more once the scroll bar has moved
        }
        QCOMPARE(results()->model()->rowCount(), 130);
        const QModelIndex oldest = results()->model()->index(129, 0);
        QVERIFY(oldest.data().toString().contains(QStringLiteral("<b>garden</b> 0")));
        results()->setCurrentIndex(oldest);
        QTest::keyClick(results(), Qt::Key_Return);
        QCOMPARE(model()->postAt(model()->rowOf(m_window->chatView()->selectedPostId())).text,
                 QStringLiteral("the river garden 0"));
    }

    void phrasesExclusionsDatesAndOrderNarrowTheResults()
    {
        write(QStringLiteral("First snow on the hill"), QDateTime(QDate(2024, 1, 10), QTime(9, 0)));
        write(QStringLiteral("snow, for the first time"), QDateTime(QDate(2024, 2, 1), QTime(9, 0)));
        write(QStringLiteral("the first snow again"), QDateTime(QDate(2024, 3, 5), QTime(9, 0)));
        openWindow();
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        auto* search = child<QLineEdit>(m_window.get(), "searchEdit");
        auto* status = child<QLabel>(m_window.get(), "searchStatus");
        const auto shown = [this] {
            QStringList texts;
            for (int row = 0; row < results()->model()->rowCount(); ++row)
                texts << results()->model()->index(row, 0).data(Qt::AccessibleTextRole).toString();
            return texts;
        };
        QTest::keyClicks(search, QStringLiteral("\"first snow\" -hill"));
        QCOMPARE(shown(), QStringList{QStringLiteral("the first snow again")});

        // Oldest first, at a click.
        search->clear();
        QTest::keyClicks(search, QStringLiteral("snow"));
        QCOMPARE(shown().constFirst(), QStringLiteral("the first snow again"));
        QTest::mouseClick(child<QWidget>(m_window.get(), "oldestFirstButton"), Qt::LeftButton);
        QCOMPARE(shown().constFirst(), QStringLiteral("First snow on the hill"));

        // The range picker writes the dates into the query; both days count.
        QTest::mouseClick(child<QWidget>(m_window.get(), "dateRangeButton"), Qt::LeftButton);
        auto* from = child<QDateEdit>(m_window.get(), "fromDateEdit");
        auto* to = child<QDateEdit>(m_window.get(), "toDateEdit");
        QVERIFY(from->isVisible() && to->isVisible());
        QCOMPARE(from->date(), QDate(2024, 1, 10)); // the journal's first day
        from->setDate(QDate(2024, 2, 1));
        to->setDate(QDate(2024, 3, 5));
        QCOMPARE(search->text(), QStringLiteral("snow from:2024-02-01 to:2024-03-05"));
        QCOMPARE(shown(), (QStringList{QStringLiteral("snow, for the first time"),
                                       QStringLiteral("the first snow again")}));
        QVERIFY2(status->text().contains(QLatin1Char('2')), qPrintable(status->text()));
        QTest::mouseClick(child<QWidget>(m_window.get(), "dateRangeButton"), Qt::LeftButton);
        QCOMPARE(search->text(), QStringLiteral("snow"));
        QVERIFY(!from->isVisible());

        // A date that is none says so, and lists nothing.
        QTest::keyClicks(search, QStringLiteral(" to:2024-02-30"));
        QVERIFY(!results()->isVisible());
        QVERIFY2(status->text().contains(QStringLiteral("to:2024-02-30")), qPrintable(status->text()));
    }

    // The Pictures button narrows the search to posts with pictures by writing has:picture into
    // the query, and follows the term as typed.
    void thePicturesButtonNarrowsTheResultsToPostsWithPictures()
    {
        write(QStringLiteral("snow on the hill"), QDateTime(QDate(2024, 1, 10), QTime(9, 0)));
        QFile photo(QStringLiteral(SOLILOQUY_TEST_DATA "/dayone-photo.png"));
        QVERIFY(photo.open(QIODevice::ReadOnly));
        m_now = QDateTime(QDate(2024, 1, 11), QTime(9, 0)).toMSecsSinceEpoch();
        StorageError error;
        QVERIFY(m_journal->send(QStringLiteral("snow, in a picture"),
                                {NewPicture{photo.readAll(), QStringLiteral("image/png"), QSize(2, 2)}},
                                &error));
        openWindow();
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        auto* search = child<QLineEdit>(m_window.get(), "searchEdit");
        auto* pictures = child<QToolButton>(m_window.get(), "searchPicturesOnly");
        QVERIFY(pictures->isVisible());
        QVERIFY(!pictures->accessibleName().isEmpty());
        const auto shown = [this] {
            QStringList texts;
            for (int row = 0; row < results()->model()->rowCount(); ++row)
                texts << results()->model()->index(row, 0).data(Qt::AccessibleTextRole).toString();
            return texts;
        };
        QTest::keyClicks(search, QStringLiteral("snow"));
        QCOMPARE(shown().size(), 2);

        QTest::mouseClick(pictures, Qt::LeftButton);
        QVERIFY(pictures->isChecked());
        QCOMPARE(search->text(), QStringLiteral("snow has:picture"));
        QCOMPARE(shown(), QStringList{QStringLiteral("snow, in a picture")});
        QTest::mouseClick(pictures, Qt::LeftButton);
        QCOMPARE(search->text(), QStringLiteral("snow"));
        QCOMPARE(shown().size(), 2);

        // Typed, the term presses the button; alone, it lists every post with a picture, one
        // without text too.
        m_now += 60000;
        photo.seek(0);
        QVERIFY(m_journal->send(
            QString(), {NewPicture{photo.readAll(), QStringLiteral("image/png"), QSize(2, 2)}}, &error));
        search->clear();
        QTest::keyClicks(search, QStringLiteral("has:picture"));
        QVERIFY(pictures->isChecked());
        QCOMPARE(shown(),
                 (QStringList{QStringLiteral("Pictures only"), QStringLiteral("snow, in a picture")}));
        QVERIFY(results()->model()->index(0, 0).data().toString().contains(QStringLiteral("Pictures only")));
    }

    void escapeClosesTheSearchBarAfterEnterOpenedAResult()
    {
        write(QStringLiteral("a letter from Oslo"), QDateTime(QDate(2025, 2, 1), QTime(9, 0)));
        write(QStringLiteral("nothing much"), QDateTime(QDate(2025, 2, 2), QTime(9, 0)));
        openWindow();
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        auto* search = child<QLineEdit>(m_window.get(), "searchEdit");
        QTest::keyClicks(search, QStringLiteral("oslo"));
        QTest::keyClick(search, Qt::Key_Return);
        QVERIFY(m_window->chatView()->hasFocus());
        QVERIFY(child<QWidget>(m_window.get(), "searchBar")->isVisible());
        QTest::keyClick(m_window->chatView(), Qt::Key_Escape);
        QVERIFY(!child<QWidget>(m_window.get(), "searchBar")->isVisible());
        QCOMPARE(results()->model()->rowCount(), 0);
    }

    void enterMarksTheWordsFoundInTheBubbleUntilTheSearchCloses()
    {
        const qint64 found =
            write(QStringLiteral("A CAFÉ on the corner; the *cafe* was warm, the cafeteria too"),
                  QDateTime(QDate(2025, 2, 1), QTime(9, 0)))
                .id;
        const qint64 other =
            write(QStringLiteral("nothing much on the corner"), QDateTime(QDate(2025, 2, 2), QTime(9, 0))).id;
        openWindow();
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        auto* search = child<QLineEdit>(m_window.get(), "searchEdit");
        QTest::keyClicks(search, QStringLiteral("cafe"));
        ChatView* chat = m_window->chatView();
        const QRect bubble = chat->visualRect(model()->index(model()->rowOf(found)));
        QCOMPARE(markPixels(chat, bubble), 0); // typing alone marks nothing in the chat
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(chat->selectedPostId(), found);

        // Every match in the bubble as the chat shows it (emphasis, no asterisks), the accented
        // one and the one inside a longer word included; and visibly so.
        const QRect opened = chat->visualRect(model()->index(model()->rowOf(found)));
        QVERIFY(markPixels(chat, opened) > 50);
        const PostDelegate* delegate = chat->postDelegate();
        QVERIFY(delegate->paintedBody(found));
        QCOMPARE(markedIn(*delegate->paintedBody(found)),
                 (QStringList{QStringLiteral("CAFÉ"), QStringLiteral("cafe"), QStringLiteral("cafe")}));
        QVERIFY(delegate->paintedBody(other));
        QVERIFY(markedIn(*delegate->paintedBody(other)).isEmpty());

        // F3 and a new search mark what that search found: here a phrase, in both posts.
        QTest::keyClick(chat, Qt::Key_F, Qt::ControlModifier);
        QTest::keyClicks(search, QStringLiteral("\"ON THE corner\""));
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(chat->selectedPostId(), other);
        QTest::keyClick(chat, Qt::Key_F3);
        QCOMPARE(chat->selectedPostId(), found);
        QVERIFY(markPixels(chat, chat->visualRect(model()->index(model()->rowOf(found)))) > 0);
        QCOMPARE(markedIn(*delegate->paintedBody(found)), QStringList{QStringLiteral("on the corner")});
        QCOMPARE(markedIn(*delegate->paintedBody(other)), QStringList{QStringLiteral("on the corner")});

        // Escape closes the search, and the marks go with it.
        QTest::keyClick(chat, Qt::Key_Escape);
        QVERIFY(!search->isVisible());
        QCOMPARE(markPixels(chat, chat->visualRect(model()->index(model()->rowOf(found)))), 0);
        QVERIFY(delegate->paintedBody(found));
        QVERIFY(markedIn(*delegate->paintedBody(found)).isEmpty());
    }

    void accentsThatCountAreMarkedOnlyAsWritten()
    {
        keepSettingsIn(m_dir.filePath(QStringLiteral("config")), QStringLiteral("tst_findwindow"));
        AppSettings settings;
        settings.setSearchIgnoresAccents(false);
        const qint64 found =
            write(QStringLiteral("A CAFÉ, then a cafe"), QDateTime(QDate(2025, 2, 1), QTime(9, 0))).id;
        openWindow();
        m_window->setSettings(&settings, path());
        m_index->setIgnoresAccents(false); // as the application sets it from the same setting
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        auto* search = child<QLineEdit>(m_window.get(), "searchEdit");
        QTest::keyClicks(search, QStringLiteral("caf"));
        QTest::sendKeyEvent(QTest::Click, search, Qt::Key_Eacute, QStringLiteral("é"), Qt::NoModifier);
        QCOMPARE(search->text(), QStringLiteral("café"));
        QTest::keyClick(search, Qt::Key_Return);
        ChatView* chat = m_window->chatView();
        QCOMPARE(chat->selectedPostId(), found);
        QVERIFY(markPixels(chat, chat->visualRect(model()->index(model()->rowOf(found)))) > 0);
        QCOMPARE(markedIn(*chat->postDelegate()->paintedBody(found)), QStringList{QStringLiteral("CAFÉ")});
        m_window->setSettings(nullptr, QString());
    }

    void upInTheEmptySearchFieldOffersTheRecentSearches()
    {
        write(QStringLiteral("a river walk"), QDateTime(QDate(2025, 2, 1), QTime(9, 0)));
        write(QStringLiteral("a snow day"), QDateTime(QDate(2025, 2, 2), QTime(9, 0)));
        openWindow();
        auto* search = child<QLineEdit>(m_window.get(), "searchEdit");
        const auto run = [&](const QString& query) {
            QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
            QTest::keyClicks(search, query);
            QTest::keyClick(search, Qt::Key_Return);
        };
        run(QStringLiteral("river"));
        run(QStringLiteral("snow"));
        run(QStringLiteral("no such word")); // run, though nothing was found
        run(QStringLiteral("RIVER"));        // the same search as "river": once, first
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        QTest::keyClicks(search, QStringLiteral("typed but not run"));
        QTest::keyClick(search, Qt::Key_Escape);
        QVERIFY(!search->isVisible());

        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY(search->text().isEmpty());
        auto* recent = m_window->findChild<QCompleter*>(QStringLiteral("recentSearches"));
        QVERIFY(recent);
        QVERIFY(!recent->popup()->isVisible());
        QTest::keyClick(search, Qt::Key_Up);
        QVERIFY(recent->popup()->isVisible());
        QStringList offered;
        for (int row = 0; row < recent->completionModel()->rowCount(); ++row)
            offered << recent->completionModel()->index(row, 0).data().toString();
        QCOMPARE(offered, (QStringList{QStringLiteral("RIVER"), QStringLiteral("no such word"),
                                       QStringLiteral("snow")}));
        QCOMPARE(recent->popup()->currentIndex().row(), 0); // the newest, for Enter at once
        QTest::keyClick(recent->popup(), Qt::Key_Down);
        QTest::keyClick(recent->popup(), Qt::Key_Down);
        QTest::keyClick(recent->popup(), Qt::Key_Return);
        QVERIFY(!recent->popup()->isVisible());
        QCOMPARE(search->text(), QStringLiteral("snow"));
        QTRY_VERIFY(results()->isVisible());
        QCOMPARE(results()->model()->rowCount(), 1);
        QVERIFY(search->hasFocus());
        // With text in the field, Down goes to the results as before.
        QTest::keyClick(search, Qt::Key_Down);
        QVERIFY(results()->hasFocus());
        QVERIFY(!recent->popup()->isVisible());

        // The last ten are kept.
        for (int i = 1; i <= 12; ++i)
            run(QStringLiteral("word%1").arg(i));
        QCOMPARE(recent->model()->rowCount(), 10);
        QCOMPARE(recent->model()->index(0, 0).data().toString(), QStringLiteral("word12"));
        QCOMPARE(recent->model()->index(9, 0).data().toString(), QStringLiteral("word3"));
    }

    void f3AndShiftF3MoveThroughTheResultsFromTheChat()
    {
        const qint64 older =
            write(QStringLiteral("swim in the lake"), QDateTime(QDate(2025, 2, 1), QTime(9, 0))).id;
        write(QStringLiteral("nothing much"), QDateTime(QDate(2025, 2, 2), QTime(9, 0)));
        const qint64 newer =
            write(QStringLiteral("lake at dawn"), QDateTime(QDate(2025, 2, 3), QTime(9, 0))).id;
        openWindow();
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        auto* search = child<QLineEdit>(m_window.get(), "searchEdit");
        QTest::keyClicks(search, QStringLiteral("lake"));
        QTest::keyClick(search, Qt::Key_Return);
        ChatView* chat = m_window->chatView();
        QCOMPARE(chat->selectedPostId(), newer);
        QTest::keyClick(chat, Qt::Key_F3);
        QCOMPARE(chat->selectedPostId(), older);
        QVERIFY(chat->hasFocus());         // still in the chat
        QTest::keyClick(chat, Qt::Key_F3); // no further match: stays
        QCOMPARE(chat->selectedPostId(), older);
        QTest::keyClick(chat, Qt::Key_F3, Qt::ShiftModifier);
        QCOMPARE(chat->selectedPostId(), newer);
    }

    void indexingShowsProgressOnlyWhileItRuns()
    {
        // A small journal is ready at once: the status bar says nothing about it.
        write(QStringLiteral("one post"), QDateTime(QDate(2025, 2, 1), QTime(9, 0)));
        openWindow();
        QVERIFY(m_window->statusBar()->currentMessage().isEmpty());
        cleanup();
        init();

        // A large one shows how far the index is, and nothing once it is built.
        QVERIFY(seedPosts(m_database->connection(), *m_session, 4100,
                          QDateTime(QDate(2024, 1, 1), QTime(9, 0)).toMSecsSinceEpoch(), 60 * 1000));
        std::unique_ptr<QSignalSpy> messages;
        openWindow([this, &messages] {
            messages = std::make_unique<QSignalSpy>(m_window->statusBar(), &QStatusBar::messageChanged);
        });
        QVERIFY(!messages->empty());
        QVERIFY2(
            messages->constFirst().constFirst().toString().startsWith(QStringLiteral("Indexing for search")),
            qPrintable(messages->constFirst().constFirst().toString()));
        QVERIFY(m_window->statusBar()->currentMessage().isEmpty());
    }

    void aNewPostIsFoundAtOnce()
    {
        openWindow();
        auto* composer = child<Composer>(m_window.get(), "composer");
        m_now = QDateTime::currentMSecsSinceEpoch();
        QTest::keyClicks(composer, QStringLiteral("fresh strawberries"));
        QTest::keyClick(composer, Qt::Key_Return);
        m_window->openSearch();
        QTest::keyClicks(child<QLineEdit>(m_window.get(), "searchEdit"), QStringLiteral("strawberr"));
        QCOMPARE(results()->model()->rowCount(), 1);
    }

    void tagsListFiltersTheChatAndBubblesLinkToThem()
    {
        const QDateTime start(QDate(2025, 6, 1), QTime(8, 0));
        write(QStringLiteral("ran 5 km #running"), start);
        write(QStringLiteral("rain all day"), start.addSecs(3600));
        write(QStringLiteral("#running again, #tired"), start.addSecs(7200));
        openWindow();
        auto* tagList = child<QListWidget>(m_window.get(), "tagList");
        QTRY_COMPARE(tagList->count(), 2);
        QCOMPARE(tagList->item(0)->text(), QStringLiteral("#running  (2)"));

        QTest::mouseClick(tagList->viewport(), Qt::LeftButton, {},
                          tagList->visualItemRect(tagList->item(0)).center());
        QCOMPARE(m_window->tagFilter(), QStringLiteral("running"));
        QCOMPARE(model()->rowCount(), 2);
        QVERIFY(child<QWidget>(m_window.get(), "filterBanner")->isVisible());
        QTest::mouseClick(child<QWidget>(m_window.get(), "showAllButton"), Qt::LeftButton);
        QCOMPARE(model()->rowCount(), 3);
        QVERIFY(m_window->tagFilter().isEmpty());
        QVERIFY(tagList->selectedItems().isEmpty()); // no tag looks chosen when none is
        QVERIFY(!tagList->currentItem());

        // A #tag in a bubble is a link that filters.
        ChatView* view = m_window->chatView();
        const QModelIndex last = model()->index(2);
        const QRect rect = view->visualRect(last);
        QPoint onTag;
        for (int y = rect.top(); y < rect.bottom() && onTag.isNull(); y += 2) {
            for (int x = rect.left(); x < rect.right(); x += 2) {
                if (view->postDelegate()
                        ->linkAt(rect, last, QPoint(x, y))
                        .endsWith(QStringLiteral(":tired"))) {
                    onTag = QPoint(x, y);
                    break;
                }
            }
        }
        QVERIFY(!onTag.isNull());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, onTag);
        QCOMPARE(m_window->tagFilter(), QStringLiteral("tired"));
        QCOMPARE(model()->rowCount(), 1);
    }

    void theComposerCompletesKnownTags()
    {
        write(QStringLiteral("#gardening today"), QDateTime(QDate(2025, 6, 1), QTime(8, 0)));
        openWindow();
        auto* composer = child<Composer>(m_window.get(), "composer");
        composer->setFocus();
        QTest::keyClicks(composer, QStringLiteral("more #gar"));
        QTRY_VERIFY(composer->tagCompleter()->popup()->isVisible());
        QTest::keyClick(composer->tagCompleter()->popup(), Qt::Key_Return);
        QCOMPARE(composer->toPlainText(), QStringLiteral("more #gardening "));
    }

    void goToDateMarksDaysAndJumps()
    {
        const QDateTime start(QDate(2025, 1, 1), QTime(12, 0));
        for (int day = 0; day < 300; ++day)
            write(QStringLiteral("day %1").arg(day), start.addDays(day));
        openWindow();
        GoToDateDialog dialog(*m_journal, QDate(2025, 2, 10));
        auto* calendar = child<QCalendarWidget>(&dialog, "calendar");
        QVERIFY(calendar->dateTextFormat(QDate(2025, 2, 10)).fontUnderline());
        QVERIFY(!calendar->dateTextFormat(QDate(2024, 2, 10)).fontUnderline());
        QVERIFY(child<QLabel>(&dialog, "summaryLabel")->text().contains(QStringLiteral("28")));
        m_window->goToDate(QDate(2025, 2, 10));
        const qint64 selected = m_window->chatView()->selectedPostId();
        QCOMPARE(m_journal->post(selected)->text, QStringLiteral("day 40"));
    }

    void onThisDayListsEarlierYears()
    {
        const QDate today = QDate::currentDate();
        write(QStringLiteral("two years ago"), QDateTime(today.addYears(-2), QTime(10, 0)));
        write(QStringLiteral("last year"), QDateTime(today.addYears(-1), QTime(10, 0)));
        write(QStringLiteral("another day"), QDateTime(today.addYears(-1).addDays(-3), QTime(10, 0)));
        openWindow();
        QTest::keyClick(m_window.get(), Qt::Key_D, Qt::ControlModifier);
        QCOMPARE(results()->model()->rowCount(), 2);
        QVERIFY(results()->model()->index(0, 0).data().toString().contains(QStringLiteral("last year")));
        QVERIFY(child<QLabel>(m_window.get(), "searchStatus")->text().contains(QStringLiteral("2")));
    }

    void onThisDayWithNothingFoundClosesWithEscape()
    {
        write(QStringLiteral("only today"), QDateTime::currentDateTime());
        openWindow();
        QTest::keyClick(m_window.get(), Qt::Key_D, Qt::ControlModifier);
        auto* bar = child<QWidget>(m_window.get(), "searchBar");
        QVERIFY(bar->isVisible());
        QVERIFY(child<QLabel>(m_window.get(), "searchStatus")->text().startsWith(QStringLiteral("Nothing")));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QVERIFY(!bar->isVisible());
    }

    void lockDropsTheIndexAndEveryResult()
    {
        m_journal.reset();
        AppController controller(std::move(m_database));
        QTimer timer;
        int stage = 0;
        QObject::connect(&timer, &QTimer::timeout, [&] {
            QWidget* modal = QApplication::activeModalWidget();
            if (!modal)
                return;
            if (stage == 0 || stage == 2) {
                child<QLineEdit>(modal, "loginEdit")->setText(QStringLiteral("ann"));
                QTest::keyClicks(child<QLineEdit>(modal, "passwordEdit"), password);
                QTest::mouseClick(child<QPushButton>(modal, "unlockButton"), Qt::LeftButton);
                ++stage;
            }
        });
        timer.start(10);
        QVERIFY(startAndWait(controller));
        MainWindow* window = controller.window();
        QTRY_VERIFY(controller.searchIndex() && controller.searchIndex()->isReady());
        auto* composer = child<Composer>(window, "composer");
        QTest::keyClicks(composer, QStringLiteral("a *secret* #plan"));
        QTest::keyClick(composer, Qt::Key_Return);
        window->openSearch();
        QTest::keyClicks(child<QLineEdit>(window, "searchEdit"), QStringLiteral("secret"));
        QCOMPARE(child<QListView>(window, "searchResults")->model()->rowCount(), 1);
        QTest::keyClick(child<QLineEdit>(window, "searchEdit"), Qt::Key_Return);
        const QAbstractItemModel* recent =
            window->findChild<QCompleter*>(QStringLiteral("recentSearches"))->model();
        QCOMPARE(recent->rowCount(), 1);
        window->openSearch();
        // The excerpt reads as the chat shows the post: emphasis, not asterisks.
        const QString excerpt =
            child<QListView>(window, "searchResults")->model()->index(0, 0).data().toString();
        QVERIFY2(excerpt.contains(QStringLiteral("a <b>secret</b> #plan")), qPrintable(excerpt));
        QTRY_COMPARE(child<QListWidget>(window, "tagList")->count(), 1);

        bool checked = false;
        QObject::connect(&timer, &QTimer::timeout, [&] {
            if (stage == 1 && QApplication::activeModalWidget()) {
                // Locked: no index, no results, no tags, nothing in the chat.
                checked = !controller.searchIndex() &&
                          child<QListView>(window, "searchResults")->model()->rowCount() == 0 &&
                          child<QListWidget>(window, "tagList")->count() == 0 &&
                          recent->rowCount() == 0 && // the recent searches tell what the journal holds
                          window->postModel()->rowCount() == 0;
                stage = 2;
            }
        });
        controller.lockSession();
        QVERIFY(waitForUnlockOrEnd(controller));
        QVERIFY(checked);
        QVERIFY(!controller.isLocked());
        QTRY_VERIFY(controller.searchIndex() && controller.searchIndex()->isReady());
        QCOMPARE(controller.searchIndex()->search(QStringLiteral("secret")).size(),
                 1); // rebuilt after unlock
    }
};

QTEST_MAIN(TestFindWindow)
#include "tst_findwindow.moc"
