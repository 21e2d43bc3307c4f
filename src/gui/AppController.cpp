#include "AppController.h"

#include "BackupsDialog.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "RecoveryKeyDialog.h"
#include "RegisterDialog.h"
#include "chat/ChatView.h"

#include "core/AccountService.h"
#include "core/Journal.h"
#include "core/SearchIndex.h"
#include "core/Session.h"
#include "storage/DailyBackups.h"
#include "storage/Database.h"

#include <QApplication>
#include <QScrollBar>
#include <QSettings>
#include <QStatusBar>

AppController::AppController(std::unique_ptr<Database> database, QObject* parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_accounts(std::make_unique<AccountService>(m_database->connection()))
    , m_window(std::make_unique<MainWindow>())
{
    m_idleTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, &AppController::lock);
    connect(m_window.get(), &MainWindow::lockRequested, this, &AppController::lock);
    connect(m_window.get(), &MainWindow::backupsRequested, this, &AppController::showBackups);
    // A backup a day: checked at each unlock and every hour while the app runs.
    m_backupTimer.setInterval(60 * 60 * 1000);
    connect(&m_backupTimer, &QTimer::timeout, this, &AppController::takeDailyBackup);
    m_backupTimer.start();
    setAutoLockMinutes(QSettings().value(QStringLiteral("security/autoLockMinutes"), 10).toInt());
    qApp->installEventFilter(this);
}

AppController::~AppController()
{
    qApp->removeEventFilter(this);
    m_index.reset();
    m_journal.reset();
    if (m_session)
        m_session->lock();
}

void AppController::setAutoLockMinutes(int minutes)
{
    m_idleTimer.setInterval(minutes * 60 * 1000);
    if (minutes > 0 && m_session)
        m_idleTimer.start();
    else if (minutes <= 0)
        m_idleTimer.stop();
}

void AppController::setIdleTimeoutForTesting(int milliseconds)
{
    m_idleTimer.setInterval(milliseconds);
    m_idleTimer.start();
}

bool AppController::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
        if (m_session && m_idleTimer.interval() > 0)
            m_idleTimer.start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

bool AppController::start()
{
    if (!m_accounts->hasAccounts()) {
        // The first launch: nothing to log in to yet.
        RegisterDialog dialog(*m_accounts);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        RecoveryKeyDialog recovery(dialog.recoveryKey());
        recovery.exec();
        enterJournal(dialog.takeSession());
        return true;
    }
    return unlock();
}

bool AppController::unlock()
{
    LoginDialog dialog(*m_accounts, m_window->isVisible() ? m_window.get() : nullptr);
    if (!m_lockedUsername.isEmpty())
        dialog.setLogin(m_lockedUsername);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    enterJournal(dialog.takeSession());
    return true;
}

void AppController::enterJournal(std::unique_ptr<Session> session)
{
    m_session = std::move(session);
    m_journal = std::make_unique<Journal>(m_database->connection(), *m_session);
    // The search index follows every change of the journal; it is built in the background.
    m_index = std::make_unique<SearchIndex>();
    connect(m_journal.get(), &Journal::postAdded, m_index.get(), &SearchIndex::addOrUpdate);
    connect(m_journal.get(), &Journal::postChanged, m_index.get(), &SearchIndex::addOrUpdate);
    connect(m_journal.get(), &Journal::postRemoved, m_index.get(), &SearchIndex::remove);
    // The draft comes back from the journal, where it was kept sealed.
    m_window->showJournal(m_journal.get(), m_accounts.get(), m_session.get(), m_index.get());
    m_index->buildInBackground(m_database->path(), *m_session);
    takeDailyBackup();
    if (m_session->userId() == m_lockedUserId && m_lockedScrollPosition >= 0) {
        // Back to the same place of before the lock.
        QScrollBar* bar = m_window->chatView()->verticalScrollBar();
        QTimer::singleShot(0, bar, [bar, position = m_lockedScrollPosition] { bar->setValue(position); });
    }
    m_lockedUserId = 0;
    m_lockedScrollPosition = -1;
    m_window->show();
    m_window->activateWindow();
    if (m_idleTimer.interval() > 0)
        m_idleTimer.start();
}

bool AppController::isLocked() const
{
    return !m_session;
}

void AppController::lock()
{
    if (!m_session)
        return;
    m_idleTimer.stop();
    const ChatView* view = m_window->chatView();
    m_lockedScrollPosition = view->isPinnedToNewest() ? -1 : view->verticalScrollBar()->value();
    m_window->clearForLock();
    m_index.reset();
    m_lockedUserId = m_session->userId();
    m_lockedUsername = m_session->username();
    m_journal.reset();
    m_session->lock();
    m_session.reset();
    m_window->hide();
    if (!unlock())
        qApp->quit();
}

void AppController::takeDailyBackup()
{
    if (!m_database->isOpen())
        return;
    QString written;
    const StorageError error =
        DailyBackups::takeIfDue(*m_database, QDateTime::currentDateTimeUtc(), &written);
    if (error.isError())
        m_window->statusBar()->showMessage(tr("The daily backup failed: %1").arg(error.message), 15000);
}

void AppController::showBackups()
{
    BackupsDialog dialog(*m_database, m_window.get());
    if (dialog.exec() == QDialog::Accepted && !dialog.chosenBackup().isEmpty())
        restoreBackup(dialog.chosenBackup());
}

void AppController::restoreBackup(const QString& backupFile)
{
    // Everything that holds the journal open or its decrypted text goes first.
    m_idleTimer.stop();
    m_window->clearForLock();
    m_index.reset();
    m_journal.reset();
    if (m_session) {
        m_lockedUsername = m_session->username();
        m_session->lock();
    }
    m_session.reset();
    m_lockedUserId = 0;
    m_lockedScrollPosition = -1;
    m_accounts.reset();
    const QString path = m_database->path();
    m_database->close();
    const StorageError error = Database::restore(path, backupFile);
    if (!m_database->open()) {
        MessageBox::warning(m_window.get(), tr("Soliloquy cannot open the journal"),
                            m_database->error().message);
        qApp->quit();
        return;
    }
    m_accounts = std::make_unique<AccountService>(m_database->connection());
    m_window->hide();
    if (error.isError())
        MessageBox::warning(nullptr, tr("Not restored"), error.message);
    if (!unlock())
        qApp->quit();
}
