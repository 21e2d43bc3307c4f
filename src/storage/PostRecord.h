#pragma once

#include <QByteArray>
#include <QtGlobal>

// A post as stored: the body is sealed bytes, the times UTC milliseconds.
struct PostRecord
{
    qint64 id = 0;
    qint64 userId = 0;
    QByteArray body;
    qint64 createdAt = 0;
    qint64 editedAt = 0; // 0 when never edited
};
