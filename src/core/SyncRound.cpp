#include "SyncRound.h"

#include "AccountService.h"
#include "PostLedger.h"
#include "PostWriter.h"
#include "SyncAccount.h"
#include "SyncCompaction.h"

#include "crypto/Random.h"
#include "crypto/SealerContext.h"
#include "storage/ChangeApplier.h"
#include "storage/ChangeRecorder.h"
#include "storage/PostRowsPutBack.h"
#include "storage/SqliteErrors.h"
#include "storage/SyncOutbox.h"
#include "storage/UserRepository.h"
#include "storage/WriteTransaction.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>

namespace {

// The columns of the posts table, as a changeset holds them (migrations/0002_posts.sql).
constexpr int PostBodyColumn = 2;
constexpr int PostCreatedAtColumn = 3;
constexpr int PostEditedAtColumn = 4;
// And of attachment_contents (migrations/0007_attachment_contents.sql).
constexpr int ContentDigestColumn = 2;
// How long one transaction applies files, and how many files (and bytes of changes) of one
// computer are applied as one change (see SyncRound::run).
constexpr qint64 BatchMilliseconds = 200;
constexpr qsizetype GroupFiles = 256;
constexpr qsizetype GroupBytes = qsizetype(4) * 1024 * 1024;

} // namespace

SyncRound::SyncRound(const QSqlDatabase& database, const Session& session)
    : m_database(database)
    , m_session(session)
{}

bool SyncRound::enable(QSqlDatabase database, const Session& session, const QString& folder,
                       const QString& computerName, QString* error)
{
    SyncState state(database);
    if (state.accountCount() > 1) {
        *error = tr("Sync keeps a journal of one account, and this journal holds several. Export this "
                    "account's posts and import them into a journal of its own first.");
        return false;
    }
    if (!QDir().mkpath(folder)) {
        *error = tr("The folder %1 cannot be made.").arg(QDir::toNativeSeparators(folder));
        return false;
    }
    const QByteArray computerId = Random::bytes(SyncFile::ComputerIdBytes);
    if (computerId.size() != SyncFile::ComputerIdBytes) {
        *error = tr("Soliloquy could not make an id for this computer.");
        return false;
    }
    // The journal so far goes first, as one change: every row of the synced tables.
    QString cause;
    const std::optional<QByteArray> everything =
        ChangeRecorder::everything(database, SyncOutbox::syncedTables(), &cause);
    if (!everything) {
        *error = cause;
        return false;
    }
    if (QSqlError failure; !WriteTransaction::begin(database, &failure)) {
        *error = failure.text();
        return false;
    }
    StorageError stored;
    QSqlError failure;
    if (!state.save({session.userId(), folder, computerId, computerName, 0}, &stored) ||
        (!everything->isEmpty() && !SyncOutbox::store(database, *everything, &failure)) ||
        !WriteTransaction::commit(database, &failure)) {
        WriteTransaction::rollback(database);
        *error = stored.isError() ? stored.message : failure.text();
        return false;
    }
    // The account's file goes to the folder now, so that any later change of the account is
    // one the other computers take.
    HybridLogicalClock clock;
    bool taken = false;
    return SyncAccount::keepInStep(database, SyncFolder(folder), computerId, computerName, clock, session,
                                   &taken, error) &&
           SyncOutbox::start(database, error);
}

