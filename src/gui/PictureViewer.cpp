#include "PictureViewer.h"
#include "ui_pictureviewer.h"

#include "FileChooser.h"
#include "MessageBox.h"

#include "pictures/PictureDecoder.h"

#include <QAction>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QLocale>
#include <QMimeDatabase>
#include <QMouseEvent>
#include <QSaveFile>
#include <QScrollBar>
#include <QWheelEvent>
#include <QtConcurrentRun>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace {

constexpr qreal ZoomStep = 1.25;
constexpr qreal MinimumZoom = 0.02;
constexpr qreal MaximumZoom = 16;
constexpr int WheelStep = 120; // one notch of a mouse wheel, in eighths of a degree

} // namespace

PictureViewer::PictureViewer(const Journal& journal, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PictureViewer>())
    , m_journal(journal)
{
    m_ui->setupUi(this);
    m_ui->pictureArea->viewport()->installEventFilter(this);
    m_ui->pictureArea->setBackgroundRole(QPalette::Dark);

    // Window-wide keys: they work whichever button has the focus.
    const auto addKeys = [this](const QList<QKeySequence>& keys, auto handler) {
        auto* action = new QAction(this);
        action->setShortcuts(keys);
        connect(action, &QAction::triggered, this, handler);
        addAction(action);
    };
    addKeys({QKeySequence(Qt::Key_Left)}, [this] { step(-1); });
    addKeys({QKeySequence(Qt::Key_Right)}, [this] { step(1); });
    addKeys({QKeySequence(Qt::Key_Plus), QKeySequence(Qt::Key_Equal), QKeySequence::ZoomIn},
            [this] { zoomAroundCentre(ZoomStep); });
    addKeys({QKeySequence(Qt::Key_Minus), QKeySequence::ZoomOut}, [this] { zoomAroundCentre(1 / ZoomStep); });
    addKeys({QKeySequence(Qt::Key_0)}, [this] { fit(); });
    addKeys({QKeySequence::Save}, [this] { saveCopy(); });

    connect(m_ui->previousButton, &QToolButton::clicked, this, [this] { step(-1); });
    connect(m_ui->nextButton, &QToolButton::clicked, this, [this] { step(1); });
    connect(m_ui->zoomInButton, &QToolButton::clicked, this, [this] { zoomAroundCentre(ZoomStep); });
    connect(m_ui->zoomOutButton, &QToolButton::clicked, this, [this] { zoomAroundCentre(1 / ZoomStep); });
    connect(m_ui->fitButton, &QToolButton::clicked, this, &PictureViewer::fit);
    connect(m_ui->saveCopyButton, &QToolButton::clicked, this, &PictureViewer::saveCopy);
    connect(m_ui->closeButton, &QToolButton::clicked, this, &QDialog::reject);
}

PictureViewer::~PictureViewer() = default;

void PictureViewer::showPicture(qint64 postId, qint64 attachmentId)
{
    // Oldest first, as the chat reads: Right goes on to what was written later.
    m_sequence = m_journal.gallery();
    std::sort(m_sequence.begin(), m_sequence.end(),
              [](const Journal::GalleryEntry& a, const Journal::GalleryEntry& b) {
                  return std::tuple(a.createdAt, a.picture.postId, a.picture.position) <
                         std::tuple(b.createdAt, b.picture.postId, b.picture.position);
              });
    const auto found =
        std::find_if(m_sequence.cbegin(), m_sequence.cend(), [&](const Journal::GalleryEntry& entry) {
            return entry.picture.postId == postId && entry.picture.attachmentId == attachmentId;
        });
    showAt(found == m_sequence.cend() ? -1 : found - m_sequence.cbegin());
}

void PictureViewer::done(int result)
{
    // Closed, it keeps no picture: a photo decoded whole is large.
    ++m_generation;
    m_index = -1;
    m_sequence.clear();
    m_bytes.clear();
    m_ui->picture->setImage({});
    QDialog::done(result);
}

qint64 PictureViewer::postId() const
{
    return m_index >= 0 ? m_sequence.at(m_index).picture.postId : 0;
}

qint64 PictureViewer::attachmentId() const
{
    return m_index >= 0 ? m_sequence.at(m_index).picture.attachmentId : 0;
}

qreal PictureViewer::zoom() const
{
    return m_ui->picture->scale();
}

void PictureViewer::step(int direction)
{
    const qsizetype next = m_index + direction;
    if (m_index >= 0 && next >= 0 && next < m_sequence.size())
        showAt(next);
}

void PictureViewer::showAt(qsizetype index)
{
    m_index = index;
    m_bytes.clear();
    m_ui->picture->setImage({});
    m_ui->messageLabel->hide();
    const quint64 generation = ++m_generation;
    updateControls();
    if (index < 0) {
        showProblem(tr("This picture is no longer in the journal."));
        return;
    }
    const qint64 id = attachmentId();
    const std::optional<QByteArray> bytes = m_journal.pictureBytes(id);
    if (!bytes) {
        showProblem(tr("This picture could not be opened: it is damaged or missing from the journal."));
        return;
    }
    m_bytes = *bytes;
    // A photo of many megapixels takes a moment to decode: not on the GUI thread. A step to
    // another picture meanwhile makes this one's result stale (the generation moved on).
    auto* decoding = new QFutureWatcher<QImage>(this);
    connect(decoding, &QFutureWatcherBase::finished, this, [this, decoding, generation, id] {
        decoding->deleteLater();
        if (generation != m_generation)
            return;
        const QImage image = decoding->result();
        if (image.isNull()) {
            showProblem(
                tr("This picture could not be opened: its bytes are not a picture Soliloquy can show."));
            return;
        }
        m_ui->picture->setImage(image);
        if (m_fit)
            fit();
        else
            applyScale(zoom());
        Q_EMIT pictureShown(id);
    });
    decoding->setFuture(QtConcurrent::run([bytes = m_bytes] { return PictureDecoder::decode(bytes); }));
}

