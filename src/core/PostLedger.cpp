#include "PostLedger.h"

#include "crypto/KeyedDigestContext.h"
#include "crypto/Random.h"
#include "crypto/SealerContext.h"
#include "storage/PostLedgerRows.h"
#include "storage/ReadTransaction.h"
#include "storage/UserRepository.h"
#include "storage/WriteTransaction.h"

#include <QCoreApplication>
#include <QtEndian>

namespace {

constexpr qsizetype DigestBytes = 32;

QByteArray zeroDigest()
{
    return QByteArray(DigestBytes, '\0');
}

} // namespace

PostLedger::PostLedger(const QSqlDatabase& database, const Session& session)
    : m_database(database)
    , m_session(session)
    , m_digests(std::make_unique<KeyedDigestContext>(session.dataKey(), session.postLedgerPurpose()))
    , m_sealer(std::make_unique<SealerContext>(session.dataKey()))
    , m_rows(std::make_unique<PostLedgerRows>(m_database))
    , m_pending{0, zeroDigest()}
{}

PostLedger::~PostLedger() = default;

void PostLedger::fold(Tally& tally, qint64 postId, const QByteArray& sealedBody, qint64 step)
{
    // The id is written before a separator no digit can be, so no two posts give one message.
    const QByteArray digest = m_digests->digest(QByteArray::number(postId) + ':' + sealedBody);
    for (qsizetype i = 0; i < DigestBytes && i < digest.size(); ++i)
        tally.digest[i] = char(tally.digest.at(i) ^ digest.at(i));
    tally.count += step;
}

void PostLedger::added(qint64 postId, const QByteArray& sealedBody)
{
    fold(m_pending, postId, sealedBody, 1);
}

void PostLedger::removed(qint64 postId, const QByteArray& sealedBody)
{
    fold(m_pending, postId, sealedBody, -1);
}

bool PostLedger::keyReplacedElsewhere() const
{
    // Every new key keeps the key imports were named with, sealed under it (users.import_key_base).
    const std::optional<UserRecord> user = UserRepository(m_database).findById(m_session.userId());
    return user && !user->importKeyBase.isEmpty() && !m_session.openImportKeyBase(user->importKeyBase);
}

void PostLedger::discardChanges()
{
    m_pending = Tally{0, zeroDigest()};
}

QByteArray PostLedger::seal(const Tally& tally)
{
    QByteArray record(sizeof(quint64), '\0');
    qToBigEndian(quint64(tally.count), record.data());
    return m_sealer->seal(record + tally.digest, m_session.postLedgerContext());
}

bool PostLedger::open(const QByteArray& sealed, Tally* tally)
{
    if (!m_lastSealed.isEmpty() && sealed == m_lastSealed) {
        *tally = m_lastStored;
        return true;
    }
    const std::optional<QByteArray> record =
        m_session.isUnlocked() ? m_sealer->open(sealed, m_session.postLedgerContext()) : std::nullopt;
    if (!record || record->size() != qsizetype(sizeof(quint64)) + DigestBytes)
        return false;
    tally->count = qint64(qFromBigEndian<quint64>(record->constData()));
    tally->digest = record->mid(sizeof(quint64));
    return true;
}

bool PostLedger::save(QSqlError* error)
{
    const Tally change = std::exchange(m_pending, Tally{0, zeroDigest()});
    if (change.count == 0 && change.digest == zeroDigest())
        return true;
    PostLedgerRows& rows = *m_rows;
    const std::optional<QByteArray> sealed = rows.record(m_session.userId(), error);
    if (!sealed)
        return false;
    Tally tally;
    // No record yet: made at the next check.
    if (sealed->isEmpty())
        return true;
    if (!open(*sealed, &tally)) {
        // Sealed under a new key by another window or a terminal since this session began:
        // what this session would write could not be read with the new key.
        if (keyReplacedElsewhere()) {
            *error = QSqlError(QString(),
                               QCoreApplication::translate("PostLedger",
                                                           "the journal was sealed under a new key elsewhere "
                                                           "(a password change); lock it and unlock it "
                                                           "with the new password"),
                               QSqlError::UnknownError);
            return false;
        }
        // Else the record was changed outside Soliloquy: it stays as it is, so that the
        // check still reports it, and the writing goes on.
        return true;
    }
    tally.count += change.count;
    for (qsizetype i = 0; i < DigestBytes; ++i)
        tally.digest[i] = char(tally.digest.at(i) ^ change.digest.at(i));
    const QByteArray sealedNow = seal(tally);
    if (!rows.store(m_session.userId(), sealedNow, error))
        return false;
    m_lastSealed = sealedNow;
    m_lastStored = tally;
    return true;
}

bool PostLedger::tallyPosts(Tally* tally, QSqlError* error)
{
    *tally = Tally{0, zeroDigest()};
    return m_rows->forEachPost(
        m_session.userId(),
        [this, tally](qint64 postId, const QByteArray& body) { fold(*tally, postId, body, 1); }, error);
}

bool PostLedger::rebuild(QSqlError* error)
{
    discardChanges();
    Tally tally;
    return tallyPosts(&tally, error) && m_rows->store(m_session.userId(), seal(tally), error);
}

PostLedger::Check PostLedger::compare()
{
    Check result;
    if (!m_session.isUnlocked()) {
        result.error = QStringLiteral("the journal is locked");
        return result;
    }
    QSqlError error;
    const std::optional<QByteArray> sealed = m_rows->record(m_session.userId(), &error);
    Tally present;
    if (!sealed || !tallyPosts(&present, &error)) {
        result.error = error.isValid() ? error.text() : m_database.lastError().text();
        return result;
    }
    result.read = true;
    result.present = present.count;
    Tally recorded;
    if (sealed->isEmpty()) {
        result.made = true;
        result.recorded = present.count;
    } else if (!open(*sealed, &recorded)) {
        result.recordDamaged = true;
        result.matches = false;
    } else {
        result.recorded = recorded.count;
        result.matches = recorded.count == present.count && recorded.digest == present.digest;
    }
    return result;
}

PostLedger::Check PostLedger::check(bool makeMissingRecord)
{
    // One read transaction: the record and the posts are seen at the same moment, also
    // while another process writes.
    if (Check failed; !ReadTransaction::begin(m_database, &failed.error))
        return failed;
    Check result = compare();
    ReadTransaction::end(m_database);
    if (!result.read || !result.made || !makeMissingRecord)
        return result;
    // Made with the write lock held, so that no post lands between counting and storing.
    QSqlError error;
    if (!WriteTransaction::begin(m_database, &error) || !rebuild(&error) ||
        !WriteTransaction::commit(m_database, &error)) {
        WriteTransaction::rollback(m_database);
        result.read = false;
        result.error = error.isValid() ? error.text() : m_database.lastError().text();
    }
    return result;
}

bool PostLedger::rebuildKeeping(const Check& before, QSqlError* error)
{
    if (before.clean())
        return rebuild(error);
    PostLedgerRows& rows = *m_rows;
    // Bytes that open under no key: the record stays damaged.
    if (before.recordDamaged)
        return rows.store(m_session.userId(), QByteArrayLiteral("damaged"), error);
    // As many posts as were recorded, and a digest no set of posts gives.
    return rows.store(m_session.userId(), seal(Tally{before.recorded, Random::bytes(DigestBytes)}), error);
}
