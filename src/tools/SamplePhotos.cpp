#include "SamplePhotos.h"

#include <QBuffer>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>
#include <QRadialGradient>
#include <QRandomGenerator>

namespace SamplePhotos {

namespace {

// A camera's grain: without it the gradients look drawn, not taken.
void addGrain(QImage& image, quint32 seed)
{
    QRandomGenerator random(seed);
    for (int y = 0; y < image.height(); ++y) {
        auto* line = reinterpret_cast<QRgb*>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const int noise = int(random.bounded(13)) - 6;
            const QRgb pixel = line[x];
            line[x] = qRgb(qBound(0, qRed(pixel) + noise, 255), qBound(0, qGreen(pixel) + noise, 255),
                           qBound(0, qBlue(pixel) + noise, 255));
        }
    }
}

// A range of mountains standing on `floor`, its peaks up to `height` above `base`.
QPainterPath ridge(const QSize& size, qreal base, qreal height, qreal floor, quint32 seed)
{
    QRandomGenerator random(seed);
    QPainterPath path(QPointF(0, floor));
    const int steps = 9;
    for (int i = 0; i <= steps; ++i) {
        const qreal jitter = (i == 0 || i == steps) ? 0 : random.generateDouble() * 0.5 - 0.25;
        const qreal x = size.width() * (qreal(i) + jitter) / steps;
        const qreal peak = (i % 2 == 0 ? 0.45 : 1.0) * height * (0.55 + random.generateDouble() * 0.45);
        path.lineTo(x, base - peak);
    }
    path.lineTo(size.width(), floor);
    path.closeSubpath();
    return path;
}

void paintSunsetSea(QPainter& painter, const QSize& size)
{
    const qreal horizon = size.height() * 0.58;
    QLinearGradient sky(0, 0, 0, horizon);
    sky.setColorAt(0, QColor(38, 52, 110));
    sky.setColorAt(0.55, QColor(214, 104, 92));
    sky.setColorAt(1, QColor(252, 196, 110));
    painter.fillRect(QRectF(0, 0, size.width(), horizon), sky);
    const QPointF sun(size.width() * 0.62, horizon - size.height() * 0.07);
    QRadialGradient glow(sun, size.height() * 0.35);
    glow.setColorAt(0, QColor(255, 240, 190, 230));
    glow.setColorAt(0.15, QColor(255, 214, 140, 150));
    glow.setColorAt(1, QColor(255, 180, 120, 0));
    painter.fillRect(QRectF(0, 0, size.width(), horizon), glow);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 236, 180));
    painter.drawEllipse(sun, size.height() * 0.05, size.height() * 0.05);
    QLinearGradient sea(0, horizon, 0, size.height());
    sea.setColorAt(0, QColor(196, 120, 100));
    sea.setColorAt(0.25, QColor(70, 74, 112));
    sea.setColorAt(1, QColor(18, 30, 58));
    painter.fillRect(QRectF(0, horizon, size.width(), size.height() - horizon), sea);
    // The sun's path on the water.
    QRandomGenerator random(7);
    for (int i = 0; i < 90; ++i) {
        const qreal y = horizon + (size.height() - horizon) * std::pow(random.generateDouble(), 1.6);
        const qreal spread = (y - horizon) * 0.35 + size.width() * 0.02;
        const qreal x = sun.x() + (random.generateDouble() - 0.5) * spread;
        painter.setBrush(QColor(255, 214, 150, 90 + int(random.bounded(120))));
        painter.drawRoundedRect(QRectF(x, y, size.width() * (0.01 + random.generateDouble() * 0.04), 2.5), 1,
                                1);
    }
    // A headland on the left.
    painter.setBrush(QColor(30, 24, 40));
    QPainterPath land(QPointF(0, horizon + 4));
    land.cubicTo(size.width() * 0.12, horizon - size.height() * 0.12, size.width() * 0.22,
                 horizon - size.height() * 0.05, size.width() * 0.34, horizon + 4);
    land.closeSubpath();
    painter.drawPath(land);
}

