#pragma once

#include "core/NewPicture.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSize>
#include <QString>

// A picture chosen to go with a post (a file, a paste, a drop), read whole into memory and
// checked before anything is stored: it must be an image that Qt's image plugins read on this
// computer, within the size limits. Its bytes are kept as they came, so that an export gives
// the same file back; only its size is read here (turned as its EXIF orientation says), so
// that the chat can keep the picture's room before it is decoded. Nothing touches the disk
// but the chosen file itself.
class PictureFile
{
    Q_DECLARE_TR_FUNCTIONS(PictureFile)

public:
    // Larger files are refused: a post is for pictures, not for archives of them.
    static constexpr qint64 MaxBytes = 50LL * 1024 * 1024;
    // Larger images are refused before anything is decoded (a small file can claim a huge
    // image): 20,000 x 20,000 pixels at most, e.g. a 200-megapixel camera's largest frame.
    static constexpr qint64 MaxPixels = 400LL * 1000 * 1000;

    // Reads and checks the file at `path`; see isValid() and error().
    static PictureFile fromFile(const QString& path);
    // Checks bytes that came without a file (a paste); `name` is what messages call them.
    static PictureFile fromBytes(const QByteArray& bytes, const QString& name);

    bool isValid() const { return m_error.isEmpty(); }
    // Why the picture is refused, naming it, in the user's words; empty when it is not.
    QString error() const { return m_error; }
    QByteArray bytes() const { return m_bytes; }
    // e.g. "image/jpeg".
    QString mimeType() const { return m_mimeType; }
    // The size the picture shows at, after its EXIF orientation.
    QSize size() const { return m_size; }
    QString name() const { return m_name; }
    NewPicture toNewPicture() const { return {m_bytes, m_mimeType, m_size}; }

    // The size stored bytes show at (their header only, EXIF orientation applied); invalid when
    // they are not a picture.
    static QSize sizeOf(const QByteArray& bytes);

private:
    void check();

    QString m_name;
    QByteArray m_bytes;
    QString m_mimeType;
    QSize m_size;
    QString m_error;
};