std::unique_ptr<Session> SyncRound::join(const QSqlDatabase& database, const QString& folder,
                                         const QString& username, const QString& password,
                                         const QString& computerName, QString* error)
{
    const SyncFolder synced(folder);
    std::optional<UserRecord> account = SyncAccount::find(synced, error);
    if (!account)
        return nullptr;
    UserRepository users(database);
    if (users.findById(account->id)) {
        *error = tr("This journal already holds another account where the synced one would go. Join from "
                    "a journal of its own (soliloquy --database NEW-FILE sync ...).");
        return nullptr;
    }
    if (users.findByLogin(username)) {
        *error = tr("This journal already has an account named %1.").arg(username);
        return nullptr;
    }
    account->username = username;
    account->email = QStringLiteral(""); // until the sealed one opens, below
    StorageError stored;
    if (users.insert(*account, &stored) == 0) {
        *error = stored.message;
        return nullptr;
    }
    AccountService::Outcome outcome = AccountService(database).login(username, password);
    if (!outcome.session) {
        users.remove(account->id, &stored);
        *error = outcome.error;
        return nullptr;
    }
    // The name and email the account has on the other computers.
    if (UserRecord profile = *account; SyncAccount::openProfile(synced, *outcome.session, &profile)) {
        profile.username = username;
        users.update(profile, &stored);
    }
    if (!enable(database, *outcome.session, folder, computerName, error)) {
        users.remove(account->id, &stored);
        return nullptr;
    }
    return std::move(outcome.session);
}

