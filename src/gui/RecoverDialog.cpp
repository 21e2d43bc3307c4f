#include "RecoverDialog.h"
#include "ui_recoverdialog.h"

#include "ColorScheme.h"

#include "core/AccountService.h"
#include "core/AccountValidation.h"

#include <QPushButton>

RecoverDialog::RecoverDialog(AccountService& accounts, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RecoverDialog>())
    , m_accounts(accounts)
{
    m_ui->setupUi(this);
    m_ui->resetButton->setDefault(true);
    ColorScheme::showAsProblem(m_ui->messageLabel);
    connect(m_ui->resetButton, &QPushButton::clicked, this, &RecoverDialog::reset);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &QDialog::reject);
}

RecoverDialog::~RecoverDialog() = default;

void RecoverDialog::setLogin(const QString& login)
{
    m_ui->loginEdit->setText(login);
    if (!login.isEmpty())
        m_ui->recoveryKeyEdit->setFocus();
}

std::unique_ptr<Session> RecoverDialog::takeSession()
{
    return std::move(m_session);
}

void RecoverDialog::reset()
{
    QString problem = AccountValidation::passwordProblem(m_ui->passwordEdit->text());
    if (problem.isEmpty())
        problem =
            AccountValidation::confirmationProblem(m_ui->passwordEdit->text(), m_ui->confirmEdit->text());
    if (problem.isEmpty()) {
        AccountService::Outcome outcome = m_accounts.recover(
            m_ui->loginEdit->text().trimmed(), m_ui->recoveryKeyEdit->text(), m_ui->passwordEdit->text());
        if (outcome.session) {
            m_session = std::move(outcome.session);
            accept();
            return;
        }
        problem = outcome.error;
    }
    m_ui->messageLabel->setText(problem);
    m_ui->messageLabel->show();
}
