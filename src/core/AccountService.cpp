#include "AccountService.h"

#include "AccountValidation.h"
#include "LoginThrottle.h"

#include "crypto/Argon2.h"
#include "crypto/CryptoRuntime.h"
#include "crypto/KeyDerivation.h"
#include "crypto/KeyWrap.h"
#include "crypto/PasswordHasher.h"
#include "crypto/Random.h"
#include "crypto/RecoveryKey.h"
#include "storage/UserRepository.h"

#include <QCoreApplication>
#include <QDateTime>

namespace {

// Failed attempts count against the account, whichever of its name or email was typed and
// however capitalised; an unknown login counts under what was typed. A typed login is
// trimmed, so it never begins with the line break that sets an account's key apart.
QString attemptsKey(const QString& login, const std::optional<UserRecord>& user)
{
    return user ? QStringLiteral("\naccount %1").arg(user->id) : login.trimmed().toLower();
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

AccountService::AccountService(QSqlDatabase database, std::function<qint64()> clock)
    : m_database(std::move(database))
    , m_clock(clock ? std::move(clock) : [] { return QDateTime::currentMSecsSinceEpoch(); })
{}

QString AccountService::wrongCredentialsMessage()
{
    return tr("The username or password is not right.");
}

// The launch asks QCA for its plugins only once the first dialog is up; no account is
// touched before they are known to be there (QCA crashes on an algorithm it lacks).
bool AccountService::refusesToWrite(Outcome& outcome) const
{
    outcome.error = CryptoRuntime::missingFeatures();
    if (outcome.error.isEmpty() && m_writeGuard)
        outcome.error = m_writeGuard();
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
    user.passwordHash = PasswordHasher::hash(password);
    if (user.passwordHash.isEmpty())
        return tr("Soliloquy could not protect the password (out of memory?).");
    user.keySalt = Random::bytes(16);
    // The key takes its Argon2 parameters from the new verifier, so the two always match.
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
    if (!m_database.transaction()) {
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
    if (!outcome.error.isEmpty() || users.insert(user, &storageError) == 0 || !m_database.commit()) {
        m_database.rollback();
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
    const QString attempts = attemptsKey(login, user);
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
    // An unknown name costs a hash too, so timing does not tell which names exist.
    const bool passwordRight = user ? PasswordHasher::verify(password, user->passwordHash)
                                    : (PasswordHasher::verify(password, PasswordHasher::decoyHash()), false);
    std::optional<SecretBytes> dataKey;
    if (passwordRight) {
        // The parameters the key was made with, not today's defaults: those may have grown since.
        const SecretBytes wrappingKey =
            KeyDerivation::fromPassword(password, user->keySalt, user->passwordHash);
        dataKey = KeyWrap::unwrap(wrappingKey, user->wrappedKeyPassword, passwordContext(user->id));
    }
    if (!dataKey) {
        throttle.recordFailure(attempts);
        outcome.error = wrongCredentialsMessage();
        return outcome;
    }
    throttle.recordSuccess(attempts);
    if (PasswordHasher::needsRehash(user->passwordHash)) {
        // Stronger parameters of a newer version take effect at the next login: the
        // verifier and the wrapped key are redone together and saved in one update.
        UserRecord updated = *user;
        StorageError ignored;
        if (wrapUnderPassword(updated, *dataKey, password).isEmpty())
            users.update(updated, &ignored);
    }
    outcome.session = std::make_unique<Session>(user->id, user->username, std::move(*dataKey));
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
    if (!user || !PasswordHasher::verify(currentPassword, user->passwordHash))
        return tr("The current password is not right.");
    if (const QString error = wrapUnderPassword(*user, session.dataKey(), newPassword); !error.isEmpty())
        return error;
    StorageError storageError;
    if (!users.update(*user, &storageError))
        return storageError.message;
    return {};
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
    const QString attempts = attemptsKey(login, user);
    LoginThrottle throttle(m_database, m_clock);
    if (mustWait(throttle, attempts, outcome))
        return outcome;
    std::optional<SecretBytes> dataKey;
    if (user)
        dataKey = KeyWrap::unwrap(recovery->key(), user->wrappedKeyRecovery, recoveryContext(user->id));
    if (!dataKey) {
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
    outcome.session = std::make_unique<Session>(user->id, user->username, std::move(*dataKey));
    return outcome;
}
