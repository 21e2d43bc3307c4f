#pragma once

#include "PictureRef.h"

#include <QList>
#include <QString>
#include <QtGlobal>

// A post as the user sees it: the body opened with the session's key.
struct Post
{
    qint64 id = 0;
    QString text;
    qint64 createdAt = 0;       // UTC milliseconds
    qint64 editedAt = 0;        // 0 when never edited
    bool readable = true;       // false when the stored body failed to open (damaged or moved)
    QList<PictureRef> pictures; // by position; their bytes are read when shown
};
