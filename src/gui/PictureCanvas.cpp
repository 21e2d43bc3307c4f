#include "PictureCanvas.h"

#include <QPaintEvent>
#include <QPainter>

PictureCanvas::PictureCanvas(QWidget* parent)
    : QWidget(parent)
{}

void PictureCanvas::setImage(const QImage& image)
{
    m_image = image;
    resize(sizeHint());
    update();
}

void PictureCanvas::setScale(qreal scale)
{
    m_scale = scale;
    resize(sizeHint());
    update();
}

QSize PictureCanvas::sizeHint() const
{
    if (m_image.isNull())
        return {};
    // The picture's pixels are the screen's device pixels at scale 1.
    const QSizeF shown = QSizeF(m_image.size()) * m_scale / devicePixelRatioF();
    return shown.toSize().expandedTo(QSize(1, 1));
}

void PictureCanvas::paintEvent(QPaintEvent* event)
{
    if (m_image.isNull())
        return;
    QPainter painter(this);
    painter.setClipRegion(event->region());
    painter.setRenderHint(QPainter::SmoothPixmapTransform, m_scale < 4);
    painter.drawImage(rect(), m_image);
}
