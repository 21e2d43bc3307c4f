#include "support/TestSupport.h"
#include "support/WidgetTestSupport.h"

#include "core/AccountService.h"
#include "core/Journal.h"
#include "core/NewPicture.h"
#include "core/PostLedger.h"
#include "core/SearchIndex.h"
#include "crypto/RecoveryKey.h"
#include "gui/MainWindow.h"
#include "gui/MessageBox.h"
#include "gui/ProfileCard.h"
#include "gui/ProfileDialog.h"
#include "gui/chat/ChatView.h"
#include "gui/chat/Composer.h"
#include "gui/chat/PostDelegate.h"
#include "gui/chat/PostListModel.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace TestSupport;

namespace {

const QString password = QStringLiteral("a long enough passphrase");

} // namespace

// The journal window driven through its real widgets: the composer, the chat and their keys.
class TestChatWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<AccountService> m_accounts;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<MainWindow> m_window;

    Composer* composer() { return child<Composer>(m_window.get(), "composer"); }
    ChatView* view() { return m_window->chatView(); }
    PostListModel* model() { return m_window->postModel(); }

    // The window on the journal; with `index`, also on its search index (built by the test).
    void openWindow(SearchIndex* index = nullptr)
    {
        m_journal = std::make_unique<Journal>(m_database->connection(), *m_session);
        m_window = std::make_unique<MainWindow>();
        m_window->resize(800, 600);
        m_window->showJournal(m_journal.get(), m_accounts.get(), m_session.get(), index);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void write(const QString& text)
    {
        QTest::keyClicks(composer(), text);
        QTest::keyClick(composer(), Qt::Key_Return);
    }

    QPoint centreOfRow(int row)
    {
        view()->scrollTo(model()->index(row));
        return view()->visualRect(model()->index(row)).center();
    }

    void clickPost(int row)
    {
        QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, centreOfRow(row));
        QCOMPARE(view()->selectedPostId(), model()->postAt(row).id);
    }

    QByteArray rawDraft()
    {
        QSqlQuery query(m_database->connection());
        query.exec(QStringLiteral("SELECT body FROM drafts"));
        return query.next() ? query.value(0).toByteArray() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase() { useFastKeyDerivation(); }

    void init()
    {
        QFile::remove(m_dir.filePath(QStringLiteral("journal.sqlite3")));
        m_database = std::make_unique<Database>(m_dir.filePath(QStringLiteral("journal.sqlite3")));
        QVERIFY(m_database->open());
        m_accounts = std::make_unique<AccountService>(m_database->connection());
        m_session =
            m_accounts->registerAccount(QStringLiteral("ann"), QStringLiteral("ann@example.org"), password)
                .session;
        QVERIFY(m_session);
    }

    void cleanup()
    {
        m_window.reset();
        m_journal.reset();
        m_session.reset();
        m_accounts.reset();
        m_database.reset();
    }

    void enterSendsAndShiftEnterStartsANewLine()
    {
        openWindow();
        const int emptyHeight = composer()->height();
        QVERIFY(emptyHeight < m_window->height() / 5); // a line or two, as in a messenger
        QTest::keyClicks(composer(), QStringLiteral("first line"));
        QTest::keyClick(composer(), Qt::Key_Return, Qt::ShiftModifier);
        QTest::keyClicks(composer(), QStringLiteral("second line"));
        QTest::keyClick(composer(), Qt::Key_Return, Qt::ShiftModifier);
        QTest::keyClicks(composer(), QStringLiteral("third line"));
        QTRY_VERIFY(composer()->height() > emptyHeight); // it grows with the text
        QCOMPARE(model()->rowCount(), 0);
        QTest::keyClick(composer(), Qt::Key_Return);
        QCOMPARE(model()->rowCount(), 1);
        QCOMPARE(model()->postAt(0).text, QStringLiteral("first line\nsecond line\nthird line"));
        QVERIFY(composer()->toPlainText().isEmpty());
        QCOMPARE(m_journal->count(), 1);

        write(QStringLiteral(" \t "));
        QCOMPARE(m_journal->count(), 1); // whitespace only is not sent

        QTest::keyClicks(composer(), QStringLiteral("by button"));
        QTest::mouseClick(child<QPushButton>(m_window.get(), "sendButton"), Qt::LeftButton);
        QCOMPARE(m_journal->count(), 2);
        QVERIFY(view()->isPinnedToNewest());
    }

    void aTooLongPostStaysInTheComposer()
    {
        openWindow();
        const QString longText(Journal::MaxPostBytes + 1, QLatin1Char('x'));
        composer()->setPlainText(longText);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QTest::keyClick(composer(), Qt::Key_Return);
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("64 KiB")),
                 qPrintable(MessageBox::lastText()));
        QCOMPARE(composer()->toPlainText(), longText);
        QCOMPARE(m_journal->count(), 0);
    }

    void aPostBeingEditedKeepsWhatWasTypedAtALockOrAQuit()
    {
        openWindow();
        write(QStringLiteral("a thought"));
        const qint64 id = model()->postAt(0).id;
        QTest::keyClick(composer(), Qt::Key_Up);
        QVERIFY(m_window->isEditing());
        QTest::keyClicks(composer(), QStringLiteral(", finished"));
        m_window->clearForLock();
        QVERIFY(!m_window->isEditing());
        QCOMPARE(m_journal->post(id)->text, QStringLiteral("a thought, finished"));

        m_window->showJournal(m_journal.get(), m_accounts.get(), m_session.get());
        QTest::keyClick(composer(), Qt::Key_Up);
        QTest::keyClicks(composer(), QStringLiteral(" twice"));
        m_window->close();
        QCOMPARE(m_journal->post(id)->text, QStringLiteral("a thought, finished twice"));
    }

    void editingAnotherPostSavesTheFirstEdit()
    {
        openWindow();
        write(QStringLiteral("older"));
        write(QStringLiteral("newer"));
        const qint64 newer = model()->postAt(1).id;
        QTest::keyClick(composer(), Qt::Key_Up);
        QTest::keyClicks(composer(), QStringLiteral(" and rewritten"));
        clickPost(0);
        QTest::keyClick(view(), Qt::Key_F2);
        QCOMPARE(m_journal->post(newer)->text, QStringLiteral("newer and rewritten"));
        QCOMPARE(model()->postAt(1).text, QStringLiteral("newer and rewritten"));
        QVERIFY(m_window->isEditing());
        QCOMPARE(composer()->toPlainText(), QStringLiteral("older"));
    }

    void upInAnEmptyComposerEditsTheLastPostAndUndoRestoresIt()
    {
        openWindow();
        write(QStringLiteral("first"));
        write(QStringLiteral("helo wrld"));
        const qint64 id = model()->postAt(1).id;
        QTest::keyClick(composer(), Qt::Key_Up);
        QVERIFY(m_window->isEditing());
        QVERIFY(child<QWidget>(m_window.get(), "editBanner")->isVisible());
        QCOMPARE(composer()->toPlainText(), QStringLiteral("helo wrld"));
        composer()->selectAll();
        QTest::keyClicks(composer(), QStringLiteral("hello world"));
        QTest::keyClick(composer(), Qt::Key_Return);

        QVERIFY(!m_window->isEditing());
        QVERIFY(composer()->toPlainText().isEmpty());
        QCOMPARE(model()->rowCount(), 2);
        QCOMPARE(model()->postAt(1).text, QStringLiteral("hello world"));
        QVERIFY(model()->postAt(1).editedAt > 0); // shown as "edited"
        QCOMPARE(m_journal->post(id)->text, QStringLiteral("hello world"));

        QTest::keyClick(composer(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(m_journal->post(id)->text, QStringLiteral("helo wrld"));
        QCOMPARE(m_journal->post(id)->editedAt, 0);
        QCOMPARE(model()->postAt(1).text, QStringLiteral("helo wrld"));
        QTest::keyClick(composer(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(m_journal->post(id)->text, QStringLiteral("hello world"));
    }

    void ctrlZUndoesTypingBeforeItUndoesAnEdit()
    {
        openWindow();
        write(QStringLiteral("kept"));
        QTest::keyClick(composer(), Qt::Key_Up);
        composer()->selectAll();
        QTest::keyClicks(composer(), QStringLiteral("changed"));
        QTest::keyClick(composer(), Qt::Key_Return);
        QTest::keyClicks(composer(), QStringLiteral("typing"));
        QTest::keyClick(composer(), Qt::Key_Z, Qt::ControlModifier);
        // The typing went first; the saved edit is still there.
        QVERIFY(composer()->toPlainText().length() < QStringLiteral("typing").length());
        QCOMPARE(model()->postAt(0).text, QStringLiteral("changed"));
    }

    void escapeCancelsAnEditAndGivesTheDraftBack()
    {
        openWindow();
        write(QStringLiteral("a post"));
        QTest::keyClicks(composer(), QStringLiteral("half a thought"));
        clickPost(0);
        QTest::keyClick(view(), Qt::Key_F2);
        QVERIFY(m_window->isEditing());
        QCOMPARE(composer()->toPlainText(), QStringLiteral("a post"));
        QTest::keyClick(composer(), Qt::Key_Escape);
        QVERIFY(!m_window->isEditing());
        QCOMPARE(composer()->toPlainText(), QStringLiteral("half a thought"));
        QCOMPARE(m_journal->post(model()->postAt(0).id)->editedAt, 0);
    }

    void deleteAsksFirstAndUndoBringsThePostBack()
    {
        openWindow();
        write(QStringLiteral("one"));
        write(QStringLiteral("two"));
        write(QStringLiteral("three"));
        const Post two = model()->postAt(1);

        clickPost(1);
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        QTest::keyClick(view(), Qt::Key_Delete);
        QCOMPARE(m_journal->count(), 3); // cancelled: nothing deleted

        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::keyClick(view(), Qt::Key_Delete);
        QCOMPARE(m_journal->count(), 2);
        QCOMPARE(model()->rowCount(), 2);
        QCOMPARE(model()->rowOf(two.id), -1);
        QVERIFY(!m_journal->post(two.id));

        QTest::keyClick(view(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(m_journal->count(), 3);
        QCOMPARE(model()->rowCount(), 3);
        const Post back = model()->postAt(1);
        QCOMPARE(back.text, QStringLiteral("two"));
        QCOMPARE(back.createdAt, two.createdAt);
        QCOMPARE(m_journal->post(back.id)->text, QStringLiteral("two"));
    }

    // Undo of a delete brings the post's pictures back with their bytes, also after a redo.
    void undoOfADeleteBringsThePicturesBack()
    {
        openWindow();
        write(QStringLiteral("before"));
        QFile photo(QStringLiteral(SOLILOQUY_TEST_DATA "/dayone-photo.png"));
        QVERIFY(photo.open(QIODevice::ReadOnly));
        const QByteArray png = photo.readAll();
        QFile three(QStringLiteral(SOLILOQUY_TEST_DATA "/three-by-two.jpg"));
        QVERIFY(three.open(QIODevice::ReadOnly));
        const QByteArray jpeg = three.readAll();
        StorageError error;
        QVERIFY(m_journal->send(QStringLiteral("two pictures"),
                                {NewPicture{png, QStringLiteral("image/png"), QSize(2, 2)},
                                 NewPicture{jpeg, QStringLiteral("image/jpeg"), QSize(3, 2)}},
                                &error));
        QTRY_COMPARE(model()->rowCount(), 2);
        const qint64 createdAt = model()->postAt(1).createdAt;
        const auto picturesOfTheSecondPost = [this] {
            QList<QByteArray> bytes;
            for (const PictureRef& picture : model()->postAt(1).pictures)
                bytes << m_journal->pictureBytes(picture.attachmentId).value_or(QByteArray());
            return bytes;
        };
        QCOMPARE(picturesOfTheSecondPost(), (QList<QByteArray>{png, jpeg}));

        for (int round = 0; round < 2; ++round) {
            clickPost(1);
            MessageBox::setNextAnswer(QMessageBox::Yes);
            QTest::keyClick(view(), Qt::Key_Delete);
            QCOMPARE(m_journal->count(), 1);
            QCOMPARE(m_journal->pictureCount(), 0); // the pictures went with the post

            QTest::keyClick(view(), Qt::Key_Z, Qt::ControlModifier);
            QCOMPARE(m_journal->count(), 2);
            QCOMPARE(model()->postAt(1).createdAt, createdAt);
            QCOMPARE(model()->postAt(1).pictures.size(), 2);
            QCOMPARE(model()->postAt(1).pictures.at(1).size, QSize(3, 2));
            QCOMPARE(picturesOfTheSecondPost(), (QList<QByteArray>{png, jpeg}));
            // Redo deletes it again, and the next undo brings back the pictures stored anew.
            QTest::keyClick(view(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
            QCOMPARE(m_journal->count(), 1);
            QTest::keyClick(view(), Qt::Key_Z, Qt::ControlModifier);
            QCOMPARE(picturesOfTheSecondPost(), (QList<QByteArray>{png, jpeg}));
        }
    }

    // The right-click menu opens without a loop of its own (popup, not exec): the test goes on
    // while it is open, and its items, chosen by their letters, act on the post clicked.
    void thePostMenuEditsAndDeletesThePostClicked()
    {
        openWindow();
        write(QStringLiteral("one"));
        write(QStringLiteral("two"));
        const auto openMenuOn = [this](int row) -> QMenu* {
            // Through the window system, which turns the right click into a context menu event.
            const QPoint at = view()->viewport()->mapTo(m_window.get(), centreOfRow(row));
            QTest::mouseClick(m_window->windowHandle(), Qt::RightButton, {}, at);
            QMenu* menu = nullptr;
            if (!QTest::qWaitFor([&] {
                    menu = view()->findChild<QMenu*>(QStringLiteral("postMenu"));
                    return menu && menu->isVisible();
                }))
                return nullptr;
            return menu;
        };

        QMenu* menu = openMenuOn(0);
        QVERIFY(menu);
        QCOMPARE(view()->selectedPostId(), model()->postAt(0).id);
        QTest::keyClick(menu, Qt::Key_E); // &Edit post
        QTRY_VERIFY(m_window->isEditing());
        QCOMPARE(composer()->toPlainText(), QStringLiteral("one"));
        QTest::keyClick(composer(), Qt::Key_Escape);
        QTRY_VERIFY(!view()->findChild<QMenu*>(QStringLiteral("postMenu"))); // gone once closed

        menu = openMenuOn(1);
        QVERIFY(menu);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::keyClick(menu, Qt::Key_D); // &Delete post…
        QTRY_COMPARE(m_journal->count(), 1);
        QCOMPARE(model()->postAt(0).text, QStringLiteral("one"));
    }

    void ctrlCCopiesTheSelectedPost()
    {
        openWindow();
        write(QStringLiteral("copy **me**"));
        QGuiApplication::clipboard()->clear();
        clickPost(0);
        QTest::keyClick(view(), Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("copy **me**"));
    }

    void aCopiedPostIsKeptOutOfClipboardHistoryAndTheLockTakesItBack()
    {
        openWindow();
        write(QStringLiteral("a secret"));
        clickPost(0);
        QTest::keyClick(view(), Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("a secret"));
        // Clipboard managers that read the hint keep no history of it.
        QCOMPARE(QGuiApplication::clipboard()->mimeData()->data(QStringLiteral("x-kde-passwordManagerHint")),
                 QByteArray("secret"));
        m_window->clearForLock();
        QCOMPARE(QGuiApplication::clipboard()->text(), QString());

        // What the user copied elsewhere since stays.
        m_window->showJournal(m_journal.get(), m_accounts.get(), m_session.get());
        clickPost(0);
        QTest::keyClick(view(), Qt::Key_C, Qt::ControlModifier);
        QGuiApplication::clipboard()->setText(QStringLiteral("from another program"));
        m_window->clearForLock();
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("from another program"));
    }

    void clickingALinkOpensIt()
    {
        openWindow();
        write(QStringLiteral("read [the essay](https://example.org/essay) tonight"));
        QUrl opened;
        view()->setLinkOpener([&opened](const QUrl& url) { opened = url; });
        const QRect rect = view()->visualRect(model()->index(0));
        QPoint onLink;
        for (int y = rect.top(); y < rect.bottom() && onLink.isNull(); y += 2) {
            for (int x = rect.left(); x < rect.right(); x += 3) {
                if (!view()->postDelegate()->linkAt(rect, model()->index(0), QPoint(x, y)).isEmpty()) {
                    onLink = QPoint(x, y);
                    break;
                }
            }
        }
        QVERIFY2(!onLink.isNull(), "the Markdown link is laid out as a link");
        // The words beside the link are no link.
        QVERIFY(view()
                    ->postDelegate()
                    ->linkAt(rect, model()->index(0), QPoint(onLink.x() - 60, onLink.y()))
                    .isEmpty());
        QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, onLink);
        QCOMPARE(opened, QUrl(QStringLiteral("https://example.org/essay")));
    }

    void theDraftIsKeptSealedAcrossARestart()
    {
        openWindow();
        QTest::keyClicks(composer(), QStringLiteral("an unsent secret"));
        m_window->close(); // closing saves at once
        QVERIFY(!rawDraft().isEmpty());
        QVERIFY(!rawDraft().contains("unsent secret"));
        m_window.reset();
        openWindow();
        QCOMPARE(composer()->toPlainText(), QStringLiteral("an unsent secret"));
        // Sending it removes the draft.
        QTest::keyClick(composer(), Qt::Key_Return);
        QVERIFY(rawDraft().isEmpty());
    }

    void theDraftIsSavedWhileTyping()
    {
        openWindow();
        QTest::keyClicks(composer(), QStringLiteral("typed"));
        QTRY_VERIFY_WITH_TIMEOUT(!rawDraft().isEmpty(), 5000);
        QCOMPARE(m_journal->loadDraft(), QStringLiteral("typed"));
    }

    void scrollingUpLoadsOlderPostsWithoutAJump()
    {
        QVERIFY(seedPosts(m_database->connection(), *m_session, 2000, 1700000000000, 60 * 1000));
        openWindow();
        QCOMPARE(model()->rowCount(), PostListModel::PageSize);
        QScrollBar* bar = view()->verticalScrollBar();
        QTRY_VERIFY(bar->maximum() > 0 && bar->value() == bar->maximum()); // opens at the newest post
        const QModelIndex last = model()->index(model()->rowCount() - 1);
        QVERIFY(view()->viewport()->rect().intersects(view()->visualRect(last)));

        int pages = 0;
        while (model()->hasOlder()) {
            bar->setValue(0);
            // The post the reader sees at the top must not move when the older page comes in above it.
            const QModelIndex top = view()->indexAt(QPoint(1, 1));
            const qint64 anchorId = top.data(PostListModel::PostIdRole).toLongLong();
            const int anchorY = view()->visualRect(top).top();
            const qint64 firstBefore = model()->postAt(0).id;
            QTRY_VERIFY2(model()->postAt(0).id != firstBefore,
                         qPrintable(QStringLiteral("page %1, value %2 of %3, rows %4")
                                        .arg(pages)
                                        .arg(bar->value())
                                        .arg(bar->maximum())
                                        .arg(model()->rowCount())));
            const int row = model()->rowOf(anchorId);
            QVERIFY(row > 0);
            QCOMPARE(view()->visualRect(model()->index(row)).top(), anchorY);
            QVERIFY(model()->rowCount() <= PostListModel::MaxLoaded);
            ++pages;
        }
        QVERIFY(pages >= 19);
        QCOMPARE(model()->postAt(0).text, QStringLiteral("post 0"));
        // Back to the newest with Ctrl+End.
        QTest::keyClick(view(), Qt::Key_End, Qt::ControlModifier);
        QTRY_COMPARE(model()->postAt(model()->rowCount() - 1).text, QStringLiteral("post 1999"));
        QTRY_VERIFY(bar->value() == bar->maximum());

        // And from the composer, where the user types: the first Ctrl+End moves its cursor to the
        // end of the text, the next one (or the first, in an empty composer) goes to the newest.
        bar->setValue(0);
        QTRY_VERIFY(model()->postAt(0).text != QStringLiteral("post 1999"));
        composer()->setFocus();
        QTest::keyClicks(composer(), QStringLiteral("half a thought"));
        QTest::keyClick(composer(), Qt::Key_Home, Qt::ControlModifier);
        QTest::keyClick(composer(), Qt::Key_End, Qt::ControlModifier);
        QVERIFY(composer()->textCursor().atEnd());
        // A jump to the newest scrolls in the key's handling (laying out what is pending first):
        // the chat still away from the bottom says none happened.
        QVERIFY(bar->value() < bar->maximum()); // not at the newest post
        QTest::keyClick(composer(), Qt::Key_End, Qt::ControlModifier);
        QTRY_COMPARE(model()->postAt(model()->rowCount() - 1).text, QStringLiteral("post 1999"));
        QTRY_VERIFY(bar->value() == bar->maximum());
        QCOMPARE(composer()->toPlainText(), QStringLiteral("half a thought"));
    }

    void theAnchorPostStaysPutWhenOlderPostsArrive()
    {
        QVERIFY(seedPosts(m_database->connection(), *m_session, 500, 1700000000000, 60 * 1000));
        openWindow();
        QScrollBar* bar = view()->verticalScrollBar();
        QTRY_VERIFY(bar->maximum() > 0);
        // Scroll to the top of the loaded page by hand, as a reader would with the wheel.
        for (int i = 0; i < 400 && model()->rowCount() == PostListModel::PageSize; ++i) {
            QWheelEvent wheel(QPointF(50, 50), view()->viewport()->mapToGlobal(QPointF(50, 50)), QPoint(),
                              QPoint(0, 120 * 3), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
            QApplication::sendEvent(view()->viewport(), &wheel);
            QCoreApplication::processEvents();
        }
        QVERIFY(model()->rowCount() > PostListModel::PageSize);
        const QModelIndex top = view()->indexAt(QPoint(1, 1));
        QVERIFY(top.isValid());
        // More than one page sits above: the reader was not thrown to the top of the new page.
        QVERIFY(top.row() >= PostListModel::PageSize / 2);
    }

    void theAvatarOpensTheProfileCard()
    {
        openWindow();
        write(QStringLiteral("hello"));
        const QRect rect = view()->visualRect(model()->index(0));
        QPoint onAvatar;
        for (int y = rect.top(); y < rect.bottom() && onAvatar.isNull(); ++y) {
            const QPoint point(PostDelegate::Margin + PostDelegate::AvatarSize / 2, y);
            if (view()->postDelegate()->isOnAuthor(rect, model()->index(0), point))
                onAvatar = point;
        }
        QVERIFY2(!onAvatar.isNull(), "the first post of a group shows the avatar");
        // Below the day label, beside the bubble: the avatar is where the group starts.
        QVERIFY(onAvatar.y() > rect.top() + 10);
        QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, onAvatar);
        ProfileCard* card = m_window->profileCard();
        QTRY_VERIFY(card->isVisible());
        QCOMPARE(child<QLabel>(card, "usernameLabel")->text(), QStringLiteral("ann"));
        QCOMPARE(child<QLabel>(card, "emailLabel")->text(), QStringLiteral("ann@example.org"));
        QVERIFY(child<QLabel>(card, "postCountLabel")->text().contains(QLatin1Char('1')));
        // When, as the chat says it: the day in words and the time beside the post, no seconds.
        const QString lastPost = child<QLabel>(card, "lastPostLabel")->text();
        const qint64 createdAt = model()->postAt(0).createdAt;
        QVERIFY2(lastPost.contains(view()->postDelegate()->timeText(createdAt)), qPrintable(lastPost));
        QVERIFY2(lastPost.contains(QLocale().toString(QDateTime::fromMSecsSinceEpoch(createdAt).date(),
                                                      QLocale::LongFormat)),
                 qPrintable(lastPost));
        QVERIFY2(!lastPost.contains(QRegularExpression(QStringLiteral("\\d:\\d\\d:\\d\\d"))),
                 qPrintable(lastPost));
        QVERIFY(!child<QLabel>(card, "postCountLabel")->text().contains(QStringLiteral("picture")));
        QTest::keyClick(card, Qt::Key_Escape);
        QTRY_VERIFY(!card->isVisible());

        // Pictures are counted beside the posts.
        QFile photo(QStringLiteral(SOLILOQUY_TEST_DATA "/dayone-photo.png"));
        QVERIFY(photo.open(QIODevice::ReadOnly));
        const NewPicture picture{photo.readAll(), QStringLiteral("image/png"), QSize(2, 2)};
        StorageError error;
        QVERIFY(m_journal->send(QString(), {picture, picture}, &error));
        QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, onAvatar);
        QTRY_VERIFY(card->isVisible());
        // (The test loads no translation: "post(s)" stands as written.)
        const QString counts = child<QLabel>(card, "postCountLabel")->text();
        QVERIFY2(QRegularExpression(QStringLiteral("^2 post.*, 2 picture")).match(counts).hasMatch(),
                 qPrintable(counts));
        QTest::keyClick(card, Qt::Key_Escape);
        QTRY_VERIFY(!card->isVisible());
    }

    void theProfileDialogChangesEmailAndPassword()
    {
        openWindow();
        const Profile before = *m_accounts->profile(*m_session);
        ProfileDialog dialog(*m_accounts, *m_session, before);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* email = child<QLineEdit>(&dialog, "emailEdit");
        auto* save = child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Save);
        email->clear();
        QTest::keyClicks(email, QStringLiteral("not an email"));
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(!dialog.message().isEmpty());
        QCOMPARE(m_accounts->profile(*m_session)->email, QStringLiteral("ann@example.org")); // nothing saved

        email->clear();
        QTest::keyClicks(email, QStringLiteral("ann@example.net"));
        QTest::keyClicks(child<QLineEdit>(&dialog, "currentPasswordEdit"), QStringLiteral("wrong password!"));
        QTest::keyClicks(child<QLineEdit>(&dialog, "newPasswordEdit"),
                         QStringLiteral("another long passphrase"));
        QTest::keyClicks(child<QLineEdit>(&dialog, "confirmPasswordEdit"),
                         QStringLiteral("another long passphrase"));
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QVERIFY(!dialog.message().isEmpty());
        QCOMPARE(m_accounts->profile(*m_session)->email, QStringLiteral("ann@example.org"));

        QTest::keyClicks(child<QLineEdit>(&dialog, "currentPasswordEdit"), password);
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(m_accounts->profile(*m_session)->email, QStringLiteral("ann@example.net"));
        QVERIFY(m_accounts->login(QStringLiteral("ann"), QStringLiteral("another long passphrase")).session);
        QVERIFY(!m_accounts->login(QStringLiteral("ann"), password).session);
    }

    void theProfileDialogSealsTheJournalUnderANewKeyWithProgress()
    {
        openWindow();
        QVERIFY(seedPosts(m_database->connection(), *m_session, 3000, 1764000000000, 60000));
        const auto firstBody = [this] {
            return queryValue(m_database->path(),
                              QStringLiteral("SELECT hex(body) FROM posts ORDER BY id LIMIT 1"))
                .toString();
        };
        const QString before = firstBody();
        const QString newPassword = QStringLiteral("another long passphrase");
        // Types both passwords, ticks the box and saves: the sealing starts.
        const auto startSealing = [&newPassword](ProfileDialog& dialog) {
            dialog.show();
            if (!QTest::qWaitForWindowExposed(&dialog))
                return false;
            QTest::keyClicks(child<QLineEdit>(&dialog, "currentPasswordEdit"), password);
            QTest::keyClicks(child<QLineEdit>(&dialog, "newPasswordEdit"), newPassword);
            QTest::keyClicks(child<QLineEdit>(&dialog, "confirmPasswordEdit"), newPassword);
            child<QCheckBox>(&dialog, "replaceKeyCheck")->setFocus();
            QTest::keyClick(child<QCheckBox>(&dialog, "replaceKeyCheck"), Qt::Key_Space);
            QTest::mouseClick(child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Save),
                              Qt::LeftButton);
            return true;
        };
        {
            // Escape while it seals: nothing changes.
            ProfileDialog dialog(*m_accounts, *m_session, *m_accounts->profile(*m_session));
            QVERIFY(startSealing(dialog));
            auto* progress = child<QProgressBar>(&dialog, "rotationProgress");
            QTRY_VERIFY(progress->isVisible() && progress->value() > 0);
            QVERIFY(progress->value() < progress->maximum());
            QTest::keyClick(&dialog, Qt::Key_Escape);
            QVERIFY(!dialog.isVisible());
            QVERIFY(!dialog.replacedKey());
        }
        QCOMPARE(firstBody(), before);
        QVERIFY(m_accounts->login(QStringLiteral("ann"), password).session);

        ProfileDialog dialog(*m_accounts, *m_session, *m_accounts->profile(*m_session));
        QVERIFY(startSealing(dialog));
        auto* key = child<QLineEdit>(&dialog, "recoveryKeyEdit");
        QTRY_VERIFY_WITH_TIMEOUT(key->isVisible(), 30000);
        QVERIFY(dialog.replacedKey());
        QVERIFY2(RecoveryKey::parse(key->text()), qPrintable(key->text()));
        QVERIFY(firstBody() != before);
        QVERIFY(!m_accounts->login(QStringLiteral("ann"), password).session);
        const AccountService::Outcome unlocked = m_accounts->login(QStringLiteral("ann"), newPassword);
        QVERIFY(unlocked.session);
        const QList<Post> posts = Journal(m_database->connection(), *unlocked.session).newest(3000);
        QVERIFY(posts.size() >= 3000);
        QVERIFY(std::all_of(posts.begin(), posts.end(), [](const Post& post) { return post.readable; }));
        QCOMPARE(m_accounts->profile(*unlocked.session)->email, QStringLiteral("ann@example.org"));
        QTest::mouseClick(child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Close),
                          Qt::LeftButton);
        QVERIFY(!dialog.isVisible());
    }

    void theProfileDialogIssuesANewRecoveryKey()
    {
        openWindow();
        ProfileDialog dialog(*m_accounts, *m_session, *m_accounts->profile(*m_session));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* button = child<QPushButton>(&dialog, "newRecoveryKeyButton");
        auto* key = child<QLineEdit>(&dialog, "recoveryKeyEdit");
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(dialog.message().contains(QStringLiteral("current password")));
        QTest::keyClicks(child<QLineEdit>(&dialog, "currentPasswordEdit"), QStringLiteral("wrong password!"));
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(dialog.message(), QStringLiteral("The current password is not right."));
        QVERIFY(!key->isVisible());

        QTest::keyClicks(child<QLineEdit>(&dialog, "currentPasswordEdit"), password);
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(key->isVisible());
        QVERIFY(dialog.message().isEmpty());
        QVERIFY2(RecoveryKey::parse(key->text()), qPrintable(key->text()));
        QVERIFY(child<QLineEdit>(&dialog, "currentPasswordEdit")->text().isEmpty());
        const QString newPassword = QStringLiteral("another long passphrase");
        QVERIFY(m_accounts->recover(QStringLiteral("ann"), key->text(), newPassword).session);
        QVERIFY(m_accounts->login(QStringLiteral("ann"), newPassword).session);
    }

    void damagedPostsAreCountedWithAWayToABackup()
    {
        QVERIFY(seedPosts(m_database->connection(), *m_session, 5, 1764000000000, 60000));
        // Two stored posts changed outside Soliloquy: one byte each.
        QVERIFY(execSql(m_database->path(),
                        {QStringLiteral("UPDATE posts SET body = unhex(substr(hex(body), 1, 40) || "
                                        "iif(substr(hex(body), 41, 2) = '00', '01', '00') || "
                                        "substr(hex(body), 43)) WHERE id IN "
                                        "(SELECT id FROM posts ORDER BY id LIMIT 2)")}));
        SearchIndex index;
        openWindow(&index);
        auto* banner = child<QFrame>(m_window.get(), "damageBanner");
        QVERIFY(!banner->isVisible());
        index.buildInBackground(m_database->path(), *m_session);
        QTRY_VERIFY(banner->isVisible());
        QVERIFY2(child<QLabel>(m_window.get(), "damageLabel")->text().startsWith(QStringLiteral("2 post")),
                 qPrintable(child<QLabel>(m_window.get(), "damageLabel")->text()));
        QSignalSpy backups(m_window.get(), &MainWindow::backupsRequested);
        QTest::mouseClick(child<QToolButton>(m_window.get(), "restoreBackupButton"), Qt::LeftButton);
        QCOMPARE(backups.count(), 1);
        m_window->clearForLock();
        QVERIFY(!banner->isVisible());
    }

    void postsRemovedOutsideAreCountedOnceSearchIsReady()
    {
        QVERIFY(seedPosts(m_database->connection(), *m_session, 6, 1764000000000, 60000));
        QVERIFY(execSql(m_database->path(), {QStringLiteral("DELETE FROM posts WHERE id IN "
                                                            "(SELECT id FROM posts ORDER BY id LIMIT 2)")}));
        SearchIndex index;
        openWindow(&index);
        auto* banner = child<QFrame>(m_window.get(), "damageBanner");
        index.buildInBackground(m_database->path(), *m_session);
        QTRY_VERIFY(banner->isVisible());
        const QString told = child<QLabel>(m_window.get(), "damageLabel")->text();
        QVERIFY2(told.startsWith(QStringLiteral("2 post")) &&
                     told.contains(QStringLiteral("missing: they were removed outside Soliloquy.")),
                 qPrintable(told));
        m_window->clearForLock();
        QVERIFY(!banner->isVisible());
    }

    void anAccountFromBeforeRecordsGetsItsRecordAtItsUnlock()
    {
        QVERIFY(seedPosts(m_database->connection(), *m_session, 3, 1764000000000, 60000));
        QVERIFY(execSql(m_database->path(), {QStringLiteral("DELETE FROM post_ledgers")}));
        SearchIndex index;
        openWindow(&index);
        index.buildInBackground(m_database->path(), *m_session);
        QTRY_COMPARE(
            queryValue(m_database->path(), QStringLiteral("SELECT count(*) FROM post_ledgers")).toInt(), 1);
        QVERIFY(!child<QFrame>(m_window.get(), "damageBanner")->isVisible());
        // From then on a post removed outside shows at the next unlock.
        QVERIFY(execSql(m_database->path(),
                        {QStringLiteral("DELETE FROM posts WHERE id = (SELECT min(id) FROM posts)")}));
        QCOMPARE(PostLedger(m_database->connection(), *m_session).check().missing(), 1);
    }

    void theDraftTypedBeforeANewKeyIsKeptUnderTheNewKey()
    {
        openWindow();
        write(QStringLiteral("a sent post"));
        QTest::keyClicks(composer(), QStringLiteral("half a thought"));
        const QString newPassword = QStringLiteral("another long passphrase");
        QSignalSpy locks(m_window.get(), &MainWindow::lockRequested);
        // The dialog opens modally from the card's Edit button: it is driven from a timer.
        bool sealed = false;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = qobject_cast<ProfileDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QTest::keyClicks(child<QLineEdit>(dialog, "currentPasswordEdit"), password);
            QTest::keyClicks(child<QLineEdit>(dialog, "newPasswordEdit"), newPassword);
            QTest::keyClicks(child<QLineEdit>(dialog, "confirmPasswordEdit"), newPassword);
            QTest::mouseClick(child<QCheckBox>(dialog, "replaceKeyCheck"), Qt::LeftButton);
            QTest::mouseClick(child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Save),
                              Qt::LeftButton);
            QTRY_VERIFY(child<QLineEdit>(dialog, "recoveryKeyEdit")->isVisible());
            sealed = true;
            QTest::mouseClick(child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Close),
                              Qt::LeftButton);
        });
        QTest::keySequence(m_window.get(), QKeySequence(QStringLiteral("Ctrl+I")));
        QTRY_VERIFY(m_window->profileCard()->isVisible());
        QTest::mouseClick(child<QPushButton>(m_window->profileCard(), "editProfileButton"), Qt::LeftButton);
        QTRY_VERIFY(sealed);
        QTRY_COMPARE(locks.count(), 1);
        m_window->clearForLock(); // as the application does on lockRequested

        // The draft is there under the new key, and the old key opens nothing.
        const AccountService::Outcome unlocked = m_accounts->login(QStringLiteral("ann"), newPassword);
        QVERIFY(unlocked.session);
        QCOMPARE(Journal(m_database->connection(), *unlocked.session).loadDraft(),
                 QStringLiteral("half a thought"));
        QVERIFY(Journal(m_database->connection(), *m_session).loadDraft().isEmpty());
    }
};

QTEST_MAIN(TestChatWindow)
#include "tst_chatwindow.moc"
