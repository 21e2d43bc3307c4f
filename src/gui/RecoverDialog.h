#pragma once

#include <QDialog>

#include <memory>

class AccountService;
class Session;

namespace Ui {
class RecoverDialog;
}

// "Forgot password?": the recovery key saved at registration sets a new password.
class RecoverDialog : public QDialog
{
    Q_OBJECT

public:
    RecoverDialog(AccountService& accounts, QWidget* parent = nullptr);
    ~RecoverDialog() override;

    void setLogin(const QString& login);
    std::unique_ptr<Session> takeSession();

private:
    void reset();

    std::unique_ptr<Ui::RecoverDialog> m_ui;
    AccountService& m_accounts;
    std::unique_ptr<Session> m_session;
};
