#include "LoginDialog.h"
#include "ui_logindialog.h"

#include "ColorScheme.h"
#include "JoinDialog.h"
#include "RecoverDialog.h"
#include "RecoveryKeyDialog.h"
#include "RegisterDialog.h"

#include "core/AccountService.h"

#include <QPushButton>

LoginDialog::LoginDialog(AccountService& accounts, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::LoginDialog>())
    , m_accounts(accounts)
{
    m_ui->setupUi(this);
    m_ui->unlockButton->setDefault(true);
    ColorScheme::showAsProblem(m_ui->messageLabel);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] {
        m_ui->messageLabel->clear();
        m_ui->messageLabel->hide();
        updateUnlockButton();
    });
    connect(m_ui->unlockButton, &QPushButton::clicked, this, &LoginDialog::unlock);
    connect(m_ui->quitButton, &QPushButton::clicked, this, [this] {
        m_quitChosen = true;
        reject();
    });
    connect(m_ui->createAccountButton, &QPushButton::clicked, this, &LoginDialog::createAccount);
    connect(m_ui->forgotButton, &QPushButton::clicked, this, &LoginDialog::recover);
    connect(m_ui->joinSyncedButton, &QPushButton::clicked, this, &LoginDialog::joinSyncedJournal);
    connect(m_ui->loginEdit, &QLineEdit::textChanged, this, &LoginDialog::updateUnlockButton);
    connect(m_ui->passwordEdit, &QLineEdit::textChanged, this, &LoginDialog::updateUnlockButton);
    updateUnlockButton();
}

LoginDialog::~LoginDialog() = default;

void LoginDialog::setLogin(const QString& login)
{
    m_ui->loginEdit->setText(login);
    m_ui->passwordEdit->setFocus();
}

std::unique_ptr<Session> LoginDialog::takeSession()
{
    return std::move(m_session);
}

QString LoginDialog::message() const
{
    return m_ui->messageLabel->text();
}

void LoginDialog::updateUnlockButton()
{
    m_ui->unlockButton->setEnabled(!m_retryTimer.isActive() && !m_ui->loginEdit->text().trimmed().isEmpty() &&
                                   !m_ui->passwordEdit->text().isEmpty());
}

void LoginDialog::waitBeforeRetry(qint64 milliseconds)
{
    m_retryTimer.start(int(qMin<qint64>(milliseconds, 15 * 60 * 1000)));
    updateUnlockButton();
}

void LoginDialog::unlock()
{
    if (!m_ui->unlockButton->isEnabled())
        return;
    m_ui->unlockButton->setEnabled(false);
    m_ui->messageLabel->setText(tr("Unlocking…"));
    m_ui->messageLabel->show();
    repaint();
    AccountService::Outcome outcome =
        m_accounts.login(m_ui->loginEdit->text().trimmed(), m_ui->passwordEdit->text());
    m_ui->passwordEdit->clear();
    if (outcome.session) {
        finishWith(std::move(outcome.session));
        return;
    }
    m_ui->messageLabel->setText(outcome.error);
    m_ui->messageLabel->show();
    m_ui->passwordEdit->setFocus();
    if (outcome.retryAfterMs > 0)
        waitBeforeRetry(outcome.retryAfterMs);
    updateUnlockButton();
}

void LoginDialog::finishWith(std::unique_ptr<Session> session)
{
    m_session = std::move(session);
    m_ui->messageLabel->clear();
    accept();
}

void LoginDialog::createAccount()
{
    auto* registration = new RegisterDialog(m_accounts, this);
    registration->setAttribute(Qt::WA_DeleteOnClose);
    connect(registration, &QDialog::accepted, this, [this, registration] {
        m_session = registration->takeSession();
        if (registration->recoveryKey().isEmpty()) {
            finishWith(std::move(m_session)); // a synced journal joined: its key was shown where it was made
            return;
        }
        // The new account is in: its key is shown once before the window opens.
        auto* recovery = new RecoveryKeyDialog(registration->recoveryKey(), this);
        recovery->setAttribute(Qt::WA_DeleteOnClose);
        connect(recovery, &QDialog::finished, this, [this] { finishWith(std::move(m_session)); });
        recovery->open();
    });
    registration->open();
}

void LoginDialog::recover()
{
    auto* dialog = new RecoverDialog(m_accounts, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setLogin(m_ui->loginEdit->text().trimmed());
    connect(dialog, &QDialog::accepted, this, [this, dialog] { finishWith(dialog->takeSession()); });
    dialog->open();
}

void LoginDialog::joinSyncedJournal()
{
    JoinDialog::openOver(this, m_accounts,
                         [this](std::unique_ptr<Session> session) { finishWith(std::move(session)); });
}
