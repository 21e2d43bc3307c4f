#include "OfferedPictures.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QMimeData>
#include <QUrl>

namespace OfferedPictures {

namespace {

QStringList localFiles(const QMimeData* data)
{
    QStringList files;
    if (!data->hasUrls())
        return files;
    for (const QUrl& url : data->urls()) {
        if (url.isLocalFile())
            files << url.toLocalFile();
    }
    return files;
}

QString pastedName()
{
    return QCoreApplication::translate("OfferedPictures", "the pasted picture");
}

// The picture's own bytes when the source offers them (a copied JPEG stays that JPEG),
// else the image Qt was given, written as PNG.
PictureFile picture(const QMimeData* data)
{
    for (const QString& format : data->formats()) {
        if (!format.startsWith(QLatin1String("image/")))
            continue;
        PictureFile offered = PictureFile::fromBytes(data->data(format), pastedName());
        if (offered.isValid())
            return offered;
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    qvariant_cast<QImage>(data->imageData()).save(&buffer, "PNG");
    return PictureFile::fromBytes(png, pastedName());
}

} // namespace

bool in(const QMimeData* data)
{
    return data && (!localFiles(data).isEmpty() || data->hasImage());
}

QList<PictureFile> from(const QMimeData* data)
{
    QList<PictureFile> pictures;
    if (!data)
        return pictures;
    const QStringList files = localFiles(data);
    for (const QString& file : files)
        pictures << PictureFile::fromFile(file);
    if (files.isEmpty() && data->hasImage())
        pictures << picture(data);
    return pictures;
}

} // namespace OfferedPictures
