#include "SamplePhotos.h"

#include <QBuffer>
#include <QImage>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>
#include <QRandomGenerator>

namespace {

QColor randomColor(QRandomGenerator& random, int lightness)
{
    return QColor::fromHsl(int(random.bounded(360)), 60 + int(random.bounded(120)), lightness);
}

QImage landscape(quint32 seed)
{
    QRandomGenerator random(seed);
    QImage image(SamplePhotos::Width, SamplePhotos::Height, QImage::Format_RGB32);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    QLinearGradient sky(0, 0, 0, SamplePhotos::Height);
    sky.setColorAt(0, randomColor(random, 90));
    sky.setColorAt(0.6, randomColor(random, 190));
    painter.fillRect(image.rect(), sky);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 240, 200, 220));
    painter.drawEllipse(QPointF(200 + random.bounded(1200), 150 + random.bounded(300)), 70, 70);
    // Hills, farther ones paler.
    for (int layer = 0; layer < 4; ++layer) {
        QPainterPath hill;
        const int base = 500 + layer * 170;
        hill.moveTo(0, SamplePhotos::Height);
        for (int x = 0; x <= SamplePhotos::Width; x += 80)
            hill.lineTo(x, base - int(random.bounded(120)));
        hill.lineTo(SamplePhotos::Width, SamplePhotos::Height);
        QLinearGradient shade(0, base - 120, 0, SamplePhotos::Height);
        shade.setColorAt(0, randomColor(random, 150 - layer * 25));
        shade.setColorAt(1, randomColor(random, 60 - layer * 10));
        painter.setBrush(shade);
        painter.drawPath(hill);
    }
    // Trees or stones: many small shapes, the detail that makes a JPEG large.
    for (int i = 0; i < 400; ++i) {
        painter.setBrush(randomColor(random, 30 + int(random.bounded(90))));
        const QPointF at(random.bounded(SamplePhotos::Width), 700 + random.bounded(500));
        painter.drawEllipse(at, 4 + random.bounded(18), 6 + random.bounded(30));
    }
    painter.end();
    // Grain, as a camera's sensor leaves it.
    for (int y = 0; y < image.height(); ++y) {
        auto* line = reinterpret_cast<QRgb*>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const int noise = int(random.bounded(17)) - 8;
            const QRgb pixel = line[x];
            line[x] = qRgb(qBound(0, qRed(pixel) + noise, 255), qBound(0, qGreen(pixel) + noise, 255),
                           qBound(0, qBlue(pixel) + noise, 255));
        }
    }
    return image;
}

} // namespace

SamplePhotos::SamplePhotos()
{
    for (int i = 0; i < Drawn; ++i) {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        landscape(quint32(i) * 7919u + 3).save(&buffer, "JPEG", 85);
        m_drawn << bytes;
    }
}

QByteArray SamplePhotos::photo(int i) const
{
    return m_drawn.at(i % Drawn);
}
