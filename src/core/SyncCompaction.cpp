#include "SyncCompaction.h"

#include "SyncFile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <algorithm>
#include <limits>

namespace {

// The one place the limits are set: a snapshot once the changes since the last reach 8 MiB
// (or half the last snapshot) or 1000 files.
SyncCompaction::Limits& currentLimits()
{
    static SyncCompaction::Limits limits{qint64(8) * 1024 * 1024, 1000};
    return limits;
}

// A .progress file names a few computers; a larger one is not read.
constexpr qint64 MaxProgressBytes = qint64(1024) * 1024;

std::optional<QByteArray> readWhole(const QString& path, qint64 limit)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > limit)
        return std::nullopt;
    return file.readAll();
}

} // namespace

SyncCompaction::Limits SyncCompaction::limits()
{
    return currentLimits();
}

void SyncCompaction::setLimits(const Limits& limits)
{
    currentLimits() = limits;
}

SyncCompaction::SyncCompaction(const QSqlDatabase& database, const Session& session,
                               SyncState::Settings settings)
    : m_database(database)
    , m_session(session)
    , m_settings(std::move(settings))
    , m_folder(m_settings.folder)
{}

std::optional<SyncCompaction::Progress> SyncCompaction::readProgress(const SyncFolder::Entry& entry)
{
    const auto known = m_progress.constFind(entry.path);
    if (known != m_progress.cend())
        return *known;
    std::optional<Progress> progress;
    SyncFile file;
    if (const std::optional<QByteArray> bytes = readWhole(entry.path, MaxProgressBytes);
        bytes && SyncFile::decode(*bytes, m_session, &file) == SyncFile::Status::Ok &&
        file.kind == SyncFile::Kind::Progress && file.computerId == entry.computerId &&
        file.sequence == entry.sequence) {
        if (const std::optional<SyncSnapshot::Coverage> covered = SyncSnapshot::decodeCoverage(file.payload))
            progress = Progress{file.sequence, file.stamp, *covered};
    }
    m_progress.insert(entry.path, progress);
    return progress;
}

std::optional<SyncCompaction::Progress> SyncCompaction::latestProgress(const SyncFolder::Listing& listing,
                                                                       const QByteArray& computerId)
{
    // The listing is by computer, then sequence: the last one found is the latest.
    const SyncFolder::Entry* latest = nullptr;
    for (const SyncFolder::Entry& entry : listing.files) {
        if (entry.computerId == computerId && entry.kind == SyncFile::Kind::Progress)
            latest = &entry;
    }
    return latest ? readProgress(*latest) : std::nullopt;
}

bool SyncCompaction::leavesNoGap(const SyncFolder::Listing& listing,
                                 const SyncSnapshot::Coverage& covered) const
{
    QByteArray previous;
    for (const SyncFolder::Entry& entry : listing.files) {
        if (entry.kind != SyncFile::Kind::Changes || entry.computerId == m_settings.computerId ||
            entry.computerId == previous)
            continue;
        // The first change file of this computer.
        previous = entry.computerId;
        if (qint64(entry.sequence) > covered.value(entry.computerId) + 1)
            return false;
    }
    return true;
}

