#pragma once

#include "Migration.h"
#include "StorageError.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

class IntegrityCheck;
class JournalLock;

// The journal file, open for writing by this process alone.
//
// open() refuses anything that is not a healthy Soliloquy journal of a version
// this build knows, without writing to it; takes the one-writer lock; backs the
// file up before upgrading its schema; and sets the pragmas that make a saved
// post survive a crash or power loss.
class Database
{
public:
    // The long steps of an upgrade, in their order: told to whoever shows its progress.
    enum class UpgradeStep
    {
        Checking,
        BackingUp,
        Upgrading
    };

    struct Options
    {
        bool migrate = true;
        int backupsToKeep = 10;
        QList<Migration> migrations = Migration::bundled();
        // A damage check that runs beside the launch (see IntegrityCheck). The open does
        // not wait for it unless it upgrades the journal; whoever writes first must ask it.
        IntegrityCheck* integrityCheck = nullptr;
        // Called before each long step of upgrading an existing journal, and never when
        // there is nothing to upgrade (a new file is not "upgraded").
        std::function<void(UpgradeStep)> upgradeProgress;
        // For a command from a terminal: when the window (or another command) holds the
        // journal, open it beside them instead of refusing. SQLite's write-ahead log lets
        // several processes write, one transaction at a time; such an open neither
        // upgrades the journal nor restores it, and waits for the others' writes.
        bool besideOthers = false;

        // The options of a command from a terminal that writes posts or reads them.
        static Options besideTheWindow()
        {
            Options options;
            options.besideOthers = true;
            return options;
        }
    };

    explicit Database(QString path);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    bool open(const Options& options);
    bool open() { return open(Options()); }
    void close();

    bool isOpen() const;
    // Whether this open shares the journal with another process (Options::besideOthers).
    bool isShared() const { return isOpen() && !m_lock; }
    QString path() const { return m_path; }
    QSqlDatabase connection() const;
    StorageError error() const { return m_error; }
    int schemaVersion() const;
    // Whether the open journal still needs an upgrade: after an open with Options::migrate
    // false, which leaves the upgrade to whoever shows its progress.
    bool upgradePending() const;
    // The backup taken before the last upgrade, empty when none was needed.
    QString lastUpgradeBackup() const { return m_lastUpgradeBackup; }

    // Writes a consistent copy of the journal to `file`.
    StorageError backupTo(const QString& file) const;
    // Replaces the journal at `databasePath` (which must not be open) with a verified
    // backup. The file it replaces is kept in the backups folder as "...-replaced-...".
    // True while another live process holds the journal open.
    static bool isOpenElsewhere(const QString& path);
    static StorageError restore(const QString& databasePath, const QString& backupFile);

private:
    bool fail(StorageError error);
    bool startSyncing(const QSqlDatabase& database);
    StorageError applyPragmas();

    QString m_path;
    QString m_connectionName;
    std::unique_ptr<JournalLock> m_lock;
    StorageError m_error;
    QString m_lastUpgradeBackup;
    QList<Migration> m_migrations;
};
