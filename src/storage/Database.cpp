#include "Database.h"

#include "Backup.h"
#include "BackupFolder.h"
#include "IntegrityCheck.h"
#include "JournalCompanions.h"
#include "JournalInspector.h"
#include "JournalLock.h"
#include "Migrator.h"
#include "PrivateFiles.h"
#include "ReadOnlyConnection.h"
#include "SqliteErrors.h"
#include "SqliteHandle.h"
#include "SqliteVersion.h"
#include "SyncOutbox.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>

namespace {

// Journals set aside by restores that are kept (the name sorts by time).
constexpr int ReplacedJournalsKept = 10;
QAtomicInteger<int> connectionCounter;

std::unique_ptr<JournalLock> lockFor(const QString& databasePath, StorageError* error)
{
    auto lock = std::make_unique<JournalLock>(databasePath + QStringLiteral(".lock"));
    switch (lock->tryLock()) {
    case JournalLock::Outcome::Taken:
        return lock;
    case JournalLock::Outcome::HeldElsewhere:
        *error = {StorageError::Code::Locked,
                  QCoreApplication::translate(
                      "Database",
                      "Soliloquy is already open on this journal (process %1). Switch to that window, "
                      "or close it first.")
                      .arg(lock->holderProcessId())};
        break;
    case JournalLock::Outcome::NoPermission:
        *error = {
            StorageError::Code::ReadOnly,
            QCoreApplication::translate(
                "Database", "Soliloquy cannot write in the folder %1, so it cannot open the journal there.")
                .arg(QFileInfo(databasePath).absolutePath())};
        break;
    case JournalLock::Outcome::Failed:
        *error = {
            StorageError::Code::Io,
            QCoreApplication::translate("Database", "Soliloquy could not lock the journal %1 for writing.")
                .arg(databasePath)};
    }
    return nullptr;
}

StorageError makeFolderFor(const QString& databasePath)
{
    const QString folder = QFileInfo(databasePath).absolutePath();
    if (PrivateFiles::makeFolder(folder))
        return {};
    return {StorageError::Code::ReadOnly,
            QCoreApplication::translate("Database", "Soliloquy could not create the folder %1.").arg(folder)};
}

// The highest post id the journal at `path` ever gave; 0 when it cannot be read.
qint64 highestPostIdOf(const QString& path)
{
    qint64 highest = 0;
    sqlite3* connection = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &connection, SQLITE_OPEN_READONLY, nullptr) ==
        SQLITE_OK) {
        for (const char* sql : {"SELECT last FROM post_ids", "SELECT coalesce(max(id), 0) FROM posts"}) {
            sqlite3_stmt* statement = nullptr;
            if (sqlite3_prepare_v2(connection, sql, -1, &statement, nullptr) == SQLITE_OK &&
                sqlite3_step(statement) == SQLITE_ROW)
                highest = std::max(highest, qint64(sqlite3_column_int64(statement, 0)));
            sqlite3_finalize(statement);
        }
    }
    sqlite3_close(connection);
    return highest;
}

// A restored copy gives no post id the journal it replaces gave: that journal is kept, its
// posts sealed to their ids. (A copy from before post_ids counts from its own posts.)
void raiseHighestPostId(const QString& path, qint64 highest)
{
    sqlite3* connection = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &connection, SQLITE_OPEN_READWRITE, nullptr) ==
        SQLITE_OK) {
        sqlite3_stmt* statement = nullptr;
        if (sqlite3_prepare_v2(connection, "UPDATE post_ids SET last = max(last, ?)", -1, &statement,
                               nullptr) == SQLITE_OK) {
            sqlite3_bind_int64(statement, 1, highest);
            sqlite3_step(statement);
        }
        sqlite3_finalize(statement);
    }
    sqlite3_close(connection);
}

// Everything committed moved from the -wal into the journal file itself, so that the file
// can be set aside alone; false when it cannot be written.
bool checkpoint(const QString& path)
{
    sqlite3* connection = nullptr;
    bool done = false;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &connection, SQLITE_OPEN_READWRITE, nullptr) ==
        SQLITE_OK)
        done = sqlite3_exec(connection, "PRAGMA wal_checkpoint(TRUNCATE)", nullptr, nullptr, nullptr) ==
               SQLITE_OK;
    sqlite3_close(connection);
    return done;
}

// A restore cut short between its two renames (the journal set aside, the restored copy
// not yet in its place) is finished: the user asked for it, and the copy is whole.
void finishInterruptedRestore(const QString& databasePath)
{
    const QString incoming = databasePath + QStringLiteral(".restoring");
    if (!QFileInfo::exists(databasePath) && QFileInfo::exists(incoming))
        QFile::rename(incoming, databasePath);
}

} // namespace

