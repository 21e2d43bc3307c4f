#include "AccountService.h"

#include "AccountValidation.h"
#include "KeyRotation.h"
#include "LoginThrottle.h"
#include "PostLedger.h"

#include "crypto/Argon2.h"
#include "crypto/CryptoRuntime.h"
#include "crypto/KeyDerivation.h"
#include "crypto/KeyWrap.h"
#include "crypto/PasswordHasher.h"
#include "crypto/Random.h"
#include "crypto/RecoveryKey.h"
#include "storage/AttachmentRepository.h"
#include "storage/SyncState.h"
#include "storage/UserRepository.h"
#include "storage/WriteTransaction.h"

#include <QCoreApplication>
#include <QDateTime>

namespace {

// Failed attempts count against the account, whichever of its name or email was typed and
// however capitalised. Names that are no account's count together under one key: what a
// stranger typed (perhaps a password in the name field) is never written to the journal.
QString attemptsKey(const std::optional<UserRecord>& user)
{
    return user ? QStringLiteral("\naccount %1").arg(user->id) : QStringLiteral("\nno account");
}

// Stands in for the account when a login names none: its key opens nothing, and trying
// costs the same Argon2id run and the same unwrapping as a known name with a wrong password.
// Made of random bytes, so there is nothing to build ahead of the first try.
UserRecord decoyAccount()
{
    UserRecord decoy;
    decoy.passwordHash = KeyDerivation::parametersOnly(PasswordHasher::currentParameters());
    decoy.keySalt = Random::bytes(16);
    decoy.wrappedKeyPassword = Random::bytes(60);
    return decoy;
}

QString tr(const char* text)
{
    return QCoreApplication::translate("AccountService", text);
}

QByteArray passwordContext(qint64 userId)
{
    return QByteArray("soliloquy data key under password, user ") + QByteArray::number(userId);
}

QByteArray recoveryContext(qint64 userId)
{
    return QByteArray("soliloquy data key under recovery key, user ") + QByteArray::number(userId);
}

QString waitMessage(qint64 milliseconds)
{
    const qint64 seconds = (milliseconds + 999) / 1000;
    return QCoreApplication::translate(
        "AccountService", "Too many failed attempts. Try again in %n second(s).", nullptr, int(seconds));
}

// Whether `key` must wait before another attempt; if so, the outcome says for how long.
bool mustWait(const LoginThrottle& throttle, const QString& key, AccountService::Outcome& outcome)
{
    const qint64 wait = throttle.waitBeforeNextAttempt(key);
    if (wait <= 0)
        return false;
    outcome.retryAfterMs = wait;
    outcome.error = waitMessage(wait);
    return true;
}

} // namespace

AccountService::AccountService(const QSqlDatabase& database, std::function<qint64()> clock)
    : m_database(database)
    , m_clock(clock ? std::move(clock) : [] { return QDateTime::currentMSecsSinceEpoch(); })
{}

QString AccountService::wrongCredentialsMessage()
{
    return tr("The username or password is not right.");
}

// One Argon2id run for an account that keeps no verifier; an older account's verifier is
// checked first, so that a wrong password costs one run there too.
std::optional<SecretBytes> AccountService::openUnderPassword(const UserRecord& user, const QString& password)
{
    if (KeyDerivation::holdsVerifier(user.passwordHash) &&
        !PasswordHasher::verify(password, user.passwordHash))
        return std::nullopt;
    // The parameters the key was made with, not today's defaults: those may have grown since.
    const SecretBytes wrappingKey = KeyDerivation::fromPassword(password, user.keySalt, user.passwordHash);
    if (wrappingKey.isEmpty())
        return std::nullopt;
    return KeyWrap::unwrap(wrappingKey, user.wrappedKeyPassword, passwordContext(user.id));
}

std::unique_ptr<Session> AccountService::sessionFor(const UserRecord& user, SecretBytes dataKey)
{
    auto session = std::make_unique<Session>(user.id, user.username, std::move(dataKey));
    if (!user.importKeyBase.isEmpty()) {
        if (std::optional<SecretBytes> base = session->openImportKeyBase(user.importKeyBase))
            session->setImportKeyBase(std::move(*base));
    }
    return session;
}

