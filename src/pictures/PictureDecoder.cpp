#include "PictureDecoder.h"

#include "PictureFormats.h"

#include <QBuffer>
#include <QImageIOHandler>
#include <QImageReader>

namespace PictureDecoder {

QImage decode(const QByteArray& bytes, const QSize& bound)
{
    QByteArray data = bytes; // shared, not copied: the buffer only reads
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setDecideFormatFromContent(true);
    reader.setAutoTransform(true);
    if (!PictureFormats::isAllowed(reader.format()))
        return {};
    QSize stored = reader.size();
    if (!stored.isValid())
        return {};
    // The bound is for the picture as shown; the reader scales before it turns.
    const bool sideways = reader.transformation().testFlag(QImageIOHandler::TransformationRotate90);
    QSize shown = sideways ? stored.transposed() : stored;
    if (bound.isValid() && (shown.width() > bound.width() || shown.height() > bound.height())) {
        shown = shown.scaled(bound, Qt::KeepAspectRatio).expandedTo(QSize(1, 1));
        // Formats that decode scaled (JPEG) save most of the work here.
        reader.setScaledSize(sideways ? shown.transposed() : shown);
    }
    QImage image = reader.read();
    if (image.isNull())
        return {};
    return image;
}

} // namespace PictureDecoder