Database::Database(QString path)
    : m_path(std::move(path))
    , m_connectionName(QStringLiteral("soliloquy-%1").arg(connectionCounter.fetchAndAddRelaxed(1)))
{}

Database::~Database()
{
    close();
}

bool Database::fail(StorageError error)
{
    const bool ownsTheFiles = m_lock != nullptr;
    if (QSqlDatabase::contains(m_connectionName)) {
        SyncOutbox::stop(QSqlDatabase::database(m_connectionName, false));
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    // A refused journal is left as it was: without the empty log and index that looking into
    // it made. Only while this lock is held does nobody else have them open.
    if (ownsTheFiles)
        JournalCompanions::removeEmpty(m_path);
    close();
    m_error = std::move(error);
    return false;
}

bool Database::open(const Options& options)
{
    close();
    m_error = {};
    m_lastUpgradeBackup.clear();
    m_migrations = options.migrations;

    if (StorageError error = makeFolderFor(m_path); error.isError())
        return fail(error);
    m_lock = lockFor(m_path, &m_error);
    if (!m_lock && !(options.besideOthers && m_error.code == StorageError::Code::Locked))
        return fail(m_error);
    const bool shared = !m_lock;
    m_error = {};
    if (!shared) {
        // Only the holder of the lock may finish a restore or change the files' modes.
        finishInterruptedRestore(m_path);
        // Made here, not by SQLite, so that a new journal is private from its first byte.
        PrivateFiles::createFile(m_path);
        PrivateFiles::restrictJournal(m_path);
    }

    const auto tell = [&options](UpgradeStep step) {
        if (options.upgradeProgress)
            options.upgradeProgress(step);
    };
    const bool deferred = options.integrityCheck != nullptr;
    JournalInspection inspection = JournalInspector::inspect(m_path, m_migrations,
                                                             deferred ? JournalInspector::Depth::Header
                                                                      : JournalInspector::Depth::QuickCheck);
    // An upgrade writes at once: it waits for the check, and a file it did not pass is
    // checked again here, so that the refusal is worded as usual.
    if (!inspection.error.isError() && deferred && options.migrate && inspection.holdsSchema &&
        !inspection.pending.isEmpty()) {
        tell(UpgradeStep::Checking);
        if (!options.integrityCheck->passed())
            inspection = JournalInspector::inspect(m_path, m_migrations, JournalInspector::Depth::QuickCheck);
    }
    if (inspection.error.isError())
        return fail(inspection.error);
    if (shared && options.migrate && !inspection.pending.isEmpty())
        return fail({StorageError::Code::Locked,
                     QCoreApplication::translate(
                         "Database", "The journal needs an upgrade, which Soliloquy makes only while nothing "
                                     "else has it open. Close the Soliloquy window, then try again.")});

    QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    database.setDatabaseName(m_path);
    database.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!database.open()) {
        return fail(SqliteErrors::toStorageError(
            database.lastError(), QCoreApplication::translate("Database", "Soliloquy could not open %1: %2")
                                      .arg(m_path, database.lastError().text())));
    }
    // Soliloquy's own SQLite calls work on this connection's handle: one library, or none.
    if (const QString difference = SqliteVersion::differenceWithDriver(database); !difference.isEmpty())
        return fail({StorageError::Code::CannotOpen, difference});
    if (StorageError error = applyPragmas(); error.isError())
        return fail(error);

    Migrator migrator(database, m_migrations);
    if (!options.migrate || migrator.pending().isEmpty())
        return startSyncing(database);
    if (inspection.holdsSchema) {
        tell(UpgradeStep::BackingUp);
        const BackupFolder backups(m_path);
        PrivateFiles::makeFolder(backups.path());
        const QString file = backups.newBackupPath(inspection.version);
        if (StorageError error = Backup::writeCopy(SqliteHandle::of(database), file); error.isError()) {
            error.message =
                QCoreApplication::translate(
                    "Database", "Soliloquy did not upgrade the journal because it could not back it up "
                                "first. %1")
                    .arg(error.message);
            return fail(error);
        }
        backups.keepNewest(options.backupsToKeep);
        m_lastUpgradeBackup = file;
        tell(UpgradeStep::Upgrading);
    }
    if (StorageError error = migrator.applyPending(); error.isError())
        return fail(error);
    return startSyncing(database);
}

// A journal that syncs records every write for the other computers (see SyncOutbox).
bool Database::startSyncing(const QSqlDatabase& database)
{
    if (QString cause; !SyncOutbox::startIfSyncing(database, &cause)) {
        return fail({StorageError::Code::CannotOpen,
                     QCoreApplication::translate("Database", "Soliloquy cannot record changes for sync: %1")
                         .arg(cause)});
    }
    return true;
}