void paintMountainLake(QPainter& painter, const QSize& size)
{
    const qreal shore = size.height() * 0.62;
    QLinearGradient sky(0, 0, 0, shore);
    sky.setColorAt(0, QColor(84, 146, 214));
    sky.setColorAt(1, QColor(200, 226, 244));
    painter.fillRect(QRectF(0, 0, size.width(), shore), sky);
    painter.setPen(Qt::NoPen);
    const struct
    {
        qreal base;
        qreal height;
        QColor color;
        quint32 seed;
    } ranges[] = {{0.56, 0.34, QColor(120, 140, 170), 3},
                  {0.60, 0.22, QColor(74, 104, 110), 5},
                  {0.63, 0.10, QColor(40, 80, 56), 9}};
    for (const auto& range : ranges) {
        const QPainterPath path =
            ridge(size, size.height() * range.base, size.height() * range.height, shore, range.seed);
        painter.setBrush(range.color);
        painter.drawPath(path);
        // Its reflection, darker, in the still water.
        painter.save();
        painter.translate(0, 2 * shore);
        painter.scale(1, -1);
        painter.setBrush(range.color.darker(135));
        painter.drawPath(path);
        painter.restore();
    }
    // Snow on the far peaks.
    painter.setBrush(QColor(245, 248, 252, 200));
    painter.setClipPath(ridge(size, size.height() * 0.56, size.height() * 0.34, shore, 3));
    painter.drawRect(QRectF(0, 0, size.width(), size.height() * 0.33));
    painter.setClipping(false);
    // The nearer ranges stand in front of the snow.
    for (const auto& range : {ranges[1], ranges[2]}) {
        painter.setBrush(range.color);
        painter.drawPath(
            ridge(size, size.height() * range.base, size.height() * range.height, shore, range.seed));
    }
    QLinearGradient water(0, shore, 0, size.height());
    water.setColorAt(0, QColor(60, 110, 140, 120));
    water.setColorAt(1, QColor(20, 50, 70, 220));
    painter.fillRect(QRectF(0, shore, size.width(), size.height() - shore), water);
    painter.setBrush(QColor(255, 255, 255, 60));
    QRandomGenerator random(11);
    for (int i = 0; i < 40; ++i)
        painter.drawRect(QRectF(random.bounded(size.width()),
                                shore + random.bounded(int(size.height() - shore)),
                                size.width() * 0.05 * random.generateDouble(), 1.5));
}

void paintTiledStreet(QPainter& painter, const QSize& size)
{
    QLinearGradient sky(0, 0, 0, size.height() * 0.4);
    sky.setColorAt(0, QColor(110, 170, 230));
    sky.setColorAt(1, QColor(190, 220, 245));
    painter.fillRect(QRect(QPoint(0, 0), size), sky);
    painter.setPen(Qt::NoPen);
    const QColor walls[] = {QColor(236, 200, 120), QColor(64, 112, 168), QColor(232, 232, 226),
                            QColor(190, 84, 70),   QColor(92, 150, 120), QColor(240, 170, 150)};
    QRandomGenerator random(21);
    qreal x = 0;
    int index = 0;
    while (x < size.width()) {
        const qreal width = size.width() * (0.14 + random.generateDouble() * 0.08);
        const qreal top = size.height() * (0.12 + random.generateDouble() * 0.16);
        const QColor wall = walls[index++ % std::size(walls)];
        painter.setBrush(wall);
        painter.drawRect(QRectF(x, top, width + 1, size.height() - top));
        // Tiles: a fine grid of lighter squares.
        painter.setBrush(wall.lighter(112));
        const qreal tile = size.width() * 0.012;
        for (qreal ty = top + tile; ty < size.height() * 0.82; ty += tile * 2)
            for (qreal tx = x + tile * ((int(ty / tile) / 2) % 2); tx < x + width; tx += tile * 2)
                painter.drawRect(QRectF(tx, ty, tile, tile));
        // Windows with balconies.
        for (qreal wy = top + size.height() * 0.06; wy < size.height() * 0.72; wy += size.height() * 0.16) {
            for (int w = 0; w < 2; ++w) {
                const QRectF window(x + width * (0.18 + w * 0.42), wy, width * 0.22, size.height() * 0.09);
                painter.setBrush(QColor(40, 44, 52));
                painter.drawRect(window);
                painter.setBrush(QColor(250, 250, 245));
                painter.drawRect(window.adjusted(-4, -4, 4, -window.height() + 2));
                painter.setBrush(QColor(30, 30, 30));
                painter.drawRect(QRectF(window.left() - 6, window.bottom(), window.width() + 12, 4));
            }
        }
        x += width;
    }
    QLinearGradient street(0, size.height() * 0.82, 0, size.height());
    street.setColorAt(0, QColor(150, 140, 130));
    street.setColorAt(1, QColor(90, 84, 80));
    painter.fillRect(QRectF(0, size.height() * 0.82, size.width(), size.height() * 0.18), street);
    // The afternoon sun from the left.
    QLinearGradient light(0, 0, size.width(), 0);
    light.setColorAt(0, QColor(255, 230, 170, 70));
    light.setColorAt(1, QColor(0, 0, 40, 60));
    painter.fillRect(QRect(QPoint(0, 0), size), light);
}

} // namespace

QImage paint(Scene scene, const QSize& size)
{
    QImage image(size, QImage::Format_RGB32);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    switch (scene) {
    case Scene::SunsetSea:
        paintSunsetSea(painter, size);
        break;
    case Scene::MountainLake:
        paintMountainLake(painter, size);
        break;
    case Scene::TiledStreet:
        paintTiledStreet(painter, size);
        break;
    }
    painter.end();
    addGrain(image, quint32(scene) + 1);
    return image;
}

QByteArray jpeg(Scene scene, const QSize& size)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    paint(scene, size).save(&buffer, "JPEG", 88);
    return bytes;
}

} // namespace SamplePhotos
