#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

// What the profile card shows of the unlocked account.
struct Profile
{
    QString username;
    QString email;
    QByteArray avatarPng;    // opened; empty when the account uses its identicon
    qint64 createdAt = 0;    // UTC milliseconds
    qint64 pictureCount = 0; // the pictures of its posts (one in two posts counts twice)
};
