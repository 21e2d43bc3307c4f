#pragma once

#include "core/SyncRound.h"

#include <QDateTime>
#include <QFileSystemWatcher>
#include <QFutureWatcher>
#include <QObject>
#include <QSqlDatabase>
#include <QStringList>
#include <QTimer>

class Session;

// Keeps the unlocked account in step with its sync folder while the window is open: a round
// runs on a worker thread (with a connection of its own) a moment after each post, when the
// folder changes, and every few minutes besides; typing never waits for one. What a round did
// is told as a status line; changes that arrived make the chat reload.
class SyncController : public QObject
{
    Q_OBJECT

public:
    // After a post, a round waits this long for more (a burst of posts goes in one round).
    static constexpr int DebounceMs = 1500;
    static constexpr int PeriodMs = 5 * 60 * 1000;

    explicit SyncController(QObject* parent = nullptr);
    ~SyncController() override;

    // After the unlock: rounds start when the account syncs.
    void start(const QString& databasePath, const QSqlDatabase& connection, const Session* session);
    // At the lock: waits for the round in progress, then does nothing until the next start().
    void stop();

    bool isSyncing() const { return m_settings.has_value(); }
    QString folder() const { return m_settings ? m_settings->folder : QString(); }
    QString computerName() const { return m_settings ? m_settings->computerName : QString(); }
    // Turns sync on for the account with `folder` and runs a first round.
    bool enable(const QString& folder, const QString& computerName, QString* error);
    // Gives this computer a new name: kept here at once, and written into the folder for the
    // other computers by a round that follows.
    bool rename(const QString& computerName, QString* error);

    // A round soon (after a post), or now.
    void syncSoon();
    void syncNow();
    bool isRunning() const { return m_round.isRunning(); }

    QDateTime lastRound() const { return m_lastRound; }
    // The last round's status, in the user's words ("Synced at 14:02", "The folder ... is not there").
    QString status() const { return m_status; }
    QStringList problems() const { return m_problems; }
    // The names of the computers keeping the journal, this one first (as of the last round).
    QStringList computers() const { return m_computers; }

Q_SIGNALS:
    void statusChanged(const QString& status);
    // Posts of other computers were applied, or the account changed there (an avatar): what
    // is shown is to be read again.
    void changesArrived();
    void roundFinished();

private:
    void loadSettings();
    void watchFolder();
    void finishRound();
    bool storeComputerName(const QString& computerName, QString* error);
    // Stores a name given while a round ran (once it has ended); why not, or empty.
    QString storeRenameAfterRound();

    QString m_databasePath;
    QSqlDatabase m_connection;
    const Session* m_session = nullptr;
    std::optional<SyncState::Settings> m_settings;
    QTimer m_debounce;
    QTimer m_period;
    QFileSystemWatcher m_watcher;
    QFutureWatcher<SyncRound::Report> m_round;
    bool m_again = false;
    QString m_renameAfterRound; // a name given while a round ran, which saves the settings it read
    QDateTime m_lastRound;
    QString m_status;
    QStringList m_problems;
    QStringList m_computers;
};
