#include "support/TestSupport.h"

#include "core/AccountService.h"
#include "core/Importer.h"
#include "core/Journal.h"
#include "gui/MainWindow.h"
#include "gui/PictureLoader.h"
#include "gui/chat/ChatView.h"
#include "gui/chat/PostDelegate.h"
#include "gui/chat/PostListModel.h"
#include "pictures/PictureFile.h"
#include "storage/Database.h"

#include <QBuffer>
#include <QHelpEvent>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>

using namespace TestSupport;

namespace {

// A picture of one colour, as a file of `format` would bring it.
NewPicture picture(const QColor& color, const QSize& size = QSize(1600, 1200), const char* format = "JPEG")
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(color);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return PictureFile::fromBytes(bytes, QStringLiteral("picture")).toNewPicture();
}

bool near(QRgb pixel, const QColor& color)
{
    return qAbs(qRed(pixel) - color.red()) < 24 && qAbs(qGreen(pixel) - color.green()) < 24 &&
           qAbs(qBlue(pixel) - color.blue()) < 24;
}

} // namespace

// Pictures in the chat: inside the bubble, their room kept before they are decoded, and a
// click on one asks to view it.
class TestChatPictures : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<AccountService> m_accounts;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<MainWindow> m_window;

    ChatView* view() { return m_window->chatView(); }
    PostListModel* model() { return m_window->postModel(); }
    PictureLoader* loader() { return m_window->pictureLoader(); }

    void openWindow()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1000, 700);
        loader()->start(m_database->path(), m_session.get());
        m_window->showJournal(m_journal.get(), m_accounts.get(), m_session.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    qint64 send(const QString& text, const QList<NewPicture>& pictures)
    {
        StorageError error;
        const std::optional<Post> post = m_journal->send(text, pictures, &error);
        return post ? post->id : 0;
    }

    // Where the row's picture `attachmentId` is painted, found as the pointer would find it.
    QRect pictureRect(int row, qint64 attachmentId)
    {
        const QModelIndex index = model()->index(row);
        const QRect item = view()->visualRect(index);
        for (int y = item.top(); y <= item.bottom(); y += 3) {
            for (int x = item.left(); x <= item.right(); x += 3) {
                QRect where;
                if (view()->postDelegate()->pictureAt(item, index, QPoint(x, y), &where).attachmentId ==
                    attachmentId)
                    return where;
            }
        }
        return {};
    }

    QRgb shownAt(const QPoint& point) { return view()->viewport()->grab().toImage().pixel(point); }

private Q_SLOTS:
    void initTestCase() { useFastKeyDerivation(); }

    void init()
    {
        QFile::remove(m_dir.filePath(QStringLiteral("journal.sqlite3")));
        m_database = std::make_unique<Database>(m_dir.filePath(QStringLiteral("journal.sqlite3")));
        QVERIFY(m_database->open());
        m_accounts = std::make_unique<AccountService>(m_database->connection());
        m_session = m_accounts
                        ->registerAccount(QStringLiteral("ann"), QStringLiteral("ann@example.org"),
                                          QStringLiteral("a long enough passphrase"))
                        .session;
        QVERIFY(m_session);
        m_journal = std::make_unique<Journal>(m_database->connection(), *m_session);
    }

    void cleanup()
    {
        m_window.reset();
        m_journal.reset();
        m_session.reset();
        m_accounts.reset();
        m_database.reset();
    }

    void onePictureShowsLargeAndNothingMovesWhenItArrives()
    {
        const QColor red(220, 30, 30);
        QVERIFY(send(QStringLiteral("The red wall"), {picture(red)}));
        openWindow();
        QCOMPARE(model()->rowCount(), 1);
        const qint64 attachmentId = model()->postAt(0).pictures.value(0).attachmentId;
        QVERIFY(attachmentId > 0);
        QSignalSpy loaded(loader(), &PictureLoader::loaded);
        const QRect row = view()->visualRect(model()->index(0));
        const QRect shown = pictureRect(0, attachmentId);
        QCOMPARE(shown.size(), QSize(480, 360)); // 4:3 at the maximum height, below the text
        QVERIFY(shown.top() > row.top() + QFontMetrics(view()->font()).height());

        // Its room is there before it is decoded, then it is painted in it.
        QVERIFY(!near(shownAt(shown.center()), red));
        QTRY_VERIFY(loaded.count() > 0);
        QTRY_VERIFY(near(shownAt(shown.center()), red));
        QCOMPARE(view()->visualRect(model()->index(0)), row);
        QCOMPARE(pictureRect(0, attachmentId), shown);
    }

    void picturesAloneShowAsAGridWithoutText()
    {
        const QList<QColor> colors{QColor(220, 30, 30), QColor(30, 200, 40), QColor(40, 60, 220),
                                   QColor(230, 200, 20)};
        QList<NewPicture> pictures;
        for (const QColor& color : colors)
            pictures << picture(color, QSize(800, 600), "PNG");
        // After a post of text, in the same run of posts: no name or day above it either.
        QVERIFY(send(QStringLiteral("Holiday, day one"), {}));
        const qint64 postId = send(QString(), pictures);
        QVERIFY(postId);
        openWindow();
        QCOMPARE(model()->rowCount(), 2);
        const QList<PictureRef> refs = model()->postAt(1).pictures;
        QCOMPARE(refs.size(), 4);
        QList<QRect> cells;
        for (const PictureRef& ref : refs)
            cells << pictureRect(1, ref.attachmentId);
        // Two columns of square cells.
        QCOMPARE(cells.at(0).width(), cells.at(0).height());
        QCOMPARE(cells.at(1).top(), cells.at(0).top());
        QVERIFY(cells.at(1).left() > cells.at(0).right());
        QCOMPARE(cells.at(2).left(), cells.at(0).left());
        QVERIFY(cells.at(2).top() > cells.at(0).bottom());
        QCOMPARE(cells.at(3).top(), cells.at(2).top());
        for (qsizetype i = 0; i < cells.size(); ++i)
            QTRY_VERIFY(near(shownAt(cells.at(i).center()), colors.at(i)));
        // No line of text above them: only the bubble's edge.
        QVERIFY(view()->postDelegate()->paintedBody(postId) == nullptr);
        const QRect row = view()->visualRect(model()->index(1));
        QVERIFY(cells.at(0).top() - row.top() < QFontMetrics(view()->font()).height() / 2);
    }

    void linksToThePostsPicturesAreNotShownAsText()
    {
        // As Day One's photos come in with an import.
        const qint64 postId =
            send(QStringLiteral("A walk by the river.\n\n![photo](attachment:1)"), {picture(Qt::darkGreen)});
        QVERIFY(postId);
        openWindow();
        view()->viewport()->repaint();
        const QTextDocument* body = view()->postDelegate()->paintedBody(postId);
        QVERIFY(body);
        QCOMPARE(body->toPlainText(), QStringLiteral("A walk by the river."));
        QVERIFY(pictureRect(0, model()->postAt(0).pictures.value(0).attachmentId).isValid());
    }

    void dayOnePhotosShowAsPictures()
    {
        const Importer::Result result =
            Importer(m_database->connection(), *m_session)
                .importFile(QStringLiteral(SOLILOQUY_TEST_DATA "/dayone.zip"), Importer::Format::DayOne);
        QVERIFY2(result.ok, qPrintable(result.error));
        openWindow();
        // The tram ride, the oldest post: its photo in the bubble, its text without the link.
        view()->scrollToTop();
        const Post& tram = model()->postAt(0);
        QCOMPARE(tram.pictures.size(), 1);
        QVERIFY(pictureRect(0, tram.pictures.first().attachmentId).isValid());
        view()->viewport()->repaint();
        const QTextDocument* body = view()->postDelegate()->paintedBody(tram.id);
        QVERIFY(body);
        QVERIFY(body->toPlainText().contains(QStringLiteral("castle with #lisbon views.")));
        QVERIFY(body->toPlainText().contains(QStringLiteral("Pastéis de nata")));
        QVERIFY(!body->toPlainText().contains(QStringLiteral("attachment")));
        QVERIFY(!body->toPlainText().contains(QStringLiteral("photo")));
    }

    void aDamagedPictureSaysSoInItsRoom()
    {
        NewPicture damaged = picture(Qt::red);
        damaged.bytes = damaged.bytes.left(200); // the start of a JPEG, and nothing after
        QVERIFY(send(QStringLiteral("Lost in the card"), {damaged}));
        openWindow();
        const qint64 attachmentId = model()->postAt(0).pictures.value(0).attachmentId;
        const QRect row = view()->visualRect(model()->index(0));
        const QRect shown = pictureRect(0, attachmentId);
        QCOMPARE(shown.size(), QSize(480, 360)); // its room, from the size it was stored with
        view()->viewport()->repaint();
        QTRY_VERIFY(loader()->hasFailed(attachmentId));
        view()->viewport()->repaint();
        QVERIFY(!near(shownAt(shown.center()), Qt::red));
        QCOMPARE(view()->visualRect(model()->index(0)), row);
        QHelpEvent help(QEvent::ToolTip, shown.center(), view()->viewport()->mapToGlobal(shown.center()));
        QCoreApplication::sendEvent(view()->viewport(), &help);
        QTRY_COMPARE(QToolTip::text(), QStringLiteral("This picture is damaged and cannot be shown."));
    }

    void clickingAPictureAsksToViewIt()
    {
        const qint64 postId = send(QStringLiteral("Look"), {picture(Qt::blue)});
        openWindow();
        const qint64 attachmentId = model()->postAt(0).pictures.value(0).attachmentId;
        const QRect shown = pictureRect(0, attachmentId);
        QVERIFY(shown.isValid());
        QSignalSpy activated(view(), &ChatView::pictureActivated);

        QTest::mouseMove(view()->viewport(), shown.center());
        QTRY_COMPARE(view()->viewport()->cursor().shape(), Qt::PointingHandCursor);
        QHelpEvent help(QEvent::ToolTip, shown.center(), view()->viewport()->mapToGlobal(shown.center()));
        QCoreApplication::sendEvent(view()->viewport(), &help);
        QTRY_COMPARE(QToolTip::text(), QStringLiteral("Click to view the picture"));

        QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, shown.center());
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.at(0).at(0).toLongLong(), postId);
        QCOMPARE(activated.at(0).at(1).toLongLong(), attachmentId);

        // The line of text above the picture is not the picture.
        const QPoint onText(shown.center().x(), shown.top() - 8 - QFontMetrics(view()->font()).height() / 2);
        QTest::mouseMove(view()->viewport(), onText);
        QTRY_COMPARE(view()->viewport()->cursor().shape(), Qt::ArrowCursor);
        QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, onText);
        QCOMPARE(activated.count(), 1);
    }
};

QTEST_MAIN(TestChatPictures)
#include "tst_chatpictures.moc"
