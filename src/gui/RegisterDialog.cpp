#include "RegisterDialog.h"
#include "ui_registerdialog.h"

#include "AvatarImage.h"
#include "ColorScheme.h"
#include "FileChooser.h"
#include "JoinDialog.h"
#include "MessageBox.h"

#include "core/AccountService.h"
#include "core/AccountValidation.h"

#include <QFileDialog>
#include <QPushButton>

RegisterDialog::RegisterDialog(AccountService& accounts, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RegisterDialog>())
    , m_accounts(accounts)
{
    m_ui->setupUi(this);
    m_ui->createButton->setDefault(true);
    m_ui->avatarPreview->setToolTip(tr("Made from your email until you choose an image"));
    for (QLineEdit* edit : {m_ui->usernameEdit, m_ui->emailEdit, m_ui->passwordEdit, m_ui->confirmEdit})
        connect(edit, &QLineEdit::textChanged, this, &RegisterDialog::validate);
    connect(m_ui->createButton, &QPushButton::clicked, this, &RegisterDialog::create);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_ui->joinSyncedButton, &QPushButton::clicked, this, &RegisterDialog::joinSyncedJournal);
    connect(m_ui->avatarButton, &QPushButton::clicked, this, &RegisterDialog::chooseAvatar);
    connect(m_ui->avatarClearButton, &QPushButton::clicked, this, &RegisterDialog::clearAvatar);
    connect(m_ui->emailEdit, &QLineEdit::textChanged, this, &RegisterDialog::showAvatar);
    clearAvatar();
    validate();
}

RegisterDialog::~RegisterDialog() = default;

std::unique_ptr<Session> RegisterDialog::takeSession()
{
    return std::move(m_session);
}

void RegisterDialog::showHint(QLabel* label, const QString& text, bool isProblem)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
    label->setForegroundRole(isProblem ? QPalette::WindowText : QPalette::PlaceholderText);
    if (isProblem)
        ColorScheme::showAsProblem(label);
}

void RegisterDialog::validate()
{
    const QString username = m_ui->usernameEdit->text().trimmed();
    const QString email = m_ui->emailEdit->text().trimmed();
    const QString password = m_ui->passwordEdit->text();
    const QString confirmation = m_ui->confirmEdit->text();

    // A field says nothing until the user has typed in it.
    QString usernameProblem = username.isEmpty() ? QString() : AccountValidation::usernameProblem(username);
    if (usernameProblem.isEmpty() && !username.isEmpty() && m_accounts.usernameTaken(username))
        usernameProblem = tr("This username is taken.");
    QString emailProblem = email.isEmpty() ? QString() : AccountValidation::emailProblem(email);
    if (emailProblem.isEmpty() && !email.isEmpty() && m_accounts.emailTaken(email))
        emailProblem = tr("An account with this email exists already.");
    const QString passwordProblem =
        password.isEmpty() ? QString() : AccountValidation::passwordProblem(password);
    const QString confirmationProblem =
        confirmation.isEmpty() ? QString() : AccountValidation::confirmationProblem(password, confirmation);

    showHint(m_ui->usernameHint, usernameProblem, true);
    showHint(m_ui->emailHint, emailProblem, true);
    if (passwordProblem.isEmpty())
        showHint(m_ui->passwordHint, AccountValidation::passwordStrength(password), false);
    else
        showHint(m_ui->passwordHint, passwordProblem, true);
    showHint(m_ui->confirmHint, confirmationProblem, true);

    const bool complete =
        !username.isEmpty() && !email.isEmpty() && !password.isEmpty() && !confirmation.isEmpty();
    m_ui->createButton->setEnabled(complete && usernameProblem.isEmpty() && emailProblem.isEmpty() &&
                                   passwordProblem.isEmpty() && confirmationProblem.isEmpty());
}

bool RegisterDialog::setAvatarFromFile(const QString& path)
{
    const QByteArray png = AvatarImage::squarePngFromFile(path);
    if (png.isEmpty())
        return false;
    m_avatarPng = png;
    showAvatar();
    return true;
}

void RegisterDialog::chooseAvatar()
{
    QFileDialog* chooser = FileChooser::forOpening(this, tr("Choose an avatar"),
                                                   {tr("Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp)")});
    connect(chooser, &QFileDialog::fileSelected, this, [this](const QString& path) {
        if (!setAvatarFromFile(path))
            MessageBox::warning(this, tr("Not an image"),
                                tr("Soliloquy could not read %1 as an image.").arg(path));
    });
    chooser->open();
}

void RegisterDialog::clearAvatar()
{
    m_avatarPng.clear();
    showAvatar();
}

void RegisterDialog::showAvatar()
{
    const int size = m_ui->avatarPreview->minimumWidth();
    m_ui->avatarPreview->setPixmap(
        AvatarImage::preview(m_avatarPng, m_ui->emailEdit->text(), size, devicePixelRatioF()));
    m_ui->avatarClearButton->setEnabled(!m_avatarPng.isEmpty());
}

void RegisterDialog::create()
{
    if (!m_ui->createButton->isEnabled())
        return;
    setEnabled(false);
    AccountService::Outcome outcome =
        m_accounts.registerAccount(m_ui->usernameEdit->text().trimmed(), m_ui->emailEdit->text().trimmed(),
                                   m_ui->passwordEdit->text(), m_avatarPng);
    setEnabled(true);
    if (!outcome.session) {
        MessageBox::warning(this, tr("Account not created"), outcome.error);
        return;
    }
    m_ui->passwordEdit->clear();
    m_ui->confirmEdit->clear();
    m_session = std::move(outcome.session);
    m_recoveryKey = outcome.recoveryKey;
    accept();
}

void RegisterDialog::joinSyncedJournal()
{
    JoinDialog::openOver(this, m_accounts, [this](std::unique_ptr<Session> session) {
        m_session = std::move(session);
        m_recoveryKey.clear();
        accept();
    });
}
