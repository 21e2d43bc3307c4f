#pragma once

#include <QObject>
#include <QTimer>

#include <memory>

class AccountService;
class Database;
class Journal;
class MainWindow;
class SearchIndex;
class Session;

// Leads from the opened journal file to the unlocked window and back: the first
// launch registers, later ones log in; Ctrl+L and the idle timeout lock again.
class AppController : public QObject
{
    Q_OBJECT

public:
    explicit AppController(std::unique_ptr<Database> database, QObject* parent = nullptr);
    ~AppController() override;

    // Shows registration or login, then the window. False when the user quit instead.
    bool start();
    // Wipes the key and every decrypted text, then asks to unlock again.
    void lock();
    bool isLocked() const;

    void setAutoLockMinutes(int minutes); // 0 = never
    // Test hook: a timeout in milliseconds, so that a test need not wait minutes.
    void setIdleTimeoutForTesting(int milliseconds);
    MainWindow* window() const { return m_window.get(); }
    const Session* session() const { return m_session.get(); }
    SearchIndex* searchIndex() const { return m_index.get(); }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

    // Opens the list of backups; a restore replaces the journal and asks to unlock again.
    void showBackups();
    // Closes the journal, puts the backup in its place and asks to unlock it.
    void restoreBackup(const QString& backupFile);

private:
    bool unlock();
    void takeDailyBackup();
    void enterJournal(std::unique_ptr<Session> session);

    std::unique_ptr<Database> m_database;
    std::unique_ptr<AccountService> m_accounts;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<SearchIndex> m_index; // in memory only, dropped on lock
    std::unique_ptr<MainWindow> m_window;
    QTimer m_idleTimer;
    QTimer m_backupTimer;
    qint64 m_lockedUserId = 0;
    QString m_lockedUsername;
    int m_lockedScrollPosition = -1;
};
