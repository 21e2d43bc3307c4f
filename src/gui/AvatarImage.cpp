#include "AvatarImage.h"

#include "Identicon.h"

#include <QBuffer>
#include <QImageReader>
#include <QtMath>

namespace AvatarImage {

QImage squareCropped(const QImage& image, int size)
{
    const int side = qMin(image.width(), image.height());
    const QRect middle((image.width() - side) / 2, (image.height() - side) / 2, side, side);
    return image.copy(middle).scaled(size, size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
}

QByteArray squarePngFromFile(const QString& path)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QImage image = reader.read();
    if (image.isNull())
        return {};
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    squareCropped(image, StoredSize).save(&buffer, "PNG");
    return png;
}

QImage ofAccount(const QByteArray& png, const QString& email, int identiconSize)
{
    QImage image;
    if (!png.isEmpty())
        image.loadFromData(png, "PNG");
    if (image.isNull())
        image = Identicon::forEmail(email, identiconSize);
    return image;
}

QPixmap preview(const QByteArray& png, const QString& email, int logicalSize, qreal devicePixelRatio)
{
    const int pixels = qCeil(logicalSize * devicePixelRatio);
    const QImage image = ofAccount(png, email, pixels);
    QPixmap pixmap =
        QPixmap::fromImage(image.scaled(pixels, pixels, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    pixmap.setDevicePixelRatio(devicePixelRatio);
    return pixmap;
}

} // namespace AvatarImage
