#pragma once

#include "Profile.h"
#include "Session.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class KeyRotation;
struct UserRecord;

// Registering, unlocking and recovering accounts. Each account has a random
// data key, stored only wrapped: under a key derived from the password and
// under the recovery key shown once at registration.
class AccountService
{
public:
    struct Outcome
    {
        std::unique_ptr<Session> session; // set on success
        QString error;                    // in the user's words, set on failure
        qint64 retryAfterMs = 0;          // set when too many attempts failed
        QString recoveryKey;              // set by registration only, shown once
    };

    explicit AccountService(const QSqlDatabase& database, std::function<qint64()> clock = nullptr);

    // Asked before registering, logging in or recovering writes to the journal: a message
    // in the user's words refuses (a journal found damaged), an empty one lets it go on.
    void setWriteGuard(std::function<QString()> guard) { m_writeGuard = std::move(guard); }
    // Why nothing may be written to the journal now (crypto missing, a damaged journal), or empty:
    // asked too by work that writes on a connection of its own, such as joining a synced journal.
    QString writeRefusal() const;
    // The journal's file, for work that opens a connection of its own to it.
    QString journalPath() const { return m_database.databaseName(); }

    // Up to `limit` usernames, oldest account first.
    QStringList usernames(int limit) const;
    bool usernameTaken(const QString& username) const;
    bool emailTaken(const QString& email) const;

    Outcome registerAccount(const QString& username, const QString& email, const QString& password,
                            const QByteArray& avatarPng = {});
    Outcome login(const QString& login, const QString& password);
    // Re-wraps the data key under the new password; the posts are not touched.
    QString changePassword(const Session& session, const QString& currentPassword,
                           const QString& newPassword);
    // Starts sealing the whole journal anew under a new data key, wrapped under the new
    // password and a new recovery key (the old password and recovery key stop working, old
    // backups keep theirs): null with `error` set when the current password is not right or
    // the new one will not do. The journal changes only when the rotation finishes.
    std::unique_ptr<KeyRotation> beginKeyRotation(const Session& session, const QString& currentPassword,
                                                  const QString& newPassword, QString* error);
    // A new recovery key in place of the old one, which stops opening the journal: in the
    // outcome's recoveryKey, to be shown once. Asks for the password again, as a stranger at
    // an unlocked window must not take the account over.
    Outcome issueRecoveryKey(const Session& session, const QString& password);
    std::optional<Profile> profile(const Session& session) const;
    // Sets the email and the avatar (empty: the identicon); empty string on success, else why not.
    QString updateProfile(const Session& session, const QString& email, const QByteArray& avatarPng);
    // Opens the data key with the recovery key and sets a new password.
    Outcome recover(const QString& login, const QString& recoveryKey, const QString& newPassword);

    static QString wrongCredentialsMessage();

private:
    // The data key when `password` is the account's, else nothing.
    static std::optional<SecretBytes> openUnderPassword(const UserRecord& user, const QString& password);
    QString wrapUnderPassword(UserRecord& user, const SecretBytes& dataKey, const QString& password) const;
    bool refusesToWrite(Outcome& outcome) const;
    // The session of an unlocked account, with the key its import keys are made with.
    static std::unique_ptr<Session> sessionFor(const UserRecord& user, SecretBytes dataKey);

    QSqlDatabase m_database;
    std::function<qint64()> m_clock;
    std::function<QString()> m_writeGuard;
};
