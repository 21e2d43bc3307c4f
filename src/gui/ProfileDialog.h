#pragma once

#include <QByteArray>
#include <QDialog>

#include <memory>

class AccountService;
class Session;
struct Profile;

namespace Ui {
class ProfileDialog;
}

// Edits the account: avatar, email and (given the current one) the password.
// Nothing is saved until every change is valid.
class ProfileDialog : public QDialog
{
    Q_OBJECT

public:
    ProfileDialog(AccountService& accounts, const Session& session, const Profile& profile,
                  QWidget* parent = nullptr);
    ~ProfileDialog() override;

    // Sets the avatar from an image file; false when it cannot be read as an image.
    bool setAvatarFromFile(const QString& path);
    QString message() const;

private:
    void chooseAvatar();
    void useGeneratedAvatar();
    void showAvatar();
    void save();
    void fail(const QString& message);

    std::unique_ptr<Ui::ProfileDialog> m_ui;
    AccountService& m_accounts;
    const Session& m_session;
    QString m_email;
    QByteArray m_avatarPng;
};
