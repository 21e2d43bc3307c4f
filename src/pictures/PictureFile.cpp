#include "PictureFile.h"

#include "PictureFormats.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QImageIOHandler>
#include <QImageReader>
#include <QLocale>
#include <QMimeDatabase>

PictureFile PictureFile::fromFile(const QString& path)
{
    PictureFile picture;
    picture.m_name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        picture.m_error = tr("%1 could not be opened: %2").arg(picture.m_name, file.errorString());
        return picture;
    }
    if (file.size() > MaxBytes) {
        picture.m_error = tr("%1 is larger than %2: a picture may have 50 MB at most.")
                              .arg(picture.m_name, QLocale().formattedDataSize(file.size()));
        return picture;
    }
    // One byte past the limit tells a file that grew while it was read.
    picture.m_bytes = file.read(MaxBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        picture.m_error = tr("%1 could not be read: %2").arg(picture.m_name, file.errorString());
        return picture;
    }
    picture.check();
    return picture;
}

PictureFile PictureFile::fromBytes(const QByteArray& bytes, const QString& name)
{
    PictureFile picture;
    picture.m_name = name;
    picture.m_bytes = bytes;
    picture.check();
    return picture;
}

void PictureFile::check()
{
    if (m_bytes.size() > MaxBytes) {
        m_error = tr("%1 is larger than %2: a picture may have 50 MB at most.")
                      .arg(m_name, QLocale().formattedDataSize(m_bytes.size()));
        m_bytes.clear();
        return;
    }
    QBuffer buffer(&m_bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    // The format comes from the bytes alone, never from the file's name.
    reader.setDecideFormatFromContent(true);
    const QByteArray format = reader.format();
    if (!PictureFormats::isAllowed(format) || !reader.canRead()) {
        m_error = tr("%1 is not a picture that Soliloquy can show (PNG, JPEG, GIF, WebP, HEIC or AVIF).")
                      .arg(m_name);
        m_bytes.clear();
        return;
    }
    QSize size = reader.size();
    if (size.isValid() && reader.transformation().testFlag(QImageIOHandler::TransformationRotate90))
        size.transpose();
    if (!size.isValid() || qint64(size.width()) * size.height() > MaxPixels) {
        m_error = size.isValid() ? tr("%1 is %2 x %3 pixels: a picture may have 400 million pixels at most.")
                                       .arg(m_name)
                                       .arg(size.width())
                                       .arg(size.height())
                                 : tr("%1 is damaged: its size cannot be read.").arg(m_name);
        m_bytes.clear();
        return;
    }
    m_size = size;
    m_mimeType = QMimeDatabase().mimeTypeForData(m_bytes).name();
    if (!m_mimeType.startsWith(QLatin1String("image/")))
        m_mimeType = QStringLiteral("image/") + QString::fromLatin1(format);
}

QSize PictureFile::sizeOf(const QByteArray& bytes)
{
    QByteArray data = bytes;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setDecideFormatFromContent(true);
    QSize size = PictureFormats::isAllowed(reader.format()) ? reader.size() : QSize();
    if (!size.isValid())
        return {};
    if (reader.transformation().testFlag(QImageIOHandler::TransformationRotate90))
        size.transpose();
    return size;
}
