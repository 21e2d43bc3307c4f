#pragma once

#include "HybridLogicalClock.h"
#include "Session.h"
#include "SyncFolder.h"

#include "storage/UserRecord.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// The account as a computer that joins it needs it, kept in the sync folder by each computer
// that syncs (computers/<id>/account.json): the account's id, and its key wrapped under the
// password and under the recovery key as in the journal, so that the same password opens it
// everywhere. A sealed profile repeats the account's email, avatar and wrapped keys, with the
// computer's name and when the account last changed: a computer takes a newer account from
// there (a password or email changed elsewhere) only as the sealed profile says, so nothing in
// the folder that does not open with the account's key can change the account. Nothing in the
// file opens without the password or the recovery key.
class SyncAccount
{
    Q_DECLARE_TR_FUNCTIONS(SyncAccount)

public:
    // What a computer's account file says once its sealed profile opened.
    struct Profile
    {
        QByteArray computerId;
        QString computerName;
        quint64 changedAt = 0;   // a clock stamp; 0 when the account never changed there
        bool hasAccount = false; // written by a version that repeats the account in the profile
        UserRecord account;      // the username is that computer's own login name
    };

    // Writes this computer's account file with the account as `user` is and the name the
    // computer goes by, whole or not at all.
    static bool write(const SyncFolder& folder, const QByteArray& computerId, const QString& computerName,
                      const UserRecord& user, quint64 changedAt, const Session& session, QString* error);
    // The profiles of the folder's account files that open with the session's key.
    static QList<Profile> profiles(const SyncFolder& folder, const Session& session);
    // The names of the computers that keep the account in the folder, by computer id.
    static QMap<QByteArray, QString> computers(const SyncFolder& folder, const Session& session);
    // The account a folder holds, as last changed: its id and keys (the username and email
    // empty, see openProfile()).
    static std::optional<UserRecord> find(const SyncFolder& folder, QString* error);
    // Opens the sealed username and email of the account in `folder` into `user`.
    static bool openProfile(const SyncFolder& folder, const Session& session, UserRecord* user);

    // Keeps the account here and in this computer's file in step with the other computers':
    // an account changed later elsewhere (password, recovery key, email, avatar) is taken into
    // the journal; one changed here is written to the folder, as is this computer's new name.
    // `*taken` says whether the journal's account changed.
    static bool keepInStep(QSqlDatabase database, const SyncFolder& folder, const QByteArray& computerId,
                           const QString& computerName, HybridLogicalClock& clock, const Session& session,
                           bool* taken, QString* error);
};
