#include "Migrator.h"

#include "SqliteErrors.h"
#include "SqliteHandle.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

#include <sqlite3.h>

namespace {

const char* const createRecordTable = "CREATE TABLE IF NOT EXISTS schema_migrations ("
                                      " version INTEGER PRIMARY KEY,"
                                      " name TEXT NOT NULL,"
                                      " sha256 TEXT NOT NULL,"
                                      " applied_at INTEGER NOT NULL) STRICT";

} // namespace

Migrator::Migrator(const QSqlDatabase& database, QList<Migration> migrations)
    : m_database(database)
    , m_migrations(std::move(migrations))
{}

int Migrator::currentVersion() const
{
    QSqlQuery query(m_database);
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return 0;
}

int Migrator::latestVersion() const
{
    return m_migrations.isEmpty() ? 0 : m_migrations.constLast().version;
}

QList<Migration> Migrator::pending() const
{
    const int current = currentVersion();
    QList<Migration> result;
    for (const Migration& migration : m_migrations) {
        if (migration.version > current)
            result << migration;
    }
    return result;
}

StorageError Migrator::verifyChecksums() const
{
    QSqlQuery query(m_database);
    if (!query.exec(QStringLiteral("SELECT version, name, sha256 FROM schema_migrations ORDER BY version")))
        return {}; // a new file records nothing yet
    while (query.next()) {
        const int version = query.value(0).toInt();
        const QString name = query.value(1).toString();
        const QByteArray recorded = query.value(2).toByteArray();
        for (const Migration& migration : m_migrations) {
            if (migration.version == version && migration.sha256Hex() != recorded) {
                return {StorageError::Code::ChecksumMismatch,
                        QCoreApplication::translate(
                            "Migrator",
                            "The journal was set up with a different version of migration %1 than "
                            "this build of Soliloquy carries. To keep your journal safe, Soliloquy will "
                            "not open it. Use the Soliloquy version that created it.")
                            .arg(name)};
            }
        }
    }
    return {};
}

StorageError Migrator::applyPending()
{
    return applyUpTo(latestVersion());
}

StorageError Migrator::applyUpTo(int version)
{
    for (const Migration& migration : pending()) {
        if (migration.version > version)
            break;
        if (StorageError error = apply(migration); error.isError())
            return error;
    }
    return {};
}

StorageError Migrator::apply(const Migration& migration)
{
    sqlite3* handle = SqliteHandle::of(m_database);
    if (!handle)
        return {StorageError::Code::CannotOpen,
                QCoreApplication::translate("Migrator", "The journal is not open.")};

    auto fail = [&](int code) {
        const QString detail = QString::fromUtf8(sqlite3_errmsg(handle));
        sqlite3_exec(handle, "ROLLBACK", nullptr, nullptr, nullptr);
        StorageError error = SqliteErrors::toStorageError(
            code,
            QCoreApplication::translate(
                "Migrator", "Could not upgrade the journal with migration %1 (%2). The journal was left "
                            "as it was before.")
                .arg(migration.name, detail));
        if (error.code == StorageError::Code::Io)
            error.code = StorageError::Code::MigrationFailed;
        return error;
    };

    int rc = sqlite3_exec(handle, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return fail(rc);
    rc = sqlite3_exec(handle, createRecordTable, nullptr, nullptr, nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_exec(handle, migration.sql.constData(), nullptr, nullptr, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_stmt* record = nullptr;
        rc = sqlite3_prepare_v2(handle,
                                "INSERT INTO schema_migrations (version, name, sha256, applied_at) "
                                "VALUES (?, ?, ?, ?)",
                                -1, &record, nullptr);
        if (rc == SQLITE_OK) {
            const QByteArray name = migration.name.toUtf8();
            const QByteArray checksum = migration.sha256Hex();
            sqlite3_bind_int(record, 1, migration.version);
            sqlite3_bind_text(record, 2, name.constData(), int(name.size()), SQLITE_TRANSIENT);
            sqlite3_bind_text(record, 3, checksum.constData(), int(checksum.size()), SQLITE_TRANSIENT);
            sqlite3_bind_int64(record, 4, QDateTime::currentMSecsSinceEpoch());
            rc = sqlite3_step(record);
            rc = rc == SQLITE_DONE ? SQLITE_OK : rc;
            sqlite3_finalize(record);
        }
    }
    if (rc == SQLITE_OK) {
        const QByteArray pragmas = QByteArray("PRAGMA user_version = ") +
                                   QByteArray::number(migration.version) +
                                   "; PRAGMA application_id = " + QByteArray::number(ApplicationId) + ";";
        rc = sqlite3_exec(handle, pragmas.constData(), nullptr, nullptr, nullptr);
    }
    if (rc == SQLITE_OK)
        rc = sqlite3_exec(handle, "COMMIT", nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return fail(rc);
    return {};
}