SyncRound::Report SyncRound::run()
{
    Report report;
    SyncState state(m_database);
    const std::optional<SyncState::Settings> settings = state.settings(m_session.userId());
    if (!settings || !m_session.isUnlocked())
        return report;
    const SyncFolder folder(settings->folder);
    HybridLogicalClock clock(nullptr, settings->clock);
    const SyncFolder::Listing listing = folder.list();
    report.folderAvailable = listing.available;
    if (!listing.available)
        return report;
    // A computer that joins finds the account here; a password or email changed on one computer
    // comes to the others.
    if (QString error;
        !SyncAccount::keepInStep(m_database, folder, settings->computerId, settings->computerName, clock,
                                 m_session, &report.accountChanged, &error))
        report.problems << error;
    const QMap<QByteArray, QString> computers = SyncAccount::computers(folder, m_session);
    report.computers << settings->computerName;
    for (auto computer = computers.cbegin(); computer != computers.cend(); ++computer) {
        if (computer.key() != settings->computerId)
            report.computers << computer.value();
    }
    for (const SyncFolder::Skipped& skipped : listing.skipped) {
        if (skipped.reason == SyncFolder::tr("still arriving"))
            report.waiting << QFileInfo(skipped.path).fileName();
    }
    if (!send(*settings, clock, &report))
        return report;

    // Each other computer's changes in its order, from the first not applied here. A journal
    // that just joined starts from a snapshot, when the folder holds one.
    SyncCompaction compaction(m_database, m_session, *settings);
    QHash<QByteArray, qint64> applied = state.appliedByComputer();
    if (applied.isEmpty() && !state.holdsSyncedRows() && compaction.join(listing, clock, &report))
        applied = state.appliedByComputer();
    // Changes removed from the folder before this computer had them: never skipped silently.
    report.problems << compaction.missingChanges(listing, applied, computers);
    QByteArray stoppedAt;
    // Consecutive files of one computer that change rows apart, read and waiting to be applied
    // as one change (SQLite applies one changeset of many rows much sooner than many of one row).
    QList<Arrived> group;
    qint64 groupBytes = 0;
    QSet<QByteArray> groupRows;
    std::optional<SealerContext> opener;
    const auto dropGroup = [&] {
        group.clear();
        groupRows.clear();
        groupBytes = 0;
    };
    // Files go in batches: one transaction, and so one wait for the disk, for the files applied
    // within BatchMilliseconds, so that a computer that wrote thousands of posts while apart is
    // caught up in seconds, while a post written here meanwhile waits for the journal no longer
    // than one batch.
    bool inBatch = false;
    int batchFiles = 0;
    QElapsedTimer batchTime;
    std::optional<PostLedger> ledger;
    const auto endBatch = [&] {
        if (!inBatch)
            return true;
        inBatch = false;
        if (QSqlError cause; !ledger->save(&cause) || !WriteTransaction::commit(m_database, &cause)) {
            WriteTransaction::rollback(m_database);
            ledger->discardChanges();
            // Files read after the batch follow files it no longer holds: they wait too.
            dropGroup();
            report.applied -= batchFiles;
            report.problems << tr("The changes of %n file(s) could not be stored: %1", nullptr, batchFiles)
                                   .arg(cause.text());
            return false;
        }
        return true;
    };
    const auto applyGroup = [&] {
        if (group.isEmpty())
            return true;
        if (!inBatch) {
            if (QSqlError cause; !WriteTransaction::begin(m_database, &cause)) {
                report.problems << cause.text();
                dropGroup();
                return false;
            }
            inBatch = true;
            batchFiles = 0;
            batchTime.start();
            if (!ledger)
                ledger.emplace(m_database, m_session);
        }
        qsizetype done = 0;
        QString failure;
        std::optional<QByteArray> together;
        if (group.size() > 1) {
            QList<QByteArray> changesets;
            for (const Arrived& arrived : std::as_const(group))
                changesets << arrived.changes;
            together = ChangeApplier::combined(changesets);
        }
        if (together && apply(group.constLast().entry, *together, state, *ledger, &report, &failure)) {
            done = group.size();
        } else {
            // One by one, as they were written, to tell which file stops the rest.
            for (const Arrived& arrived : std::as_const(group)) {
                if (!apply(arrived.entry, arrived.changes, state, *ledger, &report, &failure)) {
                    report.problems << failure;
                    stoppedAt = arrived.entry.computerId;
                    applied.insert(stoppedAt, qint64(arrived.entry.sequence) - 1);
                    break;
                }
                ++done;
            }
        }
        report.applied += int(done);
        batchFiles += int(done);
        dropGroup();
        return !batchTime.hasExpired(BatchMilliseconds) || endBatch();
    };
    for (const SyncFolder::Entry& entry : listing.files) {
        if (entry.computerId == settings->computerId || entry.kind != SyncFile::Kind::Changes ||
            entry.computerId == stoppedAt)
            continue;
        const qint64 done = applied.value(entry.computerId);
        if (qint64(entry.sequence) <= done)
            continue;
        if (qint64(entry.sequence) != done + 1) {
            // An earlier file of that computer is still on its way: it is what the rest waits for.
            report.waiting << QFileInfo(
                                  folder.pathOf(entry.computerId, SyncFile::Kind::Changes, quint64(done + 1)))
                                  .fileName();
            stoppedAt = entry.computerId;
            continue;
        }
        // Reading a slow folder never keeps the journal from a post written here meanwhile.
        if (inBatch && batchTime.hasExpired(BatchMilliseconds) && !endBatch())
            break;
        QFile file(entry.path);
        if (!file.open(QIODevice::ReadOnly) || file.size() > SyncFile::MaxFileBytes) {
            stoppedAt = entry.computerId;
            continue;
        }
        SyncFile read;
        if (!opener)
            opener.emplace(m_session.dataKey());
        const SyncFile::Status status = SyncFile::decode(file.readAll(), m_session, *opener, &read);
        if (status == SyncFile::Status::Incomplete) {
            report.waiting << QFileInfo(entry.path).fileName();
            stoppedAt = entry.computerId;
            continue;
        }
        if (status != SyncFile::Status::Ok || read.computerId != entry.computerId ||
            read.sequence != entry.sequence || read.kind != SyncFile::Kind::Changes) {
            report.problems << (status == SyncFile::Status::Newer
                                    ? tr("%1 was written by a newer version of Soliloquy; it is applied once "
                                         "this computer has that version.")
                                          .arg(QDir::toNativeSeparators(entry.path))
                                    : tr("%1 does not open with this account's key: it is damaged or was "
                                         "not written by Soliloquy, and is not applied.")
                                          .arg(QDir::toNativeSeparators(entry.path)));
            stoppedAt = entry.computerId;
            continue;
        }
        clock.observe(read.stamp);
        const QSet<QByteArray> rows = ChangeApplier::rowsIn(read.payload);
        if (!group.isEmpty() &&
            (group.constLast().entry.computerId != entry.computerId || group.size() >= GroupFiles ||
             groupBytes + read.payload.size() > GroupBytes || groupRows.intersects(rows))) {
            if (!applyGroup())
                break;
            if (entry.computerId == stoppedAt)
                continue;
        }
        groupBytes += read.payload.size();
        groupRows.unite(rows);
        group.append({entry, read.payload});
        applied.insert(entry.computerId, qint64(entry.sequence));
    }
    if (applyGroup())
        endBatch();
    // What applying wrote here (versions of posts kept) goes out in the same round.
    if (send(*settings, clock, &report))
        compaction.finish(clock, &report);
    if (StorageError error; !state.advanceClock(settings->userId, clock.last(), &error))
        report.problems << error.message;
    return report;
}

