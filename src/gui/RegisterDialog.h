#pragma once

#include <QByteArray>
#include <QDialog>

#include <memory>

class AccountService;
class Session;
class QLabel;

namespace Ui {
class RegisterDialog;
}

// Creates an account. Each field is checked as the user types, with the
// problem shown beside it; Create stays disabled until all is well. On a new
// computer, "Join a synced journal" brings the account of another one instead.
class RegisterDialog : public QDialog
{
    Q_OBJECT

public:
    RegisterDialog(AccountService& accounts, QWidget* parent = nullptr);
    ~RegisterDialog() override;

    // After accept(): the new account's session and its recovery key (shown once by the caller).
    // The key is empty when a synced journal was joined instead: it was shown where it was made.
    std::unique_ptr<Session> takeSession();
    QString recoveryKey() const { return m_recoveryKey; }

    // Sets the avatar from an image file; false when it cannot be read as an image.
    bool setAvatarFromFile(const QString& path);

private:
    void validate();
    void chooseAvatar();
    void clearAvatar();
    // The chosen image, or the identicon of the email as typed.
    void showAvatar();
    void create();
    void joinSyncedJournal();
    static void showHint(QLabel* label, const QString& text, bool isProblem);

    std::unique_ptr<Ui::RegisterDialog> m_ui;
    AccountService& m_accounts;
    std::unique_ptr<Session> m_session;
    QString m_recoveryKey;
    QByteArray m_avatarPng;
};
