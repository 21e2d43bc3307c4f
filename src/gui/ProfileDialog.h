#pragma once

#include "core/Session.h"

#include <QByteArray>
#include <QDialog>

#include <memory>

class AccountService;
class KeyRotation;
struct Profile;

namespace Ui {
class ProfileDialog;
}

// Edits the account: avatar, email and (given the current one) the password, optionally
// sealing the whole journal under a new key with a progress bar. Nothing is saved until
// every change is valid; closing it while it seals leaves the journal as it was.
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
    // True once the journal was sealed under a new key: the window's session holds the old
    // one, so the journal locks and is unlocked again with the new password.
    bool replacedKey() const { return m_replacedKey; }
    // The session under the new key, once replacedKey(): for what the window still has to
    // save (the draft, a post being edited) before it locks.
    std::unique_ptr<Session> takeNewSession() { return std::move(m_newSession); }

private:
    void chooseAvatar();
    void useGeneratedAvatar();
    void showAvatar();
    void save();
    void issueRecoveryKey();
    void showRecoveryKey(const QString& recoveryKey, const QString& explanation);
    bool startKeyRotation(const QString& email);
    void continueKeyRotation();
    void fail(const QString& message);

    std::unique_ptr<Ui::ProfileDialog> m_ui;
    AccountService& m_accounts;
    const Session& m_session;
    QString m_email;
    QByteArray m_avatarPng;
    QString m_pendingEmail;
    // Sealing anew a few hundred rows per turn of the event loop; dropping it rolls back.
    std::unique_ptr<KeyRotation> m_rotation;
    bool m_replacedKey = false;
    std::unique_ptr<Session> m_newSession;
};