bool SyncCompaction::join(const SyncFolder::Listing& listing, HybridLogicalClock& clock,
                          SyncRound::Report* report)
{
    struct Candidate
    {
        const SyncFolder::Entry* entry = nullptr;
        bool usable = false; // its .progress file says it leaves no change missing
        quint64 stamp = 0;
    };
    QList<Candidate> candidates;
    for (const SyncFolder::Entry& entry : listing.files) {
        if (entry.kind != SyncFile::Kind::Snapshot || entry.computerId == m_settings.computerId)
            continue;
        Candidate candidate{&entry};
        const QString progressPath =
            m_folder.pathOf(entry.computerId, SyncFile::Kind::Progress, entry.sequence);
        if (const std::optional<Progress> progress =
                readProgress({progressPath, entry.computerId, entry.sequence, SyncFile::Kind::Progress})) {
            candidate.usable = leavesNoGap(listing, progress->covered);
            candidate.stamp = progress->stamp;
        }
        candidates.append(candidate);
    }
    std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
        return a.usable != b.usable ? a.usable : a.stamp > b.stamp;
    });
    for (const Candidate& candidate : candidates) {
        const QString shown = QDir::toNativeSeparators(candidate.entry->path);
        SyncFile file;
        const std::optional<QByteArray> bytes = readWhole(candidate.entry->path, SyncFile::MaxFileBytes);
        const SyncFile::Status status =
            bytes ? SyncFile::decode(*bytes, m_session, &file) : SyncFile::Status::Incomplete;
        if (status == SyncFile::Status::Incomplete) {
            report->waiting << QFileInfo(candidate.entry->path).fileName();
            continue;
        }
        std::optional<SyncSnapshot> snapshot;
        if (status == SyncFile::Status::Ok && file.kind == SyncFile::Kind::Snapshot &&
            file.computerId == candidate.entry->computerId && file.sequence == candidate.entry->sequence)
            snapshot = SyncSnapshot::decode(file.payload);
        if (!snapshot) {
            report->problems
                << (status == SyncFile::Status::Newer
                        ? tr("The snapshot %1 was written by a newer version of Soliloquy; this "
                             "computer joins without it.")
                              .arg(shown)
                        : tr("The snapshot %1 does not open with this account's key: it is damaged "
                             "or was not written by Soliloquy, and is not applied.")
                              .arg(shown));
            continue;
        }
        // A snapshot older than the change files left in the folder (the sync tool has not
        // brought the newer one yet) would leave changes out.
        if (!leavesNoGap(listing, snapshot->covered))
            continue;
        if (QString error; !snapshot->applyTo(m_database, m_session, m_settings.computerId, &error)) {
            report->problems << tr("The snapshot %1 could not be applied: %2").arg(shown, error);
            continue;
        }
        clock.observe(file.stamp);
        ++report->applied;
        return true;
    }
    return false;
}

QStringList SyncCompaction::missingChanges(const SyncFolder::Listing& listing,
                                           const QHash<QByteArray, qint64>& applied,
                                           const QMap<QByteArray, QString>& names)
{
    QStringList missing;
    QList<QByteArray> others = m_folder.knownComputers();
    others.removeAll(m_settings.computerId);
    for (const QByteArray& computer : std::as_const(others)) {
        const qint64 next = applied.value(computer) + 1;
        const std::optional<Progress> own = latestProgress(listing, computer);
        const bool present =
            std::any_of(listing.files.cbegin(), listing.files.cend(), [&](const auto& entry) {
                return entry.computerId == computer && entry.kind == SyncFile::Kind::Changes &&
                       qint64(entry.sequence) == next;
            });
        if (present || !own || own->covered.value(computer) < next)
            continue;
        // Its computer removes a change file only once every known computer's snapshot holds
        // it: when every other computer's does, the file is gone, not on its way.
        const bool removed = std::all_of(others.cbegin(), others.cend(), [&](const QByteArray& holder) {
            const std::optional<Progress> progress = latestProgress(listing, holder);
            return progress && progress->covered.value(computer) >= next;
        });
        if (!removed)
            continue;
        const QDateTime snapshotTime =
            QDateTime::fromMSecsSinceEpoch(HybridLogicalClock::millisecondsOf(own->stamp)).toLocalTime();
        const QString name = names.value(computer, QString::fromLatin1(computer.toHex()));
        missing << tr("The changes of %1 from before %2 are no longer in the sync folder (every other "
                      "computer holds them in a snapshot), and this journal does not have them: join the "
                      "account again from a new journal. The later changes of %1 wait until then.")
                       .arg(name, QLocale().toString(snapshotTime, QLocale::ShortFormat));
    }
    return missing;
}

