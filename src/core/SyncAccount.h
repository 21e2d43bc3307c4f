#pragma once

#include "Session.h"
#include "SyncFolder.h"

#include "storage/UserRecord.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

// The account as a computer that joins it needs it, kept in the sync folder by each computer
// that syncs (computers/<id>/account.json, written once): the account's id, and its key wrapped
// under the password and under the recovery key as in the journal, so that the same password
// opens it everywhere. The username and email are sealed under the account's key; nothing in the
// file opens without the password or the recovery key.
class SyncAccount
{
    Q_DECLARE_TR_FUNCTIONS(SyncAccount)

public:
    // Writes the account's file for this computer, unless it is there.
    static bool write(const SyncFolder& folder, const QByteArray& computerId, const UserRecord& user,
                      const Session& session, QString* error);
    // The account a folder holds: its id and keys (the username and email empty, see profile()).
    static std::optional<UserRecord> find(const SyncFolder& folder, QString* error);
    // Opens the sealed username and email of the account in `folder` into `user`.
    static bool openProfile(const SyncFolder& folder, const Session& session, UserRecord* user);
};
