#include "support/JournalFixture.h"
#include "support/TestSupport.h"
#include "support/WidgetTestSupport.h"

#include "core/AccountService.h"
#include "core/Journal.h"
#include "gui/GalleryModel.h"
#include "gui/MainWindow.h"
#include "gui/MessageBox.h"
#include "gui/PictureCanvas.h"
#include "gui/PictureGallery.h"
#include "gui/PictureLoader.h"
#include "gui/PictureViewer.h"
#include "gui/chat/ChatView.h"
#include "gui/chat/Composer.h"
#include "gui/chat/PendingPictures.h"
#include "gui/chat/PostListModel.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QListView>
#include <QMimeData>
#include <QPushButton>
#include <QRandomGenerator>
#include <QScrollArea>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUrl>

using namespace TestSupport;

namespace {

// A picture of one colour; with `noise`, speckled so that it does not compress to nothing.
QImage picture(const QSize& size, const QColor& colour, bool noise = false)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(colour);
    if (noise) {
        QRandomGenerator random(42);
        for (int y = 0; y < size.height(); ++y)
            for (int x = 0; x < size.width(); ++x)
                if (random.bounded(4) == 0)
                    image.setPixel(x, y, random.generate() | 0xff000000);
    }
    return image;
}

QByteArray encoded(const QImage& image, const char* format = "PNG")
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}

NewPicture newPicture(const QColor& colour, const QSize& size = QSize(40, 30))
{
    return {encoded(picture(size, colour)), QStringLiteral("image/png"), size};
}

bool sameColour(const QColor& a, const QColor& b)
{
    return qAbs(a.red() - b.red()) < 8 && qAbs(a.green() - b.green()) < 8 && qAbs(a.blue() - b.blue()) < 8;
}

} // namespace