bool SyncCompaction::isDue(const SyncFolder::Listing& listing, const std::optional<Progress>& last) const
{
    const SyncSnapshot::Coverage covered = last ? last->covered : SyncSnapshot::Coverage();
    const QHash<QByteArray, qint64> applied = SyncState(m_database).appliedByComputer();
    qint64 bytes = 0;
    qint64 files = 0;
    for (const SyncFolder::Entry& entry : listing.files) {
        if (entry.kind != SyncFile::Kind::Changes)
            continue;
        // Sent from here, or applied here, since the last snapshot.
        const qint64 upTo = entry.computerId == m_settings.computerId ? std::numeric_limits<qint64>::max()
                                                                      : applied.value(entry.computerId);
        if (qint64(entry.sequence) <= covered.value(entry.computerId) || qint64(entry.sequence) > upTo)
            continue;
        bytes += QFileInfo(entry.path).size();
        ++files;
    }
    const qint64 lastSize =
        last ? QFileInfo(m_folder.pathOf(m_settings.computerId, SyncFile::Kind::Snapshot, last->sequence))
                   .size()
             : 0;
    const Limits limits = currentLimits();
    return files > 0 && (bytes >= std::max(limits.bytes, lastSize / 2) || files >= limits.files);
}

bool SyncCompaction::writeSnapshot(const SyncFolder::Listing& listing, const std::optional<Progress>& last,
                                   HybridLogicalClock& clock, SyncRound::Report* report)
{
    QString error;
    const std::optional<SyncSnapshot> snapshot =
        SyncSnapshot::take(m_database, m_settings.computerId, &error);
    if (!snapshot) {
        report->problems << tr("Soliloquy could not read the journal for a snapshot: %1").arg(error);
        return false;
    }
    if (snapshot->changes.isEmpty())
        return false;
    SyncFile file;
    file.kind = SyncFile::Kind::Snapshot;
    file.computerId = m_settings.computerId;
    // Named after the last change of this computer it holds; a name is never used twice.
    file.sequence = std::max(quint64(snapshot->covered.value(m_settings.computerId)),
                             last ? last->sequence + 1 : quint64(1));
    file.stamp = clock.now();
    file.payload = snapshot->encode();
    const QByteArray sealed = file.encode(m_session);
    // Too large for one file: the change files stay, as they would without snapshots.
    if (sealed.size() > SyncFile::MaxFileBytes)
        return false;
    SyncFile progress = file;
    progress.kind = SyncFile::Kind::Progress;
    progress.payload = SyncSnapshot::encodeCoverage(snapshot->covered);
    // The snapshot first: a .progress file promises that its snapshot is there.
    if (!m_folder.write(file.computerId, file.kind, file.sequence, sealed, &error) ||
        !m_folder.write(progress.computerId, progress.kind, progress.sequence, progress.encode(m_session),
                        &error)) {
        report->problems << error;
        return false;
    }
    report->snapshotWritten = true;
    // The older snapshot goes, and what its .progress file said with it.
    for (const SyncFolder::Entry& entry : listing.files) {
        if (entry.computerId == m_settings.computerId && entry.kind != SyncFile::Kind::Changes &&
            entry.sequence < file.sequence)
            QFile::remove(entry.path);
    }
    return true;
}

void SyncCompaction::removeCovered(const SyncFolder::Listing& listing, SyncRound::Report* report)
{
    QList<QByteArray> known = m_folder.knownComputers();
    if (!known.contains(m_settings.computerId))
        known.append(m_settings.computerId);
    qint64 held = std::numeric_limits<qint64>::max();
    for (const QByteArray& computer : known) {
        const std::optional<Progress> progress = latestProgress(listing, computer);
        if (!progress)
            return; // a computer without a snapshot may need every file yet
        held = std::min(held, progress->covered.value(m_settings.computerId));
    }
    for (const SyncFolder::Entry& entry : listing.files) {
        if (entry.computerId == m_settings.computerId && entry.kind == SyncFile::Kind::Changes &&
            qint64(entry.sequence) <= held && QFile::remove(entry.path))
            ++report->removed;
    }
}

void SyncCompaction::finish(HybridLogicalClock& clock, SyncRound::Report* report)
{
    const SyncFolder::Listing listing = m_folder.list();
    if (!listing.available)
        return;
    const std::optional<Progress> last = latestProgress(listing, m_settings.computerId);
    if (isDue(listing, last) && writeSnapshot(listing, last, clock, report))
        removeCovered(m_folder.list(), report);
    else
        removeCovered(listing, report);
}