// The launch asks QCA for its plugins only once the first dialog is up; no account is
// touched before they are known to be there (QCA crashes on an algorithm it lacks).
QString AccountService::writeRefusal() const
{
    QString refusal = CryptoRuntime::missingFeatures();
    if (refusal.isEmpty() && m_writeGuard)
        refusal = m_writeGuard();
    return refusal;
}

bool AccountService::refusesToWrite(Outcome& outcome) const
{
    outcome.error = writeRefusal();
    return !outcome.error.isEmpty();
}

QStringList AccountService::usernames(int limit) const
{
    return UserRepository(m_database).usernames(limit);
}

bool AccountService::usernameTaken(const QString& username) const
{
    return UserRepository(m_database).usernameTaken(username);
}

bool AccountService::emailTaken(const QString& email) const
{
    return UserRepository(m_database).emailTaken(email);
}

QString AccountService::wrapUnderPassword(UserRecord& user, const SecretBytes& dataKey,
                                          const QString& password) const
{
    // No verifier is kept: the wrapped key itself tells a right password from a wrong one.
    user.passwordHash = KeyDerivation::parametersOnly(PasswordHasher::currentParameters());
    user.keySalt = Random::bytes(16);
    const SecretBytes wrappingKey = KeyDerivation::fromPassword(password, user.keySalt, user.passwordHash);
    if (wrappingKey.isEmpty())
        return tr("Soliloquy could not derive a key from the password (out of memory?).");
    user.wrappedKeyPassword = KeyWrap::wrap(wrappingKey, dataKey, passwordContext(user.id));
    if (user.wrappedKeyPassword.isEmpty())
        return tr("Soliloquy could not protect the journal's key; nothing was changed.");
    return {};
}

AccountService::Outcome AccountService::registerAccount(const QString& username, const QString& email,
                                                        const QString& password, const QByteArray& avatarPng)
{
    Outcome outcome;
    if (refusesToWrite(outcome))
        return outcome;
    for (const QString& problem :
         {AccountValidation::usernameProblem(username), AccountValidation::emailProblem(email),
          AccountValidation::passwordProblem(password)}) {
        if (!problem.isEmpty()) {
            outcome.error = problem;
            return outcome;
        }
    }
    UserRepository users(m_database);
    if (users.usernameTaken(username)) {
        outcome.error = tr("The username %1 is taken.").arg(username);
        return outcome;
    }
    if (users.emailTaken(email)) {
        outcome.error = tr("An account with this email exists already.");
        return outcome;
    }

    // The id is part of what the wrapped keys are bound to, so it is chosen first.
    if (!WriteTransaction::begin(m_database)) {
        outcome.error = tr("The journal is busy; try again.");
        return outcome;
    }
    UserRecord user;
    user.username = username.trimmed();
    user.email = email.trimmed();
    user.createdAt = m_clock();
    user.id = users.nextId();
    const SecretBytes dataKey(Random::bytes(32));
    const RecoveryKey recovery = RecoveryKey::generate();
    outcome.error = wrapUnderPassword(user, dataKey, password);
    user.wrappedKeyRecovery = KeyWrap::wrap(recovery.key(), dataKey, recoveryContext(user.id));
    Session session(user.id, user.username, dataKey);
    if (!avatarPng.isEmpty())
        user.avatar = session.sealAvatar(avatarPng);
    StorageError storageError;
    QSqlError ledgerError;
    // A new account starts its record of posts at once: it never has a time without one.
    if (!outcome.error.isEmpty() || users.insert(user, &storageError) == 0 ||
        !PostLedger(m_database, session).rebuild(&ledgerError) || !WriteTransaction::commit(m_database)) {
        WriteTransaction::rollback(m_database);
        if (outcome.error.isEmpty())
            outcome.error =
                storageError.isError() ? storageError.message : tr("Soliloquy could not save the account.");
        return outcome;
    }
    outcome.session = std::make_unique<Session>(user.id, user.username, dataKey);
    outcome.recoveryKey = recovery.text();
    return outcome;
}

