#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

// A file attached to a post, as stored: the bytes are sealed.
struct AttachmentRecord
{
    qint64 id = 0;
    qint64 postId = 0;
    int position = 0; // 1, 2, ... in the order the post's text refers to them
    QString mimeType;
    QByteArray body;
};
