#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

// A picture of a post as stored, without its bytes: enough to lay the chat out. The size it
// shows at is sealed (see Session::openPictureSize); rows stored before schema version 11, or
// with a body of their own (before version 7), have none.
struct PictureRow
{
    qint64 attachmentId = 0;
    qint64 postId = 0;
    int position = 0;
    QString mimeType;
    QByteArray contentDigest; // empty for rows with a body of their own
    QByteArray sealedSize;    // empty when unknown
    qint64 createdAt = 0;     // the post's time (filled by gallery())
};