// Pictures through the real window: added with the button, a paste or a drop, shown in the
// viewer by keyboard, and found again in the gallery.
class TestPictures : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<JournalFixture> m_fixture;
    std::unique_ptr<AccountService> m_accounts;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_now = 0; // the journal's clock; 0 follows the real one

    Composer* composer() { return child<Composer>(m_window.get(), "composer"); }
    PendingPictures* pending() { return child<PendingPictures>(m_window.get(), "pendingPictures"); }
    QToolButton* attachButton() { return child<QToolButton>(m_window.get(), "attachPictureButton"); }
    QList<QToolButton*> removeButtons()
    {
        return pending()->findChildren<QToolButton*>(QStringLiteral("removePictureButton"));
    }

    void openWindow()
    {
        m_journal = std::make_unique<Journal>(m_fixture->connection(), m_fixture->session(), [this] {
            return m_now != 0 ? m_now : QDateTime::currentMSecsSinceEpoch();
        });
        m_window = std::make_unique<MainWindow>();
        m_window->resize(800, 600);
        m_window->showJournal(m_journal.get(), m_accounts.get(), &m_fixture->session());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    QString writeFile(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    QString writePicture(const QString& name, const QColor& colour, const QSize& size = QSize(64, 48))
    {
        return writeFile(name, encoded(picture(size, colour)));
    }

    // Clicks the attach button (or presses its shortcut) and chooses `file` in the dialog.
    void attachWithTheButton(const QString& file, bool byShortcut = false)
    {
        if (byShortcut)
            QTest::keyClick(m_window.get(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        else
            QTest::mouseClick(attachButton(), Qt::LeftButton);
        QFileDialog* chooser = openFileChooser(m_window.get());
        QVERIFY(chooser);
        chooseFile(chooser, file);
        QTRY_VERIFY(!chooser->isVisible());
        // The window manager gives the window back the keyboard once the dialog is gone.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    // Drags `data` onto `target` and drops it there, as a file manager does.
    void dropOn(QWidget* target, const QMimeData& data)
    {
        const QPoint at(10, 10);
        QDragEnterEvent enter(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(at), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &drop);
        QVERIFY(drop.isAccepted());
    }

    // Each thumbnail of the strip, once decoded.
    void waitForThumbnails()
    {
        for (QLabel* thumbnail : pending()->findChildren<QLabel*>(QStringLiteral("pendingThumbnail")))
            QTRY_VERIFY(!thumbnail->pixmap().isNull());
    }

    PictureViewer* viewer() { return m_window->findChild<PictureViewer*>(); }

    // Opens the viewer on a picture and waits until it shows.
    void view(qint64 postId, qint64 attachmentId)
    {
        m_window->showPicture(postId, attachmentId);
        QVERIFY(viewer());
        QTRY_VERIFY(viewer()->isVisible());
        QTRY_COMPARE(viewer()->attachmentId(), attachmentId);
        QTRY_VERIFY(!child<PictureCanvas>(viewer(), "picture")->image().isNull());
    }

    QColor shownColour()
    {
        const QImage& image = child<PictureCanvas>(viewer(), "picture")->image();
        return image.pixelColor(image.width() / 2, image.height() / 2);
    }

    // Presses `key` in the viewer and waits for the picture it leads to.
    void pressInViewer(Qt::Key key)
    {
        QSignalSpy shown(viewer(), &PictureViewer::pictureShown);
        QTest::keyClick(viewer(), key);
        QVERIFY(shown.wait() || !shown.isEmpty());
    }

private Q_SLOTS:
    void initTestCase() { useFastKeyDerivation(); }

    void init()
    {
        QFile::remove(m_dir.filePath(QStringLiteral("journal.sqlite3")));
        m_fixture = std::make_unique<JournalFixture>(m_dir.filePath(QStringLiteral("journal.sqlite3")));
        QVERIFY(m_fixture->isReady());
        m_accounts = std::make_unique<AccountService>(m_fixture->connection());
        m_now = 0;
    }

    void cleanup()
    {
        m_window.reset();
        m_journal.reset();
        m_accounts.reset();
        m_fixture.reset();
        QGuiApplication::clipboard()->clear();
    }

    void theButtonAndItsShortcutAddPicturesThatGoWithThePost()
    {
        openWindow();
        QVERIFY(attachButton()->isVisible());
        QVERIFY(!attachButton()->accessibleName().isEmpty());
        QVERIFY2(attachButton()->toolTip().contains(QStringLiteral("Ctrl+Shift+A")),
                 qPrintable(attachButton()->toolTip()));
        QVERIFY(!pending()->isVisible()); // nothing waits: no strip
        const QString beach = writePicture(QStringLiteral("beach.png"), Qt::blue);
        const QString dune =
            writeFile(QStringLiteral("dune.jpg"), encoded(picture(QSize(64, 48), Qt::yellow), "JPEG"));

        attachWithTheButton(beach);
        QTRY_COMPARE(pending()->count(), 1);
        QVERIFY(pending()->isVisible());
        attachWithTheButton(dune, true);
        QTRY_COMPARE(pending()->count(), 2);
        waitForThumbnails();
        // The strip is above the composer.
        QVERIFY(pending()->mapTo(m_window.get(), QPoint()).y() <
                composer()->mapTo(m_window.get(), QPoint()).y());

        QTest::keyClicks(composer(), QStringLiteral("at the sea"));
        QTest::keyClick(composer(), Qt::Key_Return);
        QTRY_COMPARE(m_window->postModel()->rowCount(), 1);
        const Post sent = m_window->postModel()->postAt(0);
        QCOMPARE(sent.text, QStringLiteral("at the sea"));
        QCOMPARE(sent.pictures.size(), 2);
        QCOMPARE(m_journal->pictureBytes(sent.pictures.at(0).attachmentId).value_or(QByteArray()), [&] {
            QFile file(beach);
            file.open(QIODevice::ReadOnly);
            return file.readAll();
        }());
        QCOMPARE(sent.pictures.at(1).mimeType, QStringLiteral("image/jpeg"));
        // Sent: the strip empties and the composer with it.
        QCOMPARE(pending()->count(), 0);
        QVERIFY(!pending()->isVisible());
        QVERIFY(composer()->toPlainText().isEmpty());
    }

    void pastingAPictureOrFilesAddsThem_andAPictureAloneIsAPost()
    {
        openWindow();
        composer()->setFocus();
        QGuiApplication::clipboard()->setImage(picture(QSize(50, 50), Qt::red));
        QTest::keyClick(composer(), Qt::Key_V, Qt::ControlModifier);
        QTRY_COMPARE(pending()->count(), 1);
        QCOMPARE(pending()->pictures().at(0).mimeType(), QStringLiteral("image/png"));

        auto* files = new QMimeData;
        files->setUrls({QUrl::fromLocalFile(writePicture(QStringLiteral("one.png"), Qt::green)),
                        QUrl::fromLocalFile(writePicture(QStringLiteral("two.png"), Qt::cyan))});
        files->setText(QStringLiteral("one.png two.png")); // file managers offer the names as text too
        QGuiApplication::clipboard()->setMimeData(files);
        QTest::keyClick(composer(), Qt::Key_V, Qt::ControlModifier);
        QTRY_COMPARE(pending()->count(), 3);
        QVERIFY(composer()->toPlainText().isEmpty()); // not typed as text

        QTest::keyClick(composer(), Qt::Key_Return); // no text: the pictures alone
        QTRY_COMPARE(m_window->postModel()->rowCount(), 1);
        QCOMPARE(m_window->postModel()->postAt(0).pictures.size(), 3);
        QCOMPARE(pending()->count(), 0);

        // Text on the clipboard is still typed.
        QGuiApplication::clipboard()->setText(QStringLiteral("just words"));
        QTest::keyClick(composer(), Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(composer()->toPlainText(), QStringLiteral("just words"));
        QCOMPARE(pending()->count(), 0);
    }

    void droppingFilesOnTheComposerOrTheWindowAddsThem()
    {
        openWindow();
        QMimeData onComposer;
        onComposer.setUrls({QUrl::fromLocalFile(writePicture(QStringLiteral("drop.png"), Qt::magenta))});
        dropOn(composer()->viewport(), onComposer);
        QTRY_COMPARE(pending()->count(), 1);
        QVERIFY(composer()->toPlainText().isEmpty());

        QMimeData onWindow;
        onWindow.setUrls({QUrl::fromLocalFile(writePicture(QStringLiteral("window.png"), Qt::darkGreen))});
        QDragEnterEvent enterWindow(QPoint(50, 50), Qt::CopyAction, &onWindow, Qt::LeftButton,
                                    Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &enterWindow);
        QVERIFY(enterWindow.isAccepted());
        QDropEvent dropWindow(QPointF(50, 50), Qt::CopyAction, &onWindow, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &dropWindow);
        QTRY_COMPARE(pending()->count(), 2);
        QCOMPARE(pending()->pictures().at(1).name(), QStringLiteral("window.png"));
    }

    void removeButtonsAreReachedByKeyboardAndTakePicturesOut()
    {
        openWindow();
        attachWithTheButton(writePicture(QStringLiteral("first.png"), Qt::red));
        attachWithTheButton(writePicture(QStringLiteral("second.png"), Qt::green));
        QTRY_COMPARE(pending()->count(), 2);
        QCOMPARE(removeButtons().size(), 2);
        for (QToolButton* remove : removeButtons())
            QVERIFY(remove->accessibleName().contains(QStringLiteral(".png")));

        // Shift+Tab from the composer reaches the last picture's button; Space takes it out.
        composer()->setFocus();
        QTest::keyClick(composer(), Qt::Key_Backtab, Qt::ShiftModifier);
        QTRY_VERIFY(QApplication::focusWidget() &&
                    QApplication::focusWidget()->objectName() == QLatin1String("removePictureButton"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QTRY_COMPARE(pending()->count(), 1);
        QCOMPARE(pending()->pictures().at(0).name(), QStringLiteral("first.png"));
        // The keyboard stays on the strip, then goes back to the composer after the last one.
        QCOMPARE(QApplication::focusWidget(), removeButtons().value(0));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QTRY_COMPARE(pending()->count(), 0);
        QVERIFY(!pending()->isVisible());
        QCOMPARE(QApplication::focusWidget(), composer());

        // Nothing left to send: Enter in the empty composer sends nothing.
        QTest::keyClick(composer(), Qt::Key_Return);
        QCOMPARE(m_window->postModel()->rowCount(), 0);
    }

    void aFileThatIsNoPictureIsRefusedByName()
    {
        openWindow();
        const QString notes = writeFile(QStringLiteral("notes.txt"), "shopping: bread, milk\n");
        attachWithTheButton(notes);
        QTRY_VERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("notes.txt")),
                     qPrintable(m_window->statusBar()->currentMessage()));
        QCOMPARE(pending()->count(), 0);

        // Dropped with a picture: the picture is taken, the other named.
        QMimeData both;
        both.setUrls({QUrl::fromLocalFile(notes),
                      QUrl::fromLocalFile(writePicture(QStringLiteral("ok.png"), Qt::gray))});
        dropOn(composer()->viewport(), both);
        QTRY_COMPARE(pending()->count(), 1);
        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("notes.txt")));
        QTest::keyClick(composer(), Qt::Key_Return);
        QTRY_COMPARE(m_window->postModel()->rowCount(), 1);
        QCOMPARE(m_window->postModel()->postAt(0).pictures.size(), 1);
    }

    void aPostHoldsAtMostTheLimit()
    {
        openWindow();
        auto* many = new QMimeData;
        QList<QUrl> urls;
        for (int i = 0; i <= Journal::MaxPicturesPerPost; ++i)
            urls << QUrl::fromLocalFile(
                writePicture(QStringLiteral("many%1.png").arg(i), QColor(i * 10, 0, 0)));
        many->setUrls(urls);
        QGuiApplication::clipboard()->setMimeData(many);
        composer()->setFocus();
        QTest::keyClick(composer(), Qt::Key_V, Qt::ControlModifier);
        QTRY_COMPARE(pending()->count(), Journal::MaxPicturesPerPost);
        const QString last = QStringLiteral("many%1.png").arg(Journal::MaxPicturesPerPost);
        QVERIFY2(m_window->statusBar()->currentMessage().contains(last),
                 qPrintable(m_window->statusBar()->currentMessage()));
    }

    void aFailedSendKeepsTheTextAndThePictures_andTheDraftNeverHoldsThem()
    {
        openWindow();
        const QString photo =
            writeFile(QStringLiteral("photo.png"), encoded(picture(QSize(200, 200), Qt::white, true)));
        attachWithTheButton(photo);
        QTRY_COMPARE(pending()->count(), 1);
        QTest::keyClicks(composer(), QStringLiteral("kept"));
        // The draft is saved a moment after typing: its text only.
        QSqlQuery query(m_fixture->connection());
        QTRY_VERIFY(query.exec(QStringLiteral("SELECT length(body) FROM drafts")) && query.next());
        QVERIFY2(query.value(0).toInt() < 1024, qPrintable(query.value(0).toString()));

        // A full disk: the picture does not fit.
        QVERIFY(query.exec(QStringLiteral("PRAGMA page_count")) && query.next());
        const int pages = query.value(0).toInt();
        QVERIFY(query.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QTest::keyClick(composer(), Qt::Key_Return);
        QCOMPARE(m_window->postModel()->rowCount(), 0);
        QVERIFY(!MessageBox::lastText().isEmpty());
        QCOMPARE(composer()->toPlainText(), QStringLiteral("kept"));
        QCOMPARE(pending()->count(), 1);
        QVERIFY(query.exec(QStringLiteral("PRAGMA max_page_count = 1073741823")));
        QTest::keyClick(composer(), Qt::Key_Return);
        QTRY_COMPARE(m_window->postModel()->rowCount(), 1);
        QCOMPARE(m_window->postModel()->postAt(0).pictures.size(), 1);
    }

    void theLockDropsThePicturesWaiting_andEditingPutsThemAside()
    {
        openWindow();
        QTest::keyClicks(composer(), QStringLiteral("an older post"));
        QTest::keyClick(composer(), Qt::Key_Return);
        attachWithTheButton(writePicture(QStringLiteral("wait.png"), Qt::red));
        QTRY_COMPARE(pending()->count(), 1);

        // Editing a post: the pictures wait out of sight, and no more can be added.
        QTest::keyClick(composer(), Qt::Key_Up);
        QVERIFY(m_window->isEditing());
        QVERIFY(!pending()->isVisible());
        QVERIFY(!attachButton()->isEnabled());
        QTest::keyClick(composer(), Qt::Key_Escape);
        QVERIFY(!m_window->isEditing());
        QVERIFY(pending()->isVisible());
        QCOMPARE(pending()->count(), 1);

        m_window->clearForLock();
        QCOMPARE(pending()->count(), 0);
        QVERIFY(!pending()->isVisible());
        QVERIFY(!attachButton()->isEnabled());
    }

    void theViewerGoesThroughThePostAndTheJournalByKeyboard()
    {
        openWindow();
        StorageError error;
        const std::optional<Post> first =
            m_journal->send(QStringLiteral("two"), {newPicture(Qt::red), newPicture(Qt::green)}, &error);
        QVERIFY(first);
        QVERIFY(m_journal->send(QStringLiteral("words only"), &error));
        const std::optional<Post> later = m_journal->send(QString(), {newPicture(Qt::blue)}, &error);
        QVERIFY(later);
        QCOMPARE(first->pictures.size(), 2);

        view(first->id, first->pictures.at(0).attachmentId);
        QVERIFY(sameColour(shownColour(), Qt::red));
        for (const char* name : {"previousButton", "nextButton", "zoomInButton", "zoomOutButton", "fitButton",
                                 "saveCopyButton", "closeButton"})
            QVERIFY2(!child<QToolButton>(viewer(), name)->accessibleName().isEmpty(), name);
        QVERIFY(child<QLabel>(viewer(), "positionLabel")->text().startsWith(QStringLiteral("1 of 3")));
        QVERIFY(!child<QToolButton>(viewer(), "previousButton")->isEnabled());

        pressInViewer(Qt::Key_Right);
        QVERIFY(sameColour(shownColour(), Qt::green));
        pressInViewer(Qt::Key_Right); // on to the next post with pictures
        QCOMPARE(viewer()->postId(), later->id);
        QVERIFY(sameColour(shownColour(), Qt::blue));
        QVERIFY(!child<QToolButton>(viewer(), "nextButton")->isEnabled());
        QTest::keyClick(viewer(), Qt::Key_Right); // the last one: it stays
        QCOMPARE(viewer()->postId(), later->id);
        pressInViewer(Qt::Key_Left);
        QVERIFY(sameColour(shownColour(), Qt::green));

        QTest::keyClick(viewer(), Qt::Key_Escape);
        QTRY_VERIFY(!viewer() || !viewer()->isVisible());
    }

    void theViewerFitsZoomsAndSavesTheOriginalBytes()
    {
        openWindow();
        StorageError error;
        const NewPicture large = newPicture(Qt::darkCyan, QSize(3000, 2000));
        const std::optional<Post> post = m_journal->send(QStringLiteral("large"), {large}, &error);
        QVERIFY(post);
        view(post->id, post->pictures.at(0).attachmentId);
        auto* canvas = child<PictureCanvas>(viewer(), "picture");
        auto* area = child<QScrollArea>(viewer(), "pictureArea");
        // Fitted: the whole picture in the window.
        QVERIFY(viewer()->fitsWindow());
        QTRY_VERIFY(canvas->width() <= area->viewport()->width() &&
                    canvas->height() <= area->viewport()->height());
        QVERIFY(viewer()->zoom() < 1);
        const qreal fitted = viewer()->zoom();

        QTest::keyClick(viewer(), Qt::Key_Plus);
        QVERIFY(viewer()->zoom() > fitted);
        QVERIFY(!viewer()->fitsWindow());
        QTest::keyClick(viewer(), Qt::Key_Minus);
        QTest::keyClick(viewer(), Qt::Key_Minus);
        QVERIFY(viewer()->zoom() < fitted);
        QTest::keyClick(viewer(), Qt::Key_0);
        QVERIFY(viewer()->fitsWindow());
        QCOMPARE(viewer()->zoom(), fitted);
        // The wheel zooms in.
        const QPointF middle = QRectF(area->viewport()->rect()).center();
        QWheelEvent wheel(middle, area->viewport()->mapToGlobal(middle), QPoint(), QPoint(0, 120),
                          Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(area->viewport(), &wheel);
        QVERIFY(viewer()->zoom() > fitted);

        // Ctrl+S: the picture as it was added, byte for byte.
        QTest::keyClick(viewer(), Qt::Key_S, Qt::ControlModifier);
        QFileDialog* chooser = openFileChooser(viewer());
        QVERIFY(chooser);
        QVERIFY(chooser->selectedFiles().value(0).endsWith(QLatin1String(".png")));
        const QString copy = m_dir.filePath(QStringLiteral("copy.png"));
        chooseFile(chooser, copy);
        QTRY_VERIFY(QFile::exists(copy));
        QFile saved(copy);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), large.bytes);
    }

    void theLockClosesTheViewerAndTheGallery()
    {
        openWindow();
        StorageError error;
        const std::optional<Post> post =
            m_journal->send(QStringLiteral("seen"), {newPicture(Qt::red)}, &error);
        QVERIFY(post);
        view(post->id, post->pictures.at(0).attachmentId);
        m_window->openGallery();
        QVERIFY(m_window->findChild<PictureGallery*>());
        // The decoded pictures go with the decrypted texts.
        m_window->clearForLock();
        QVERIFY(!viewer());
        QVERIFY(!m_window->findChild<PictureGallery*>());
        QCOMPARE(m_window->pictureLoader()->cachedBytes(), 0);
        QVERIFY(!m_window->pictureLoader()->isStarted());
    }

    void theGalleryShowsEveryPictureByMonth_andOpensItsPost()
    {
        StorageError error;
        m_now = QDateTime(QDate(2026, 10, 5), QTime(9, 0)).toMSecsSinceEpoch();
        openWindow();
        const std::optional<Post> october =
            m_journal->send(QStringLiteral("autumn"), {newPicture(Qt::red)}, &error);
        m_now = QDateTime(QDate(2026, 11, 20), QTime(9, 0)).toMSecsSinceEpoch();
        const std::optional<Post> november = m_journal->send(
            QStringLiteral("first snow"), {newPicture(Qt::green), newPicture(Qt::blue)}, &error);
        for (int i = 0; i < 30; ++i)
            QVERIFY(m_journal->send(QStringLiteral("filler %1").arg(i), &error));
        QVERIFY(october && november);

        auto* action = child<QAction>(m_window.get(), "actionPictures");
        QVERIFY(!action->shortcut().isEmpty());
        QTest::keyClick(m_window.get(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        auto* gallery = m_window->findChild<PictureGallery*>();
        QVERIFY(gallery);
        QTRY_VERIFY(gallery->isVisible());
        auto* list = child<QListView>(gallery, "galleryView");
        QAbstractItemModel* model = list->model();
        // November first (newest), then October, each led by its month.
        QCOMPARE(model->rowCount(), 5);
        QVERIFY(model->index(0, 0).data(GalleryModel::IsMonthRole).toBool());
        QCOMPARE(model->index(1, 0).data(GalleryModel::PostIdRole).toLongLong(), november->id);
        QCOMPARE(model->index(2, 0).data(GalleryModel::PostIdRole).toLongLong(), november->id);
        QVERIFY(model->index(3, 0).data(GalleryModel::IsMonthRole).toBool());
        QCOMPARE(model->index(4, 0).data(GalleryModel::PostIdRole).toLongLong(), october->id);
        // The month rows each take a line of their own, above their pictures.
        QVERIFY(list->visualRect(model->index(3, 0)).top() >= list->visualRect(model->index(2, 0)).bottom());
        QVERIFY(list->visualRect(model->index(4, 0)).top() >= list->visualRect(model->index(3, 0)).bottom());
        // The thumbnails come, in their colours, each in the middle of its square.
        const auto middleOf = [model](int row) {
            const QImage thumbnail =
                qvariant_cast<QPixmap>(model->index(row, 0).data(Qt::DecorationRole)).toImage();
            return thumbnail.pixelColor(thumbnail.width() / 2, thumbnail.height() / 2);
        };
        QTRY_VERIFY(sameColour(middleOf(4), Qt::red));
        QTRY_VERIFY(sameColour(middleOf(2), Qt::blue));

        // The keyboard starts on the newest picture; Enter shows its post in the chat.
        QCOMPARE(list->currentIndex().row(), 1);
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Return);
        QTRY_VERIFY(!gallery->isVisible());
        QCOMPARE(m_window->chatView()->selectedPostId(), november->id);
        QVERIFY(QTest::qWaitForWindowActive(m_window.get())); // the window has the keyboard back

        // A click on October's: its post, far back, is opened in the chat.
        QTest::keyClick(m_window.get(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(m_window->findChild<PictureGallery*>(), gallery); // the same, read anew
        QTRY_VERIFY(gallery->isVisible());
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          list->visualRect(list->model()->index(4, 0)).center());
        QTRY_COMPARE(m_window->chatView()->selectedPostId(), october->id);
    }
};

QTEST_MAIN(TestPictures)
#include "tst_pictures.moc"
