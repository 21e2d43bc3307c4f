#pragma once

#include <QImage>
#include <QWidget>

// One picture drawn at a scale, for the viewer's scroll area: as large as the scaled picture,
// and painting only the part that shows (a photo zoomed in is never scaled whole).
class PictureCanvas : public QWidget
{
    Q_OBJECT

public:
    explicit PictureCanvas(QWidget* parent = nullptr);

    void setImage(const QImage& image);
    const QImage& image() const { return m_image; }
    // 1 draws one pixel of the picture on one pixel of the screen.
    void setScale(qreal scale);
    qreal scale() const { return m_scale; }

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QImage m_image;
    qreal m_scale = 1;
};