bool SyncRound::send(const SyncState::Settings& settings, HybridLogicalClock& clock, Report* report)
{
    const SyncFolder folder(settings.folder);
    const QList<SyncOutbox::Pending> pending = SyncOutbox::pending(m_database);
    for (const SyncOutbox::Pending& change : pending) {
        const QString path =
            folder.pathOf(settings.computerId, SyncFile::Kind::Changes, quint64(change.sequence));
        // Written before, and the round cut short before the outbox knew: never written twice.
        if (!QFileInfo::exists(path)) {
            SyncFile file;
            file.kind = SyncFile::Kind::Changes;
            file.computerId = settings.computerId;
            file.sequence = quint64(change.sequence);
            file.stamp = clock.now();
            file.payload = change.changes;
            QString error;
            if (!folder.write(settings.computerId, SyncFile::Kind::Changes, file.sequence,
                              file.encode(m_session), &error)) {
                report->problems << error;
                return false;
            }
            ++report->sent;
        }
        if (QSqlError cause; !SyncOutbox::sent(m_database, change.sequence, &cause)) {
            report->problems << cause.text();
            return false;
        }
    }
    return true;
}

bool SyncRound::keepReplaced(const QList<QVariantList>& rows, QSqlError* error)
{
    if (rows.isEmpty())
        return true;
    PostWriter writer(m_database, m_session);
    for (const QVariantList& row : rows) {
        const qint64 id = row.value(0).toLongLong();
        const std::optional<QString> text = m_session.openPost(id, row.value(PostBodyColumn).toByteArray());
        if (!text)
            continue; // a damaged version stays out, as it would in the chat
        PostWriter::NewPost version;
        version.text = tr("*This computer's version, before a later edit on another computer replaced it:*") +
                       QStringLiteral("\n\n") + *text;
        // Right after the post it was a version of.
        version.createdAt = row.value(PostCreatedAtColumn).toLongLong() + 1;
        version.editedAt = row.value(PostEditedAtColumn).toLongLong();
        qint64 newId = 0;
        if (writer.store(version, &newId, error) == PostWriter::Outcome::Failed)
            return false;
    }
    return writer.finish(error);
}

