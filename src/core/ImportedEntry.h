#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QtGlobal>

// A file that comes with an imported entry: its bytes, or where to read them in the archive.
struct ImportedAttachment
{
    QString mimeType;
    QByteArray bytes;    // set when the file carried the bytes itself
    QString archivePath; // else the file's path inside the ZIP archive
};

// One entry of another journal, read and checked, ready to become a post.
struct ImportedEntry
{
    int number = 0;      // 1-based place in the file, for messages
    QByteArray identity; // what names the entry in its source; only ever stored as a keyed digest
    qint64 createdAt = 0;
    qint64 editedAt = 0;
    QString text; // refers to attachment i as attachment:i
    QList<ImportedAttachment> attachments;
};

// What a reader made of a whole file: every entry, or why the file is refused.
struct ImportBatch
{
    QByteArray source; // the format, part of each import key
    QList<ImportedEntry> entries;
    QByteArray avatarPng; // our own format carries the account's avatar
    int emptyEntries = 0; // entries without text or files, left out
    QString error;        // set when the file is refused, naming where
};
