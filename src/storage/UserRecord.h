#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

// An account as stored. The key material is wrapped; nothing here is a secret in the clear.
struct UserRecord
{
    qint64 id = 0;
    QString username;
    QString email;
    QString passwordHash; // Argon2id parameters as a PHC head; an older account's full verifier
    QByteArray keySalt;
    QByteArray wrappedKeyPassword;
    QByteArray wrappedKeyRecovery;
    QByteArray avatar;        // sealed, empty when the identicon is used
    QByteArray importKeyBase; // sealed, empty while the data key names imported entries itself
    qint64 createdAt = 0;
};
