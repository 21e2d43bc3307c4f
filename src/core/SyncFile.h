#pragma once

#include "Session.h"

#include <QByteArray>
#include <QString>

class SealerContext;

// One file in a sync folder: written by one computer only, under a name of its own, and never
// rewritten. A short plain header says what it is (so that a file cut short, or from a newer
// version, is told apart from a forged one); the payload is sealed under the account's data key,
// bound to the header. Nothing in it opens without the password or the recovery key.
//
//   "SOLILOQUY-SYNC\n", format version (1 byte), kind (1 byte), computer id (16 bytes),
//   sequence (8 bytes, big-endian), clock stamp (8 bytes), sealed payload size (8 bytes),
//   sealed payload.
class SyncFile
{
public:
    static constexpr quint8 FormatVersion = 1;
    static constexpr qsizetype ComputerIdBytes = 16;
    // A changeset or a snapshot could hold a journal's worth of rows; beyond this a file is not
    // read (nor written).
    static constexpr qint64 MaxFileBytes = qint64(2) * 1024 * 1024 * 1024 - 1;

    enum class Kind : quint8
    {
        Changes = 1,  // one local transaction's changeset
        Snapshot = 2, // the whole journal, so that a new computer need not replay every change
        Progress = 3, // which changes of the other computers this one has applied
    };
    enum class Status
    {
        Ok,
        Incomplete,   // shorter than its header says: still arriving, or cut short
        NotSoliloquy, // not a sync file at all
        Newer,        // written by a newer version of Soliloquy
        Unauthentic,  // does not open with this account's key: damaged or forged
    };

    Kind kind = Kind::Changes;
    QByteArray computerId;
    quint64 sequence = 0;
    quint64 stamp = 0;
    QByteArray payload; // opened

    // The file's bytes, sealed for `session`'s account.
    QByteArray encode(const Session& session) const;
    // Reads `bytes`; sets `file` when the status is Ok.
    static Status decode(const QByteArray& bytes, const Session& session, SyncFile* file);
    // The same with a context made once for the data key: a round that reads thousands of files
    // spares making one for each.
    static Status decode(const QByteArray& bytes, const Session& session, SealerContext& opener,
                         SyncFile* file);
    // Reads only the header (no key needed): what a folder listing reports.
    static Status peek(const QByteArray& bytes, SyncFile* file);

private:
    QByteArray header(quint64 sealedSize) const;
    QByteArray associatedData() const;
};
