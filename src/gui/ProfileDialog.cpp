#include "ProfileDialog.h"
#include "ui_profiledialog.h"

#include "AvatarImage.h"
#include "ColorScheme.h"
#include "FileChooser.h"

#include "core/AccountService.h"
#include "core/AccountValidation.h"
#include "core/KeyRotation.h"
#include "core/Profile.h"

#include <QFileDialog>
#include <QPushButton>
#include <QTimer>

#include <climits>

ProfileDialog::ProfileDialog(AccountService& accounts, const Session& session, const Profile& profile,
                             QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ProfileDialog>())
    , m_accounts(accounts)
    , m_session(session)
    , m_email(profile.email)
    , m_avatarPng(profile.avatarPng)
{
    m_ui->setupUi(this);
    m_ui->avatarPreview->setScaledContents(true);
    m_ui->emailEdit->setText(profile.email);
    m_ui->messageLabel->hide();
    ColorScheme::showAsProblem(m_ui->messageLabel);
    connect(m_ui->chooseAvatarButton, &QPushButton::clicked, this, &ProfileDialog::chooseAvatar);
    connect(m_ui->removeAvatarButton, &QPushButton::clicked, this, &ProfileDialog::useGeneratedAvatar);
    connect(m_ui->newRecoveryKeyButton, &QPushButton::clicked, this, &ProfileDialog::issueRecoveryKey);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ProfileDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->emailEdit, &QLineEdit::textChanged, this, &ProfileDialog::showAvatar);
    showAvatar();
}

ProfileDialog::~ProfileDialog() = default; // an unfinished rotation rolls back here

QString ProfileDialog::message() const
{
    return m_ui->messageLabel->isVisible() ? m_ui->messageLabel->text() : QString();
}

void ProfileDialog::showAvatar()
{
    m_ui->avatarPreview->setPixmap(
        AvatarImage::preview(m_avatarPng, m_ui->emailEdit->text(), 96, devicePixelRatioF()));
    m_ui->removeAvatarButton->setEnabled(!m_avatarPng.isEmpty());
}

bool ProfileDialog::setAvatarFromFile(const QString& path)
{
    const QByteArray png = AvatarImage::squarePngFromFile(path);
    if (png.isEmpty())
        return false;
    m_avatarPng = png;
    showAvatar();
    return true;
}

void ProfileDialog::chooseAvatar()
{
    QFileDialog* chooser = FileChooser::forOpening(this, tr("Choose an avatar"),
                                                   {tr("Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp)")});
    connect(chooser, &QFileDialog::fileSelected, this, [this](const QString& path) {
        if (!setAvatarFromFile(path))
            fail(tr("This file is not an image Soliloquy can read."));
    });
    chooser->open();
}

void ProfileDialog::useGeneratedAvatar()
{
    m_avatarPng.clear();
    showAvatar();
}

void ProfileDialog::fail(const QString& message)
{
    m_ui->messageLabel->setText(message);
    m_ui->messageLabel->show();
}

void ProfileDialog::save()
{
    const QString newPassword = m_ui->newPasswordEdit->text();
    if (!newPassword.isEmpty() || !m_ui->currentPasswordEdit->text().isEmpty()) {
        // Check everything before writing anything.
        QString problem = AccountValidation::passwordProblem(newPassword);
        if (problem.isEmpty())
            problem = AccountValidation::confirmationProblem(newPassword, m_ui->confirmPasswordEdit->text());
        if (problem.isEmpty() && m_ui->currentPasswordEdit->text().isEmpty())
            problem = tr("Type the current password to change it.");
        if (!problem.isEmpty())
            return fail(problem);
    }
    const QString email = m_ui->emailEdit->text().trimmed();
    if (const QString problem = AccountValidation::emailProblem(email); !problem.isEmpty())
        return fail(problem);
    if (email.compare(m_email, Qt::CaseInsensitive) != 0 && m_accounts.emailTaken(email))
        return fail(tr("An account with this email exists already."));
    if (!newPassword.isEmpty() && m_ui->replaceKeyCheck->isChecked()) {
        if (startKeyRotation(email))
            return;
        m_ui->currentPasswordEdit->clear();
        return;
    }
    if (!newPassword.isEmpty()) {
        m_ui->buttonBox->setEnabled(false);
        const QString error =
            m_accounts.changePassword(m_session, m_ui->currentPasswordEdit->text(), newPassword);
        m_ui->buttonBox->setEnabled(true);
        m_ui->currentPasswordEdit->clear();
        if (!error.isEmpty())
            return fail(error);
        m_ui->newPasswordEdit->clear();
        m_ui->confirmPasswordEdit->clear();
    }
    if (const QString error = m_accounts.updateProfile(m_session, email, m_avatarPng); !error.isEmpty()) {
        return fail(error);
    }
    accept();
}

