#include "PictureGrid.h"

#include <QtMath>

namespace {

// `size` scaled so that its shorter side is `side`, the longer one rounded up: a picture
// decoded to fit in it covers a square of `side`.
QSize covering(const QSize& size, int side)
{
    if (size.width() >= size.height())
        return {qCeil(qreal(side) * size.width() / size.height()), side};
    return {side, qCeil(qreal(side) * size.height() / size.width())};
}

} // namespace

PictureGrid::PictureGrid(const QList<PictureRef>& pictures, int width)
{
    if (pictures.isEmpty() || width <= 0)
        return;
    if (pictures.size() == 1)
        layOutSingle(pictures.constFirst(), width);
    else
        layOutCells(pictures, width);
}

void PictureGrid::layOutSingle(const PictureRef& picture, int width)
{
    m_columns = 1;
    const QSize box(qMin(width, MaxSingleWidth), MaxSingleHeight);
    if (!picture.size.isValid() || picture.size.isEmpty()) {
        // Its proportions are unknown until it is decoded: a square holds it, cropped.
        const int side = qMin(box.width(), box.height());
        m_rects << QRect(0, 0, side, side);
        m_bounds << QSize(2 * MaxSingleHeight, 2 * MaxSingleHeight);
    } else {
        // Scaled down to the box, never up, but not smaller than a thumb can click.
        QSize shown = picture.size;
        if (shown.width() > box.width() || shown.height() > box.height())
            shown = shown.scaled(box, Qt::KeepAspectRatio);
        shown = shown.expandedTo(QSize(MinSingleSide, MinSingleSide)).boundedTo(box);
        m_rects << QRect(QPoint(0, 0), shown);
        QSize bound = picture.size;
        if (bound.width() > MaxSingleWidth || bound.height() > MaxSingleHeight)
            bound = bound.scaled(MaxSingleWidth, MaxSingleHeight, Qt::KeepAspectRatio);
        m_bounds << bound.expandedTo(QSize(1, 1));
    }
    m_size = m_rects.constFirst().size();
}

void PictureGrid::layOutCells(const QList<PictureRef>& pictures, int width)
{
    const qsizetype count = pictures.size();
    m_columns = count == 2 || count == 4 ? 2 : 3;
    const int side = qBound(1, (width - (m_columns - 1) * Spacing) / m_columns, MaxCellSide);
    const int rows = int((count + m_columns - 1) / m_columns);
    for (qsizetype i = 0; i < count; ++i) {
        const int row = int(i / m_columns);
        const int column = int(i % m_columns);
        m_rects << QRect(column * (side + Spacing), row * (side + Spacing), side, side);
        // Decoded to cover a full-sized cell, whatever the width: the shorter side fills it.
        const QSize size = pictures.at(i).size;
        // A panorama's bound is kept within reason: its cell then shows it a little blurred.
        m_bounds << (size.isValid() && !size.isEmpty()
                         ? covering(size, MaxCellSide).boundedTo(QSize(4 * MaxCellSide, 4 * MaxCellSide))
                         : QSize(2 * MaxCellSide, 2 * MaxCellSide));
    }
    m_size = QSize(m_columns * side + (m_columns - 1) * Spacing, rows * side + (rows - 1) * Spacing);
}

qsizetype PictureGrid::indexAt(const QPoint& point) const
{
    for (qsizetype i = 0; i < m_rects.size(); ++i) {
        if (m_rects.at(i).contains(point))
            return i;
    }
    return -1;
}

QRect PictureGrid::croppedSource(const QSize& imageSize, const QSize& target)
{
    if (imageSize.isEmpty() || target.isEmpty())
        return QRect(QPoint(0, 0), imageSize);
    const QSize part = target.scaled(imageSize, Qt::KeepAspectRatio);
    return QRect(QPoint((imageSize.width() - part.width()) / 2, (imageSize.height() - part.height()) / 2),
                 part);
}
