#pragma once

#include <QDate>
#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class SyncController;
class AccountService;
class AppSettings;
class DailyReminder;
class Database;
class IntegrityCheck;
class Journal;
class MainWindow;
class QDialog;
class SearchIndex;
class Session;
class TrayController;

// Leads from the opened journal file to the unlocked window and back: the first
// launch registers, later ones log in; Ctrl+L and the idle timeout lock again.
// It never waits inside a dialog: each is opened with open() and the controller goes on
// when it finishes, so that a lock or the damage check can come at any moment.
class AppController : public QObject
{
    Q_OBJECT

public:
    explicit AppController(std::unique_ptr<Database> database, QObject* parent = nullptr);
    ~AppController() override;

    // The damage check of the journal, still under way (see Database::Options): the first
    // dialog shows at once, and nothing is written before the check has answered.
    void setIntegrityCheck(std::unique_ptr<IntegrityCheck> check);
    // Shows registration or login and returns; unlocked() follows when the user is in,
    // quitting() when the user quit instead, damageFound() when the check found the journal
    // damaged meanwhile.
    void start();
    bool journalDamaged() const { return !m_journalDamage.isEmpty(); }
    // Wipes the key and every decrypted text, then asks to unlock again. The dialogs open
    // over the window close first; a transfer is cancelled and the lock follows its end.
    void lockSession();
    bool isLocked() const;

    void setAutoLockMinutes(int minutes); // 0 = never
    // Test hook: a timeout in milliseconds, so that a test need not wait minutes.
    void setIdleTimeoutForTesting(int milliseconds);
    // The main window, made on first use: at launch, while the user types the password,
    // so that the login appears sooner.
    MainWindow* window();
    const Session* session() const { return m_session.get(); }
    SearchIndex* searchIndex() const { return m_index.get(); }
    SyncController* sync() const { return m_sync; }
    AppSettings* settings() const { return m_settings.get(); }
    // Made on first use, or shortly after the first dialog is shown.
    TrayController* tray();
    DailyReminder* reminder() const { return m_reminder.get(); }
    // How long the journal may sit idle before it locks itself (0 = never).
    int idleTimeoutMilliseconds() const { return m_idleTimer.interval(); }

    // A request of a second start (SingleInstance): "show" or "write".
    void handleRequest(const QString& request);
    // The window to the front with the cursor in the composer; the login first when locked.
    void showForWriting();
    // Saves the draft, closes the window and ends the application.
    void quit();

Q_SIGNALS:
    // The window shows the journal: after the registration, a login or an unlock.
    void unlocked();
    // The user chose to end Soliloquy (the login's Quit, Ctrl+Q, the tray's Quit).
    void quitting();
    // The damage check of the launch found the journal damaged: every dialog is closed and
    // nothing was written. Whoever started the controller hands the journal to JournalOpener.
    void damageFound();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

    // Opens the list of backups; a restore replaces the journal and asks to unlock again.
    void showBackups();
    // Closes the journal, puts the backup in its place and asks to unlock it.
    void restoreBackup(const QString& backupFile);

private:
    enum class LoginMoment
    {
        Launch,    // closing the login ends Soliloquy
        AfterLock, // closing it leaves the journal locked in the tray, where there is one
    };
    void showRegistration();
    void showRecoveryKey(const QString& recoveryKey);
    // The login, or the one already open brought to the front.
    void showLogin(LoginMoment moment);
    // Opens a dialog the controller goes on from; it deletes itself once closed.
    void openDialog(QDialog* dialog);
    // The one teardown of lock and restore: the key is wiped, the journal, its index and every
    // decrypted text in the window are dropped.
    void closeJournal();
    void takeDailyBackup();
    void enterJournal(std::unique_ptr<Session> session);
    void setUpReminders();
    void applySettings();
    void notifyOnThisDay();
    bool wroteToday() const;
    // Waits for the damage check if it still runs; the refusal in plain words, or empty.
    QString journalDamage();
    void integrityCheckAnswered();
    // Rejects every dialog and menu on screen and cancels a transfer's progress. The
    // controller's own dialog is closed without its answer being acted on.
    void closeDialogs();

    std::unique_ptr<Database> m_database;
    std::unique_ptr<AccountService> m_accounts;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<SearchIndex> m_index; // in memory only, dropped on lock
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<TrayController> m_tray;
    std::unique_ptr<DailyReminder> m_reminder;
    std::unique_ptr<IntegrityCheck> m_integrityCheck;
    SyncController* m_sync; // keeps the journal in step with its sync folder while unlocked
    QFutureWatcher<bool> m_integrityWatcher;
    QString m_journalDamage;
    bool m_damageReported = false;
    QPointer<QDialog> m_dialog;                   // the registration, recovery key, login or backups now open
    std::unique_ptr<Session> m_registeredSession; // while the new account's recovery key is shown
    QDate m_onThisDayShownFor;
    bool m_quitting = false;
    bool m_lockAfterTransfer = false;
    QTimer m_idleTimer;
    QTimer m_backupTimer;
    qint64 m_lockedUserId = 0;
    QString m_loginName; // what the login starts with: who wrote before a lock, or the only account
    int m_lockedScrollPosition = -1;
};