bool ProfileDialog::startKeyRotation(const QString& email)
{
    QString error;
    m_rotation = m_accounts.beginKeyRotation(m_session, m_ui->currentPasswordEdit->text(),
                                             m_ui->newPasswordEdit->text(), &error);
    if (!m_rotation) {
        fail(error);
        return false;
    }
    m_pendingEmail = email;
    m_ui->messageLabel->hide();
    for (QWidget* input :
         {static_cast<QWidget*>(m_ui->emailEdit), static_cast<QWidget*>(m_ui->currentPasswordEdit),
          static_cast<QWidget*>(m_ui->newPasswordEdit), static_cast<QWidget*>(m_ui->confirmPasswordEdit),
          static_cast<QWidget*>(m_ui->replaceKeyCheck), static_cast<QWidget*>(m_ui->chooseAvatarButton),
          static_cast<QWidget*>(m_ui->removeAvatarButton)})
        input->setEnabled(false);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(false);
    m_ui->rotationProgress->setRange(0, int(qMin<qint64>(m_rotation->total(), INT_MAX)));
    m_ui->rotationProgress->setValue(0);
    m_ui->rotationProgress->show();
    QTimer::singleShot(0, this, &ProfileDialog::continueKeyRotation);
    return true;
}

void ProfileDialog::continueKeyRotation()
{
    if (!m_rotation)
        return;
    // Small steps keep the window answering; the last one and the commit go together.
    if (m_rotation->step(200)) {
        m_ui->rotationProgress->setValue(int(qMin<qint64>(m_rotation->done(), INT_MAX)));
        QTimer::singleShot(0, this, &ProfileDialog::continueKeyRotation);
        return;
    }
    AccountService::Outcome outcome = m_rotation->finish();
    m_rotation.reset();
    m_ui->currentPasswordEdit->clear();
    m_ui->rotationProgress->hide();
    if (!outcome.session) {
        for (QWidget* input : findChildren<QWidget*>())
            input->setEnabled(true);
        return fail(outcome.error);
    }
    m_replacedKey = true;
    m_ui->newPasswordEdit->clear();
    m_ui->confirmPasswordEdit->clear();
    // The email and avatar are sealed under the new key, through the new session.
    if (const QString error = m_accounts.updateProfile(*outcome.session, m_pendingEmail, m_avatarPng);
        !error.isEmpty())
        fail(error);
    m_newSession = std::move(outcome.session);
    showRecoveryKey(outcome.recoveryKey,
                    tr("Every post is sealed under a new key. This is your new recovery key, shown only now: "
                       "keep it safe. The old one no longer works. Close this window, then unlock with the "
                       "new password."));
    m_ui->buttonBox->setStandardButtons(QDialogButtonBox::Close);
}

void ProfileDialog::showRecoveryKey(const QString& recoveryKey, const QString& explanation)
{
    m_ui->recoveryKeyLabel->setText(explanation);
    m_ui->recoveryKeyEdit->setText(recoveryKey);
    m_ui->recoveryKeyLabel->show();
    m_ui->recoveryKeyEdit->show();
    m_ui->recoveryKeyEdit->setEnabled(true);
    m_ui->recoveryKeyEdit->selectAll();
    m_ui->recoveryKeyEdit->setFocus();
}

void ProfileDialog::issueRecoveryKey()
{
    if (m_ui->currentPasswordEdit->text().isEmpty())
        return fail(tr("Type the current password to get a new recovery key."));
    const AccountService::Outcome outcome =
        m_accounts.issueRecoveryKey(m_session, m_ui->currentPasswordEdit->text());
    m_ui->currentPasswordEdit->clear();
    if (outcome.recoveryKey.isEmpty())
        return fail(outcome.error);
    m_ui->messageLabel->hide();
    showRecoveryKey(outcome.recoveryKey, tr("This is your new recovery key, shown only now: keep it safe. "
                                            "The old one no longer works."));
}