AccountService::Outcome AccountService::login(const QString& login, const QString& password)
{
    Outcome outcome;
    if (refusesToWrite(outcome))
        return outcome;
    UserRepository users(m_database);
    std::optional<UserRecord> user = users.findByLogin(login);
    const QString attempts = attemptsKey(user);
    LoginThrottle throttle(m_database, m_clock);
    if (mustWait(throttle, attempts, outcome))
        return outcome;
    // A crafted file could ask for minutes of hashing and gigabytes: refused before any.
    if (user && Argon2::exceedsLimits(user->passwordHash)) {
        outcome.error = tr("This account's password settings ask for far more memory or time than "
                           "Soliloquy ever uses: the journal file was not written by Soliloquy as it "
                           "is. Restore a backup (Journal > Backups…).");
        return outcome;
    }
    std::optional<SecretBytes> dataKey = openUnderPassword(user ? *user : decoyAccount(), password);
    if (!user || !dataKey) {
        throttle.recordFailure(attempts);
        outcome.error = wrongCredentialsMessage();
        return outcome;
    }
    throttle.recordSuccess(attempts);
    UserRecord updated = *user;
    if (PasswordHasher::needsRehash(user->passwordHash)) {
        // Stronger parameters of a newer version take effect at the next login: the
        // key is wrapped anew under them.
        if (!wrapUnderPassword(updated, *dataKey, password).isEmpty())
            updated = *user;
    } else {
        // An older account drops its verifier; its wrapped key stays as it is.
        updated.passwordHash = KeyDerivation::withoutVerifier(user->passwordHash);
    }
    if (updated.passwordHash != user->passwordHash) {
        StorageError ignored;
        users.update(updated, &ignored);
    }
    outcome.session = sessionFor(*user, std::move(*dataKey));
    return outcome;
}

QString AccountService::changePassword(const Session& session, const QString& currentPassword,
                                       const QString& newPassword)
{
    // A locked session holds no key: wrapping nothing would leave the account without one.
    if (!session.isUnlocked())
        return tr("The journal is locked: unlock it, then try again.");
    if (const QString problem = AccountValidation::passwordProblem(newPassword); !problem.isEmpty())
        return problem;
    UserRepository users(m_database);
    std::optional<UserRecord> user = users.findById(session.userId());
    if (!user || !openUnderPassword(*user, currentPassword))
        return tr("The current password is not right.");
    if (const QString error = wrapUnderPassword(*user, session.dataKey(), newPassword); !error.isEmpty())
        return error;
    StorageError storageError;
    if (!users.update(*user, &storageError))
        return storageError.message;
    return {};
}

std::unique_ptr<KeyRotation> AccountService::beginKeyRotation(const Session& session,
                                                              const QString& currentPassword,
                                                              const QString& newPassword, QString* error)
{
    if (!session.isUnlocked()) {
        *error = tr("The journal is locked: unlock it, then try again.");
        return nullptr;
    }
    if (const QString problem = AccountValidation::passwordProblem(newPassword); !problem.isEmpty()) {
        *error = problem;
        return nullptr;
    }
    // The other computers keep the journal sealed under this key: they could open nothing sealed
    // under a new one.
    if (SyncState(m_database).settings(session.userId())) {
        *error = tr("This journal syncs with other computers, which share its key: the key stays as it "
                    "is. Change the password without a new key; it comes to the other computers by itself.");
        return nullptr;
    }
    std::optional<UserRecord> user = UserRepository(m_database).findById(session.userId());
    if (!user || !openUnderPassword(*user, currentPassword)) {
        *error = tr("The current password is not right.");
        return nullptr;
    }
    const SecretBytes newKey(Random::bytes(32));
    auto next = std::make_unique<Session>(user->id, user->username, newKey);
    next->setImportKeyBase(session.importKeyBase());
    UserRecord prepared = *user;
    if (*error = wrapUnderPassword(prepared, newKey, newPassword); !error->isEmpty())
        return nullptr;
    const RecoveryKey recovery = RecoveryKey::generate();
    prepared.wrappedKeyRecovery = KeyWrap::wrap(recovery.key(), newKey, recoveryContext(user->id));
    prepared.importKeyBase = next->sealImportKeyBase(session.importKeyBase());
    if (!user->avatar.isEmpty()) {
        if (const std::optional<QByteArray> png = session.openAvatar(user->avatar))
            prepared.avatar = next->sealAvatar(*png);
    }
    if (prepared.wrappedKeyRecovery.isEmpty() || prepared.importKeyBase.isEmpty()) {
        *error = tr("Soliloquy could not protect the journal's key; nothing was changed.");
        return nullptr;
    }
    auto rotation = std::make_unique<KeyRotation>(m_database, session, std::move(next), std::move(prepared),
                                                  recovery.text());
    if (*error = rotation->error(); !error->isEmpty())
        return nullptr;
    return rotation;
}

