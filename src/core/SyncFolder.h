#pragma once

#include "SyncFile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

// The folder that a sync tool (Syncthing, Nextcloud, Dropbox, a USB stick) keeps in step
// between computers. Each computer writes only under its own folder and never rewrites a file:
// a new file is written under a temporary name and then renamed, so the sync tool never sees
// a half-written file under a real name nor two computers writing one file.
//
//   FOLDER/computers/<computer id in hex>/<sequence, 16 digits>.changes | .snapshot | .progress
//
// What sync tools leave beside the files (their temporary files, copies they make of a
// conflict) is reported and skipped.
class SyncFolder
{
    Q_DECLARE_TR_FUNCTIONS(SyncFolder)

public:
    struct Entry
    {
        QString path;
        QByteArray computerId;
        quint64 sequence = 0;
        SyncFile::Kind kind = SyncFile::Kind::Changes;
    };
    struct Skipped
    {
        QString path;
        QString reason; // in the user's words
    };
    struct Listing
    {
        bool available = false; // false when the folder is not there (an unplugged drive)
        QList<Entry> files;     // by computer, then sequence
        QList<Skipped> skipped;
    };

    explicit SyncFolder(QString path);

    QString path() const { return m_path; }
    Listing list() const;
    // The computers that keep the account's file in the folder (see SyncAccount), whether or not
    // it opens: every computer known to keep the journal.
    QList<QByteArray> knownComputers() const;
    // Writes `bytes` as the file `kind`/`sequence` of `computerId`, whole or not at all.
    bool write(const QByteArray& computerId, SyncFile::Kind kind, quint64 sequence, const QByteArray& bytes,
               QString* error) const;
    QString pathOf(const QByteArray& computerId, SyncFile::Kind kind, quint64 sequence) const;

private:
    QString m_path;
};
