#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

// A file attached to a post, as stored: the bytes are sealed. Since schema version 7 the
// bytes are stored once per account by content (contentId, contentDigest); rows written
// before keep a body of their own, sealed bound to their post and position.
struct AttachmentRecord
{
    qint64 id = 0;
    qint64 postId = 0;
    int position = 0; // 1, 2, ... in the order the post's text refers to them
    QString mimeType;
    QByteArray body;          // the sealed bytes, read from the content when there is one
    qint64 contentId = 0;     // 0: a row of an earlier version, with its own body
    QByteArray contentDigest; // the content's keyed digest, which its seal is bound to
};
