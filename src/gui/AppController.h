#pragma once

#include <QDate>
#include <QObject>
#include <QTimer>

#include <memory>

class AccountService;
class AppSettings;
class DailyReminder;
class Database;
class IntegrityCheck;
class Journal;
class MainWindow;
class SearchIndex;
class Session;
class TrayController;

// Leads from the opened journal file to the unlocked window and back: the first
// launch registers, later ones log in; Ctrl+L and the idle timeout lock again.
class AppController : public QObject
{
    Q_OBJECT

public:
    explicit AppController(std::unique_ptr<Database> database, QObject* parent = nullptr);
    ~AppController() override;

    // The damage check of the journal, still under way (see Database::Options): the first
    // dialog shows at once, and nothing is written before the check has answered.
    void setIntegrityCheck(std::unique_ptr<IntegrityCheck> check);
    // Shows registration or login, then the window. False when the user quit instead,
    // or when the journal was found damaged meanwhile (journalDamaged()).
    bool start();
    bool journalDamaged() const { return !m_journalDamage.isEmpty(); }
    // Wipes the key and every decrypted text, then asks to unlock again.
    void lock();
    bool isLocked() const;

    void setAutoLockMinutes(int minutes); // 0 = never
    // Test hook: a timeout in milliseconds, so that a test need not wait minutes.
    void setIdleTimeoutForTesting(int milliseconds);
    // The main window, made on first use: at launch, while the user types the password,
    // so that the login appears sooner.
    MainWindow* window();
    const Session* session() const { return m_session.get(); }
    SearchIndex* searchIndex() const { return m_index.get(); }
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

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

    // Opens the list of backups; a restore replaces the journal and asks to unlock again.
    void showBackups();
    // Closes the journal, puts the backup in its place and asks to unlock it.
    void restoreBackup(const QString& backupFile);

private:
    enum class LoginEnd
    {
        Unlocked,
        Closed, // Escape or the window's close button
        Quit,
    };
    LoginEnd unlock();
    // The login once the journal was locked: see the definition.
    void unlockAfterLock();
    void takeDailyBackup();
    void enterJournal(std::unique_ptr<Session> session);
    void setUpReminders();
    void applySettings();
    void showOnThisDay();
    bool wroteToday() const;
    // Waits for the damage check if it still runs; the refusal in plain words, or empty.
    QString journalDamage();
    void watchIntegrityCheck();
    // Rejects the dialogs open over the window, cancels a transfer's progress, and closes
    // the menus; says whether there were any.
    static bool closeOpenDialogs();

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
    QString m_journalDamage;
    QTimer m_integrityPoll;
    QDate m_onThisDayShownFor;
    bool m_quitting = false;
    QTimer m_idleTimer;
    QTimer m_backupTimer;
    qint64 m_lockedUserId = 0;
    QString m_loginName; // what the login starts with: who wrote before a lock, or the only account
    int m_lockedScrollPosition = -1;
};