StorageError Database::applyPragmas()
{
    QSqlQuery query(connection());
    // WAL with synchronous=FULL: a commit that returned is on disk, even after power loss.
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !query.next() ||
        query.value(0).toString() != QLatin1String("wal")) {
        return SqliteErrors::toStorageError(
            query.lastError(), QCoreApplication::translate(
                                   "Database", "Soliloquy could not prepare the journal for safe writing: %1")
                                   .arg(query.lastError().text()));
    }
    for (const QString& pragma :
         {QStringLiteral("PRAGMA synchronous = FULL"), QStringLiteral("PRAGMA foreign_keys = ON")}) {
        if (!query.exec(pragma))
            return SqliteErrors::toStorageError(query.lastError(), query.lastError().text());
    }
    return {};
}

void Database::close()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        SyncOutbox::stop(QSqlDatabase::database(m_connectionName, false));
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_lock.reset();
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    return Migrator(connection(), m_migrations).currentVersion();
}

bool Database::upgradePending() const
{
    return isOpen() && !Migrator(connection(), m_migrations).pending().isEmpty();
}

StorageError Database::backupTo(const QString& file) const
{
    return Backup::writeCopy(SqliteHandle::of(connection()), file);
}

bool Database::isOpenElsewhere(const QString& path)
{
    StorageError error;
    return !lockFor(path, &error) && error.code == StorageError::Code::Locked;
}

StorageError Database::restore(const QString& databasePath, const QString& backupFile)
{
    if (!QFileInfo::exists(backupFile))
        return {StorageError::Code::BackupFailed,
                QCoreApplication::translate("Database", "The backup %1 does not exist.").arg(backupFile)};
    if (StorageError error = makeFolderFor(databasePath); error.isError())
        return error;
    StorageError lockError;
    const std::unique_ptr<JournalLock> lock = lockFor(databasePath, &lockError);
    if (!lock)
        return lockError;
    finishInterruptedRestore(databasePath);

    const JournalInspection backup =
        JournalInspector::inspect(backupFile, Migration::bundled(), JournalInspector::Depth::QuickCheck);
    if (backup.error.isError() || !backup.holdsSchema) {
        return {StorageError::Code::BackupFailed,
                QCoreApplication::translate(
                    "Database", "%1 is not a usable Soliloquy backup, so the journal was left as it was. %2")
                    .arg(backupFile, backup.error.message)};
    }

    // Copy the backup beside the journal first, so the swap below is two renames.
    const QString incoming = databasePath + QStringLiteral(".restoring");
    QFile::remove(incoming);
    {
        ReadOnlyConnection source(backupFile);
        if (StorageError error = Backup::writeCopy(SqliteHandle::of(source.database()), incoming);
            error.isError())
            return error;
    }

    const BackupFolder backups(databasePath);
    if (QFileInfo::exists(databasePath)) {
        raiseHighestPostId(incoming, highestPostIdOf(databasePath));
        PrivateFiles::makeFolder(backups.path());
        const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmsszzz"));
        const QString setAside = QDir(backups.path())
                                     .filePath(QFileInfo(databasePath).completeBaseName() +
                                               QStringLiteral("-replaced-%1.sqlite3").arg(stamp));
        // The journal whole in its own file first; then its -wal and -shm, and itself last,
        // so that a power cut at any point leaves a journal that opens: the one replaced,
        // or (cut before the last rename) the restored copy, put in place at the next open.
        bool moved = !QFileInfo::exists(databasePath + QStringLiteral("-wal")) || checkpoint(databasePath);
        for (const QString& suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            if (moved && QFileInfo::exists(databasePath + suffix)) {
                moved = QFile::rename(databasePath + suffix, setAside + suffix);
                PrivateFiles::restrict(setAside + suffix);
            }
        }
        moved = moved && QFile::rename(databasePath, setAside);
        PrivateFiles::restrict(setAside);
        if (!moved) {
            QFile::remove(incoming);
            return {StorageError::Code::Io,
                    QCoreApplication::translate(
                        "Database",
                        "Soliloquy could not move the current journal aside, so nothing was restored.")};
        }
    }
    if (!QFile::rename(incoming, databasePath))
        return {StorageError::Code::Io,
                QCoreApplication::translate("Database",
                                            "Soliloquy could not put the restored journal in place.")};
    // Journals set aside by restores are kept like backups: the newest few.
    QStringList replaced =
        QDir(backups.path())
            .entryList({QStringLiteral("*-replaced-*.sqlite3")}, QDir::Files, QDir::Name | QDir::Reversed);
    for (qsizetype i = ReplacedJournalsKept; i < replaced.size(); ++i) {
        const QString old = QDir(backups.path()).filePath(replaced.at(i));
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(old + suffix);
    }
    return {};
}