AccountService::Outcome AccountService::issueRecoveryKey(const Session& session, const QString& password)
{
    Outcome outcome;
    if (!session.isUnlocked()) {
        outcome.error = tr("The journal is locked: unlock it, then try again.");
        return outcome;
    }
    UserRepository users(m_database);
    std::optional<UserRecord> user = users.findById(session.userId());
    if (!user || !openUnderPassword(*user, password)) {
        outcome.error = tr("The current password is not right.");
        return outcome;
    }
    const RecoveryKey recovery = RecoveryKey::generate();
    user->wrappedKeyRecovery = KeyWrap::wrap(recovery.key(), session.dataKey(), recoveryContext(user->id));
    StorageError storageError;
    if (user->wrappedKeyRecovery.isEmpty()) {
        outcome.error = tr("Soliloquy could not protect the journal's key; nothing was changed.");
    } else if (!users.update(*user, &storageError)) {
        outcome.error = storageError.message;
    } else {
        outcome.recoveryKey = recovery.text();
    }
    return outcome;
}

std::optional<Profile> AccountService::profile(const Session& session) const
{
    const std::optional<UserRecord> user = UserRepository(m_database).findById(session.userId());
    if (!user)
        return std::nullopt;
    Profile profile;
    profile.username = user->username;
    profile.email = user->email;
    profile.createdAt = user->createdAt;
    profile.pictureCount = AttachmentRepository(m_database).pictureCount(session.userId());
    if (!user->avatar.isEmpty())
        profile.avatarPng = session.openAvatar(user->avatar).value_or(QByteArray());
    return profile;
}

QString AccountService::updateProfile(const Session& session, const QString& email,
                                      const QByteArray& avatarPng)
{
    if (!session.isUnlocked())
        return tr("The journal is locked: unlock it, then try again.");
    if (const QString problem = AccountValidation::emailProblem(email); !problem.isEmpty())
        return problem;
    UserRepository users(m_database);
    std::optional<UserRecord> user = users.findById(session.userId());
    if (!user)
        return tr("This account no longer exists.");
    if (email.trimmed().compare(user->email, Qt::CaseInsensitive) != 0 && users.emailTaken(email.trimmed()))
        return tr("An account with this email exists already.");
    user->email = email.trimmed();
    user->avatar = avatarPng.isEmpty() ? QByteArray() : session.sealAvatar(avatarPng);
    StorageError storageError;
    if (!users.update(*user, &storageError))
        return storageError.message;
    return {};
}

AccountService::Outcome AccountService::recover(const QString& login, const QString& recoveryKeyText,
                                                const QString& newPassword)
{
    Outcome outcome;
    if (refusesToWrite(outcome))
        return outcome;
    if (const QString problem = AccountValidation::passwordProblem(newPassword); !problem.isEmpty()) {
        outcome.error = problem;
        return outcome;
    }
    const std::optional<RecoveryKey> recovery = RecoveryKey::parse(recoveryKeyText);
    if (!recovery) {
        outcome.error = tr("This recovery key is mistyped: check each group of characters.");
        return outcome;
    }
    UserRepository users(m_database);
    std::optional<UserRecord> user = users.findByLogin(login);
    const QString attempts = attemptsKey(user);
    LoginThrottle throttle(m_database, m_clock);
    if (mustWait(throttle, attempts, outcome))
        return outcome;
    std::optional<SecretBytes> dataKey;
    if (user)
        dataKey = KeyWrap::unwrap(recovery->key(), user->wrappedKeyRecovery, recoveryContext(user->id));
    if (!user || !dataKey) {
        throttle.recordFailure(attempts);
        outcome.error = tr("The username or recovery key is not right.");
        return outcome;
    }
    if (const QString error = wrapUnderPassword(*user, *dataKey, newPassword); !error.isEmpty()) {
        outcome.error = error;
        return outcome;
    }
    StorageError storageError;
    if (!users.update(*user, &storageError)) {
        outcome.error = storageError.message;
        return outcome;
    }
    throttle.recordSuccess(attempts);
    outcome.session = sessionFor(*user, std::move(*dataKey));
    return outcome;
}
