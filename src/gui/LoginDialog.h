#pragma once

#include <QDialog>
#include <QTimer>

#include <memory>

class AccountService;
class Session;

namespace Ui {
class LoginDialog;
}

// Unlocks the journal with a username (or email) and password. "Create
// account", "Forgot password?" and "Join a synced journal" lead to their own dialogs.
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    LoginDialog(AccountService& accounts, QWidget* parent = nullptr);
    ~LoginDialog() override;

    void setLogin(const QString& login);
    std::unique_ptr<Session> takeSession();
    QString message() const;
    // Closed by its Quit button, rather than by Escape or the window's close button.
    bool quitChosen() const { return m_quitChosen; }

private:
    void unlock();
    void createAccount();
    void recover();
    void joinSyncedJournal();
    void finishWith(std::unique_ptr<Session> session);
    void waitBeforeRetry(qint64 milliseconds);
    void updateUnlockButton();

    std::unique_ptr<Ui::LoginDialog> m_ui;
    AccountService& m_accounts;
    std::unique_ptr<Session> m_session;
    QTimer m_retryTimer;
    bool m_quitChosen = false;
};