void PictureViewer::showProblem(const QString& message)
{
    m_ui->picture->setImage({});
    m_ui->messageLabel->setText(message);
    m_ui->messageLabel->show();
    Q_EMIT pictureShown(attachmentId());
}

void PictureViewer::updateControls()
{
    const qsizetype count = m_sequence.size();
    m_ui->previousButton->setEnabled(m_index > 0);
    m_ui->nextButton->setEnabled(m_index >= 0 && m_index + 1 < count);
    m_ui->saveCopyButton->setEnabled(m_index >= 0);
    if (m_index < 0) {
        m_ui->positionLabel->clear();
        return;
    }
    const Journal::GalleryEntry& entry = m_sequence.at(m_index);
    const QString day =
        QLocale().toString(QDateTime::fromMSecsSinceEpoch(entry.createdAt).date(), QLocale::LongFormat);
    m_ui->positionLabel->setText(tr("%1 of %2 · %3").arg(m_index + 1).arg(count).arg(day));
    setWindowTitle(tr("Picture %1 of %2").arg(m_index + 1).arg(count));
}

void PictureViewer::fit()
{
    m_fit = true;
    const QImage& image = m_ui->picture->image();
    if (image.isNull())
        return;
    // The whole picture in the window; a small one keeps its own size rather than blurring.
    const QSizeF room = QSizeF(m_ui->pictureArea->viewport()->size()) * devicePixelRatioF();
    const qreal scale = std::min({qreal(1), room.width() / image.width(), room.height() / image.height()});
    applyScale(std::max(scale, MinimumZoom));
}

void PictureViewer::applyScale(qreal scale)
{
    m_ui->picture->setScale(std::clamp(scale, MinimumZoom, MaximumZoom));
}

void PictureViewer::zoomAroundCentre(qreal factor)
{
    zoomBy(factor, QRectF(m_ui->pictureArea->viewport()->rect()).center());
}

void PictureViewer::zoomBy(qreal factor, const QPointF& anchor)
{
    if (m_ui->picture->image().isNull())
        return;
    // The point of the picture under `anchor` (in the viewport) stays under it.
    QScrollBar* horizontal = m_ui->pictureArea->horizontalScrollBar();
    QScrollBar* vertical = m_ui->pictureArea->verticalScrollBar();
    const QPointF before = m_ui->picture->mapFrom(m_ui->pictureArea->viewport(), anchor.toPoint());
    const qreal oldScale = zoom();
    m_fit = false;
    applyScale(oldScale * factor);
    const qreal grown = zoom() / oldScale;
    const QPointF after = before * grown;
    horizontal->setValue(int(std::lround(after.x() - anchor.x())));
    vertical->setValue(int(std::lround(after.y() - anchor.y())));
}

void PictureViewer::resizeEvent(QResizeEvent* event)
{
    QDialog::resizeEvent(event);
    if (m_fit)
        fit();
}

bool PictureViewer::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_ui->pictureArea->viewport())
        return QDialog::eventFilter(watched, event);
    // A picture larger than the window is moved by dragging it.
    if (event->type() == QEvent::MouseButtonPress) {
        m_dragFrom = static_cast<QMouseEvent*>(event)->position();
        return false;
    }
    if (event->type() == QEvent::MouseMove &&
        (static_cast<QMouseEvent*>(event)->buttons() & Qt::LeftButton)) {
        const QPointF to = static_cast<QMouseEvent*>(event)->position();
        const QPointF moved = to - m_dragFrom;
        m_dragFrom = to;
        QScrollBar* horizontal = m_ui->pictureArea->horizontalScrollBar();
        QScrollBar* vertical = m_ui->pictureArea->verticalScrollBar();
        horizontal->setValue(horizontal->value() - int(std::lround(moved.x())));
        vertical->setValue(vertical->value() - int(std::lround(moved.y())));
        return true;
    }
    if (event->type() == QEvent::Wheel) {
        // The wheel zooms, around the point under the pointer, as in image viewers.
        const auto* wheel = static_cast<QWheelEvent*>(event);
        const qreal notches = qreal(wheel->angleDelta().y()) / WheelStep;
        if (notches != 0)
            zoomBy(std::pow(ZoomStep, notches), wheel->position());
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

void PictureViewer::saveCopy()
{
    if (m_index < 0 || m_bytes.isEmpty())
        return;
    const Journal::GalleryEntry& entry = m_sequence.at(m_index);
    const QString suffix = QMimeDatabase().mimeTypeForName(entry.picture.mimeType).preferredSuffix();
    const QString extension = suffix.isEmpty() ? QStringLiteral("img") : suffix;
    const QString name =
        QStringLiteral("picture-%1-%2.%3")
            .arg(QDateTime::fromMSecsSinceEpoch(entry.createdAt).date().toString(Qt::ISODate))
            .arg(entry.picture.position)
            .arg(extension);
    QFileDialog* chooser = FileChooser::forSaving(
        this, tr("Save a copy of the picture"), name,
        {tr("%1 picture (*.%2)").arg(extension.toUpper(), extension), tr("All files (*)")});
    // The bytes of the picture shown when asked, even if Right was pressed meanwhile.
    connect(chooser, &QFileDialog::fileSelected, this, [this, bytes = m_bytes](const QString& path) {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
            MessageBox::warning(this, tr("Not saved"),
                                tr("The picture could not be saved as %1: %2").arg(path, file.errorString()));
            return;
        }
        m_ui->messageLabel->setText(tr("Saved a copy as %1.").arg(path));
        m_ui->messageLabel->show();
    });
    chooser->open();
}
