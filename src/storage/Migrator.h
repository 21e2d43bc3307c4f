#pragma once

#include "Migration.h"
#include "StorageError.h"

#include <QSqlDatabase>

// Brings a journal file's schema up to date, one migration per transaction:
// a failure leaves the file at the previous version with nothing half-applied.
class Migrator
{
public:
    // PRAGMA application_id of every Soliloquy journal ("Soli").
    static constexpr int ApplicationId = 0x536f6c69;

    Migrator(const QSqlDatabase& database, QList<Migration> migrations);

    int currentVersion() const;
    int latestVersion() const;
    QList<Migration> pending() const;

    // Refuses a file whose recorded migrations differ from the ones this build carries.
    StorageError verifyChecksums() const;
    StorageError applyPending();
    // Applies pending migrations up to and including `version` (fixtures in tests use this).
    StorageError applyUpTo(int version);

private:
    StorageError apply(const Migration& migration);

    QSqlDatabase m_database;
    QList<Migration> m_migrations;
};
