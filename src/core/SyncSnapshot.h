#pragma once

#include "Session.h"

#include <QByteArray>
#include <QMap>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// A computer's whole synced journal at one moment, sealed into the sync folder (see
// SyncCompaction) so that a computer that joins need not replay every change since the first:
// every row of the synced tables as one changeset, and how far it holds each computer's
// changes. Its payload:
//
//   number of computers (4 bytes, big-endian), then for each its id (16 bytes) and the last
//   sequence of its changes held (8 bytes, big-endian); then the changeset.
//
// The .progress file written beside a snapshot holds the first part alone, so that the other
// computers learn what the snapshot holds without reading a journal's worth of bytes.
class SyncSnapshot
{
public:
    // The last sequence of each computer's changes held, by computer id.
    using Coverage = QMap<QByteArray, qint64>;

    Coverage covered;
    QByteArray changes;

    QByteArray encode() const;
    // Nothing when the payload is not one (sizes are checked before anything is allocated).
    static std::optional<SyncSnapshot> decode(const QByteArray& payload);
    static QByteArray encodeCoverage(const Coverage& coverage);
    // A .progress file's payload; nothing when it is not one.
    static std::optional<Coverage> decodeCoverage(const QByteArray& payload);

    // The journal as it is now, in one read: its rows, this computer's changes stored so far and
    // the other computers' changes applied here. Outside a transaction.
    static std::optional<SyncSnapshot> take(const QSqlDatabase& database, const QByteArray& computerId,
                                            QString* error);
    // Applies the snapshot to a journal that holds no synced rows yet, in one transaction, with
    // the record of posts made anew, and notes the other computers' changes it holds as applied
    // here (`computerId` is this computer's).
    bool applyTo(QSqlDatabase database, const Session& session, const QByteArray& computerId,
                 QString* error) const;
};
