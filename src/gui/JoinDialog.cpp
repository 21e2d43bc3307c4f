#include "JoinDialog.h"
#include "ui_joindialog.h"

#include "ColorScheme.h"
#include "FileChooser.h"

#include "core/AccountService.h"
#include "core/AccountValidation.h"
#include "core/SyncRound.h"
#include "storage/WorkerConnection.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPushButton>
#include <QSysInfo>
#include <QtConcurrentRun>

JoinDialog::JoinDialog(AccountService& accounts, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::JoinDialog>())
    , m_accounts(accounts)
{
    m_ui->setupUi(this);
    m_ui->joinButton->setDefault(true);
    ColorScheme::showAsProblem(m_ui->messageLabel);
    m_ui->computerNameEdit->setText(QSysInfo::machineHostName());
    connect(m_ui->browseButton, &QPushButton::clicked, this, &JoinDialog::chooseFolder);
    connect(m_ui->joinButton, &QPushButton::clicked, this, &JoinDialog::join);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &JoinDialog::reject);
    for (QLineEdit* edit : {m_ui->folderEdit, m_ui->usernameEdit, m_ui->passwordEdit})
        connect(edit, &QLineEdit::textChanged, this, &JoinDialog::updateJoinButton);
    connect(&m_join, &QFutureWatcher<Outcome>::finished, this, &JoinDialog::finishJoin);
    updateJoinButton();
}

JoinDialog::~JoinDialog()
{
    m_join.waitForFinished();
}

void JoinDialog::openOver(QWidget* parent, AccountService& accounts,
                          const std::function<void(std::unique_ptr<Session>)>& joined)
{
    auto* dialog = new JoinDialog(accounts, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, parent, [dialog, joined] { joined(dialog->takeSession()); });
    dialog->open();
}

std::unique_ptr<Session> JoinDialog::takeSession()
{
    return std::move(m_session);
}

void JoinDialog::reject()
{
    if (!isJoining())
        QDialog::reject();
}

void JoinDialog::chooseFolder()
{
    QFileDialog* chooser = FileChooser::forFolder(this, tr("Choose the sync folder"));
    connect(chooser, &QFileDialog::fileSelected, this,
            [this](const QString& folder) { m_ui->folderEdit->setText(QDir::toNativeSeparators(folder)); });
    chooser->open();
}

void JoinDialog::updateJoinButton()
{
    m_ui->joinButton->setEnabled(!isJoining() && !m_ui->folderEdit->text().trimmed().isEmpty() &&
                                 !m_ui->usernameEdit->text().trimmed().isEmpty() &&
                                 !m_ui->passwordEdit->text().isEmpty());
}

void JoinDialog::showProblem(const QString& problem)
{
    m_ui->messageLabel->setText(problem);
    m_ui->messageLabel->setVisible(!problem.isEmpty());
}

void JoinDialog::setJoining(bool joining)
{
    m_joining = joining;
    const QList<QWidget*> fields{m_ui->folderEdit,   m_ui->browseButton,     m_ui->usernameEdit,
                                 m_ui->passwordEdit, m_ui->computerNameEdit, m_ui->cancelButton};
    for (QWidget* widget : fields)
        widget->setEnabled(!joining);
    m_ui->joinProgress->setVisible(joining);
    updateJoinButton();
}

void JoinDialog::join()
{
    if (!m_ui->joinButton->isEnabled())
        return;
    const QString folder =
        QDir(QDir::fromNativeSeparators(m_ui->folderEdit->text().trimmed())).absolutePath();
    const QString username = m_ui->usernameEdit->text().trimmed();
    QString problem = m_accounts.writeRefusal();
    if (problem.isEmpty() && !QFileInfo(folder).isDir())
        problem = tr("The folder %1 is not there. Choose the folder your sync tool keeps in step with "
                     "your other computer.")
                      .arg(QDir::toNativeSeparators(folder));
    if (problem.isEmpty())
        problem = AccountValidation::usernameProblem(username);
    if (!problem.isEmpty()) {
        showProblem(problem);
        return;
    }
    const QString computerName = m_ui->computerNameEdit->text().trimmed().isEmpty()
                                     ? QSysInfo::machineHostName()
                                     : m_ui->computerNameEdit->text().trimmed();
    const QString password = m_ui->passwordEdit->text();
    const QString journal = m_accounts.journalPath();
    m_ui->messageLabel->setText(tr("Joining: opening the account with its password takes a moment…"));
    m_ui->messageLabel->setForegroundRole(QPalette::PlaceholderText); // news, not a problem
    m_ui->messageLabel->show();
    m_join.setFuture(QtConcurrent::run([journal, folder, username, password, computerName] {
        Outcome outcome;
        WorkerConnection connection(journal);
        if (!connection.isOpen()) {
            outcome.error = connection.error();
            return outcome;
        }
        outcome.session =
            SyncRound::join(connection.database(), folder, username, password, computerName, &outcome.error);
        return outcome;
    }));
    setJoining(true);
}

void JoinDialog::finishJoin()
{
    const Outcome outcome = m_join.result();
    m_ui->passwordEdit->clear();
    setJoining(false);
    m_ui->messageLabel->setForegroundRole(QPalette::WindowText);
    if (!outcome.session) {
        showProblem(outcome.error);
        m_ui->passwordEdit->setFocus();
        return;
    }
    m_session = std::make_unique<Session>(*outcome.session);
    outcome.session->lock();
    showProblem({});
    accept();
}