bool SyncRound::apply(const SyncFolder::Entry& last, const QByteArray& changes, SyncState& state,
                      PostLedger& ledger, Report* report, QString* failure)
{
    const QList<qint64> posts = ChangeApplier::keysIn(changes, QStringLiteral("posts"));
    const QString savepoint = QStringLiteral("sync_file");
    if (QSqlError cause; !WriteTransaction::savepoint(m_database, savepoint, &cause)) {
        *failure = cause.text();
        return false;
    }
    // The record of posts follows every post the changes touch, as it was and as it is after.
    QHash<qint64, QByteArray> before;
    for (const qint64 id : posts)
        before.insert(id, state.postBody(id));
    // Posts deleted there may be edited here: their pictures' rows are kept, to be put back.
    PostRowsPutBack putBack(m_database);
    putBack.keep(ChangeApplier::keysIn(changes, QStringLiteral("posts"), ChangeApplier::Operation::Delete));
    QList<qint64> editedHere;
    QStringList clashes;
    // Versions of posts edited here that a later edit from elsewhere replaces: kept as posts.
    QList<QVariantList> replaced;
    const ChangeApplier::Decide decide = [&](const ChangeApplier::Clash& clash) {
        // The same change again (a file applied twice, a row both computers had): nothing to do.
        if (clash.conflict == ChangeApplier::Conflict::Conflict && clash.current == clash.after)
            return ChangeApplier::Resolution::Omit;
        if (clash.conflict == ChangeApplier::Conflict::NotFound &&
            clash.operation == ChangeApplier::Operation::Delete)
            return ChangeApplier::Resolution::Omit; // deleted here too
        // The same picture added on both computers: one content (its id is taken from its digest),
        // sealed with another nonce on each.
        if (clash.table == QLatin1String("attachment_contents") &&
            clash.conflict == ChangeApplier::Conflict::Conflict &&
            clash.current.value(ContentDigestColumn) == clash.after.value(ContentDigestColumn))
            return ChangeApplier::Resolution::Omit;
        // Edited there, deleted here: the computer that edited it sends the whole post back.
        if (clash.table == QLatin1String("posts") && clash.conflict == ChangeApplier::Conflict::NotFound &&
            clash.operation == ChangeApplier::Operation::Update)
            return ChangeApplier::Resolution::Omit;
        if (clash.table == QLatin1String("posts") && clash.conflict == ChangeApplier::Conflict::Data) {
            // Deleted there, edited here: the edit wins, and the post goes back there whole.
            if (clash.operation == ChangeApplier::Operation::Delete) {
                editedHere << clash.before.value(0).toLongLong();
                return ChangeApplier::Resolution::Omit;
            }
            // Edited on both computers: the later edit stays in the post. The computer whose
            // version loses keeps it as a post of its own, which the others then receive.
            const qint64 theirs = clash.after.value(PostEditedAtColumn).toLongLong();
            const qint64 ours = clash.current.value(PostEditedAtColumn).toLongLong();
            // Edits in one millisecond: the same version wins on both, whichever applies first.
            if (theirs < ours || (theirs == ours && clash.after.value(PostBodyColumn).toByteArray() <=
                                                        clash.current.value(PostBodyColumn).toByteArray()))
                return ChangeApplier::Resolution::Omit;
            replaced << clash.current;
            return ChangeApplier::Resolution::Replace;
        }
        clashes << clash.table;
        return ChangeApplier::Resolution::Omit;
    };
    SyncOutbox::setPaused(m_database, true);
    QString error;
    bool appliedChanges = ChangeApplier(m_database).apply(changes, decide, &error);
    std::optional<QByteArray> sendBack = QByteArray();
    if (appliedChanges && !editedHere.isEmpty())
        sendBack = putBack.putBack(editedHere, &error);
    SyncOutbox::setPaused(m_database, false);
    QSqlError outboxError;
    appliedChanges = appliedChanges && sendBack &&
                     (sendBack->isEmpty() || SyncOutbox::store(m_database, *sendBack, &outboxError));
    if (outboxError.isValid())
        error = outboxError.text();
    QHash<qint64, QByteArray> after;
    for (const qint64 id : posts)
        after.insert(id, state.postBody(id));
    StorageError stored;
    QSqlError cause;
    if (!appliedChanges || !state.setApplied(last.computerId, qint64(last.sequence), &stored) ||
        !keepReplaced(replaced, &cause) || !WriteTransaction::release(m_database, savepoint, &cause)) {
        // What the changes recorded for the other computers goes back too: the recording
        // compares with the rows as they are when the batch commits.
        WriteTransaction::rollbackTo(m_database, savepoint);
        *failure = tr("The changes in %1 could not be applied: %2")
                       .arg(QDir::toNativeSeparators(last.path), !error.isEmpty()   ? error
                                                                 : stored.isError() ? stored.message
                                                                                    : cause.text());
        return false;
    }
    // Told to the record once the file is in: the batch saves it before it commits.
    for (const qint64 id : posts) {
        const QByteArray& was = before[id];
        const QByteArray& is = after[id];
        if (is == was)
            continue;
        if (!was.isEmpty())
            ledger.removed(id, was);
        if (!is.isEmpty())
            ledger.added(id, is);
    }
    if (!clashes.isEmpty())
        report->problems << tr("%n change(s) in %1 met rows changed here and were left out.", nullptr,
                               int(clashes.size()))
                                .arg(QDir::toNativeSeparators(last.path));
    return true;
}
