#pragma once

#include <QSize>
#include <QString>
#include <QtGlobal>

// A picture of a post as the chat lays it out: what is known without opening its bytes.
struct PictureRef
{
    qint64 attachmentId = 0;
    qint64 postId = 0;
    int position = 0; // 1, 2, ... (`attachment:N` in a post's text names position N)
    QString mimeType;
    QSize size; // as shown, after EXIF orientation; invalid when unknown (older imports)

    bool operator==(const PictureRef&) const = default;
};
