#pragma once

#include "core/PictureRef.h"

#include <QList>
#include <QRect>

// Where the pictures of a post go in its bubble: one picture large, in its own proportions,
// as wide as the bubble allows and at most MaxSingleHeight tall; several as a grid of square
// cells, two columns for two or four pictures and three otherwise. Worked out from the sizes
// the journal knows without opening a picture, so a post takes the same room before and after
// its pictures are decoded.
class PictureGrid
{
public:
    static constexpr int MaxSingleWidth = 640;
    static constexpr int MaxSingleHeight = 360;
    // A tiny picture alone is shown at least this large, so that it can be clicked.
    static constexpr int MinSingleSide = 48;
    static constexpr int MaxCellSide = 200;
    static constexpr int Spacing = 4;

    PictureGrid() = default;
    // The pictures of a post laid out in at most `width` pixels.
    PictureGrid(const QList<PictureRef>& pictures, int width);

    bool isEmpty() const { return m_rects.isEmpty(); }
    qsizetype count() const { return m_rects.size(); }
    int columns() const { return m_columns; }
    // The room the pictures take; empty when there are none.
    QSize size() const { return m_size; }
    // Where picture `i` is painted, from the grid's top left.
    QRect rect(qsizetype i) const { return m_rects.at(i); }
    // The box (logical pixels) picture `i` is decoded to fit. It does not depend on the width,
    // so a resized window paints the decoded picture it has instead of decoding it again;
    // decoded to this box, a picture covers its rectangle.
    QSize decodeBound(qsizetype i) const { return m_bounds.at(i); }
    // The picture under `point` (from the grid's top left), or -1.
    qsizetype indexAt(const QPoint& point) const;

    // The middle part of an image of `imageSize` in the proportions of `target`: what a
    // rectangle shows of a picture that it crops.
    static QRect croppedSource(const QSize& imageSize, const QSize& target);

private:
    void layOutSingle(const PictureRef& picture, int width);
    void layOutCells(const QList<PictureRef>& pictures, int width);

    QList<QRect> m_rects;
    QList<QSize> m_bounds;
    QSize m_size;
    int m_columns = 0;
};
