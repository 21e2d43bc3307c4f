#include "ProfileDialog.h"
#include "ui_profiledialog.h"

#include "AvatarImage.h"
#include "ColorScheme.h"
#include "FileChooser.h"

#include "core/AccountService.h"
#include "core/AccountValidation.h"
#include "core/Profile.h"

#include <QFileDialog>
#include <QPushButton>

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
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ProfileDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->emailEdit, &QLineEdit::textChanged, this, &ProfileDialog::showAvatar);
    showAvatar();
}

ProfileDialog::~ProfileDialog() = default;

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
