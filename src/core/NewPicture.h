#pragma once

#include <QByteArray>
#include <QSize>
#include <QString>

// A picture about to be stored with a post: its bytes exactly as they came, so that an export
// gives the same file back.
struct NewPicture
{
    QByteArray bytes;
    QString mimeType;
    QSize size; // as shown, after EXIF orientation
};
