#include "SyncSnapshot.h"

#include "PostLedger.h"
#include "SyncFile.h"

#include "storage/ChangeApplier.h"
#include "storage/ChangeRecorder.h"
#include "storage/SyncOutbox.h"
#include "storage/SyncState.h"
#include "storage/WriteTransaction.h"

#include <QtEndian>

#include <algorithm>

namespace {

constexpr qsizetype CountBytes = 4;
constexpr qsizetype EntryBytes = SyncFile::ComputerIdBytes + 8;
// More computers than anyone keeps a journal on: a larger count is not a file Soliloquy wrote.
constexpr quint32 MaxComputers = 65536;

// Reads the coverage at the front of `payload`; sets `end` to where it stops.
std::optional<SyncSnapshot::Coverage> coverageAt(const QByteArray& payload, qsizetype* end)
{
    if (payload.size() < CountBytes)
        return std::nullopt;
    const quint32 count = qFromBigEndian<quint32>(payload.constData());
    if (count > MaxComputers || payload.size() < CountBytes + qsizetype(count) * EntryBytes)
        return std::nullopt;
    SyncSnapshot::Coverage coverage;
    qsizetype at = CountBytes;
    for (quint32 i = 0; i < count; ++i) {
        const QByteArray computerId = payload.mid(at, SyncFile::ComputerIdBytes);
        const auto sequence = qFromBigEndian<qint64>(payload.constData() + at + SyncFile::ComputerIdBytes);
        if (sequence < 0 || coverage.contains(computerId))
            return std::nullopt;
        coverage.insert(computerId, sequence);
        at += EntryBytes;
    }
    *end = at;
    return coverage;
}

} // namespace

QByteArray SyncSnapshot::encodeCoverage(const Coverage& coverage)
{
    QByteArray bytes(CountBytes + coverage.size() * EntryBytes, Qt::Uninitialized);
    qToBigEndian(quint32(coverage.size()), bytes.data());
    qsizetype at = CountBytes;
    for (auto entry = coverage.cbegin(); entry != coverage.cend(); ++entry) {
        const QByteArray computerId = entry.key().leftJustified(SyncFile::ComputerIdBytes, '\0', true);
        std::copy(computerId.cbegin(), computerId.cend(), bytes.begin() + at);
        qToBigEndian(entry.value(), bytes.data() + at + SyncFile::ComputerIdBytes);
        at += EntryBytes;
    }
    return bytes;
}

std::optional<SyncSnapshot::Coverage> SyncSnapshot::decodeCoverage(const QByteArray& payload)
{
    qsizetype end = 0;
    std::optional<Coverage> coverage = coverageAt(payload, &end);
    return coverage && end == payload.size() ? coverage : std::nullopt;
}

QByteArray SyncSnapshot::encode() const
{
    return encodeCoverage(covered) + changes;
}

std::optional<SyncSnapshot> SyncSnapshot::decode(const QByteArray& payload)
{
    qsizetype end = 0;
    std::optional<Coverage> coverage = coverageAt(payload, &end);
    if (!coverage)
        return std::nullopt;
    SyncSnapshot snapshot;
    snapshot.covered = *coverage;
    snapshot.changes = payload.mid(end);
    return snapshot;
}

std::optional<SyncSnapshot> SyncSnapshot::take(const QSqlDatabase& database, const QByteArray& computerId,
                                               QString* error)
{
    SyncSnapshot snapshot;
    const std::optional<QByteArray> changes =
        ChangeRecorder::everything(database, SyncOutbox::syncedTables(), error, [&] {
            const QHash<QByteArray, qint64> applied = SyncState(database).appliedByComputer();
            for (auto entry = applied.cbegin(); entry != applied.cend(); ++entry)
                snapshot.covered.insert(entry.key(), entry.value());
            // Every change stored here so far is in the rows, sent or about to be.
            snapshot.covered.insert(computerId, SyncOutbox::lastSequence(database));
        });
    if (!changes)
        return std::nullopt;
    snapshot.changes = *changes;
    return snapshot;
}

bool SyncSnapshot::applyTo(QSqlDatabase database, const Session& session, const QByteArray& computerId,
                           QString* error) const
{
    if (QSqlError cause; !WriteTransaction::begin(database, &cause)) {
        *error = cause.text();
        return false;
    }
    // The journal holds none of the synced rows yet: a row met is the same row, had twice.
    const ChangeApplier::Decide decide = [](const ChangeApplier::Clash& clash) {
        return clash.conflict == ChangeApplier::Conflict::Conflict && clash.current == clash.after
                   ? ChangeApplier::Resolution::Omit
                   : ChangeApplier::Resolution::Abort;
    };
    // The rows are the other computers' changes, not this one's to send.
    SyncOutbox::setPaused(database, true);
    const bool applied = ChangeApplier(database).apply(changes, decide, error);
    SyncOutbox::setPaused(database, false);
    SyncState state(database);
    StorageError stored;
    bool noted = applied;
    for (auto entry = covered.cbegin(); noted && entry != covered.cend(); ++entry) {
        if (entry.key() != computerId)
            noted = state.setApplied(entry.key(), entry.value(), &stored);
    }
    QSqlError cause;
    PostLedger ledger(database, session);
    if (!noted || !ledger.rebuild(&cause) || !WriteTransaction::commit(database, &cause)) {
        WriteTransaction::rollback(database);
        if (error->isEmpty())
            *error = stored.isError() ? stored.message : cause.text();
        return false;
    }
    return true;
}
