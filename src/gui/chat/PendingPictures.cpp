#include "PendingPictures.h"

#include "pictures/PictureDecoder.h"

#include <QApplication>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrentRun>

PendingPictures::PendingPictures(QWidget* parent)
    : QFrame(parent)
    , m_tiles(new QHBoxLayout(this))
{
    m_tiles->setContentsMargins(4, 4, 4, 0);
    m_tiles->addStretch(); // the tiles line up on the left
    setAccessibleName(tr("Pictures to send"));
    hide();
}

void PendingPictures::add(const PictureFile& picture)
{
    m_pictures.append(picture);
    QWidget* tile = makeTile(picture);
    m_tiles->insertWidget(m_tiles->count() - 1, tile);
    tile->show(); // now, not once the layout gets to it: the keyboard may go there at once
    show();
    Q_EMIT changed();
}

QWidget* PendingPictures::makeTile(const PictureFile& picture)
{
    auto* tile = new QWidget(this);
    tile->setObjectName(QStringLiteral("pendingPicture"));
    auto* column = new QVBoxLayout(tile);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);

    auto* thumbnail = new QLabel(tile);
    thumbnail->setObjectName(QStringLiteral("pendingThumbnail"));
    thumbnail->setFixedSize(ThumbnailSize, ThumbnailSize);
    thumbnail->setAlignment(Qt::AlignCenter);
    thumbnail->setFrameShape(QFrame::StyledPanel);
    thumbnail->setToolTip(picture.name());
    thumbnail->setAccessibleName(picture.name());
    column->addWidget(thumbnail);

    auto* remove = new QToolButton(tile);
    remove->setObjectName(QStringLiteral("removePictureButton"));
    remove->setText(tr("Remove"));
    remove->setAccessibleName(tr("Remove %1").arg(picture.name()));
    remove->setToolTip(tr("Leave %1 out of the post").arg(picture.name()));
    remove->setFocusPolicy(Qt::StrongFocus);
    remove->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    column->addWidget(remove);
    connect(remove, &QToolButton::clicked, this, [this, tile] { removeAt(m_tiles->indexOf(tile)); });
    // Shift+Tab from the composer reaches the pictures above it, the last one first.
    if (m_focusWhenEmpty)
        QWidget::setTabOrder(m_focusWhenEmpty->previousInFocusChain(), remove);

    // Decoded off the GUI thread: a large photo takes a while. A tile removed before the
    // thumbnail is ready takes its watcher along, and the result is dropped.
    const qreal ratio = devicePixelRatioF();
    const QSize bound = QSize(ThumbnailSize, ThumbnailSize) * ratio;
    auto* decoding = new QFutureWatcher<QImage>(tile);
    connect(decoding, &QFutureWatcherBase::finished, thumbnail, [decoding, thumbnail, ratio] {
        QImage image = decoding->result();
        image.setDevicePixelRatio(ratio);
        thumbnail->setPixmap(QPixmap::fromImage(image));
    });
    decoding->setFuture(
        QtConcurrent::run([bytes = picture.bytes(), bound] { return PictureDecoder::decode(bytes, bound); }));
    return tile;
}

void PendingPictures::removeAt(qsizetype index)
{
    if (index < 0 || index >= m_pictures.size())
        return;
    QLayoutItem* item = m_tiles->takeAt(int(index));
    const bool hadFocus = item->widget()->isAncestorOf(QApplication::focusWidget());
    delete item->widget();
    delete item;
    m_pictures.removeAt(index);
    // The keyboard stays in the strip: on the next picture's button, else the one before;
    // after the last one, back where the text is written.
    if (hadFocus && !m_pictures.isEmpty()) {
        QWidget* next = m_tiles->itemAt(int(qMin(index, m_pictures.size() - 1)))->widget();
        next->findChild<QToolButton*>()->setFocus(Qt::TabFocusReason);
    } else if (hadFocus && m_focusWhenEmpty) {
        m_focusWhenEmpty->setFocus(Qt::TabFocusReason);
    }
    setVisible(!m_pictures.isEmpty());
    Q_EMIT changed();
}

void PendingPictures::clear()
{
    if (m_pictures.isEmpty())
        return;
    while (m_tiles->count() > 1) {
        QLayoutItem* item = m_tiles->takeAt(0);
        delete item->widget();
        delete item;
    }
    m_pictures.clear();
    hide();
    Q_EMIT changed();
}
