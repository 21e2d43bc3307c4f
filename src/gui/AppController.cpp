#include "AppController.h"

#include "AppSettings.h"
#include "BackupsDialog.h"
#include "ColorScheme.h"
#include "DailyReminder.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "MarkdownHtml.h"
#include "MessageBox.h"
#include "RecoveryKeyDialog.h"
#include "RegisterDialog.h"
#include "SingleInstance.h"
#include "TrayController.h"
#include "chat/ChatView.h"

#include "SyncController.h"
#include "core/AccountService.h"
#include "core/Journal.h"
#include "core/PostsWrittenElsewhere.h"
#include "core/SearchIndex.h"
#include "core/Session.h"
#include "storage/DailyBackups.h"
#include "storage/Database.h"
#include "storage/IntegrityCheck.h"
#include "storage/JournalInspector.h"
#include "storage/PostRepository.h"

#include <QApplication>
#include <QDialog>
#include <QLocale>
#include <QProgressDialog>
#include <QScrollBar>
#include <QStatusBar>

namespace {

// Long enough for the first dialog to be painted, far too short to type a password in.
constexpr int IntegrityCheckDelayMs = 50;
constexpr int WindowDelayMs = 150;

} // namespace

AppController::AppController(std::unique_ptr<Database> database, QObject* parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_accounts(std::make_unique<AccountService>(m_database->connection()))
    , m_settings(std::make_unique<AppSettings>())
    , m_sync(new SyncController(this))
{
    connect(m_sync, &SyncController::changesArrived, this, [this] {
        if (!m_session)
            return;
        window()->reloadPosts();
        m_index->buildInBackground(m_database->path(), *m_session);
    });
    connect(m_sync, &SyncController::statusChanged, this,
            [this](const QString& status) { window()->statusBar()->showMessage(status, 10000); });
    m_idleTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, &AppController::lockSession);
    // A backup a day: checked at each unlock and every hour while the app runs.
    m_backupTimer.setInterval(60 * 60 * 1000);
    connect(&m_backupTimer, &QTimer::timeout, this, &AppController::takeDailyBackup);
    m_backupTimer.start();
    connect(m_settings.get(), &AppSettings::changed, this, &AppController::applySettings);
    connect(&m_integrityWatcher, &QFutureWatcherBase::finished, this, &AppController::integrityCheckAnswered);
    applySettings();
    setUpReminders();
    qApp->installEventFilter(this);
}

MainWindow* AppController::window()
{
    if (m_window)
        return m_window.get();
    m_window = std::make_unique<MainWindow>();
    MainWindow* window = m_window.get();
    window->setSyncController(m_sync);
    connect(window, &MainWindow::lockRequested, this, &AppController::lockSession);
    connect(window, &MainWindow::backupsRequested, this, &AppController::showBackups);
    connect(window, &MainWindow::quitRequested, this, &AppController::quit);
    // A lock that came during an export or import goes on once it has returned.
    connect(
        window, &MainWindow::transfersEnded, this,
        [this] {
            if (std::exchange(m_lockAfterTransfer, false))
                lockSession();
        },
        Qt::QueuedConnection);
    window->setSettings(m_settings.get(), m_database->path());
    connect(tray(), &TrayController::availabilityChanged, window, &MainWindow::setHidesOnClose);
    window->setHidesOnClose(tray()->isAvailable());
    connect(window, &MainWindow::hiddenOnClose, this, [this] {
        if (m_settings->trayNoticeShown())
            return;
        m_settings->setTrayNoticeShown(true);
        tray()->notify(tr("Soliloquy is still running"),
                       tr("Reminders keep coming while it waits in the system tray. To end it, choose Quit "
                          "in the tray icon's menu."));
    });
    return window;
}

void AppController::applySettings()
{
    if (m_idleTimer.interval() != m_settings->autoLockMinutes() * 60 * 1000)
        setAutoLockMinutes(m_settings->autoLockMinutes());
    ColorScheme::apply(m_settings->theme());
    if (m_index)
        m_index->setIgnoresAccents(m_settings->searchIgnoresAccents());
}

TrayController* AppController::tray()
{
    if (m_tray)
        return m_tray.get();
    // Asks the desktop whether it has a tray and loads the icon engine: not before the first dialog.
    m_tray = std::make_unique<TrayController>();
    m_tray->setLocked(!m_session);
    m_tray->setFallbackNotifier([this](const QString& title, const QString& message) {
        window()->statusBar()->showMessage(QStringLiteral("%1 — %2").arg(title, message), 60 * 1000);
    });
    connect(m_tray.get(), &TrayController::writeRequested, this, &AppController::showForWriting);
    connect(m_tray.get(), &TrayController::lockRequested, this, &AppController::lockSession);
    connect(m_tray.get(), &TrayController::quitRequested, this, &AppController::quit);
    return m_tray.get();
}

void AppController::setUpReminders()
{
    m_reminder = std::make_unique<DailyReminder>(*m_settings);
    connect(m_reminder.get(), &DailyReminder::reminderDue, this, [this] {
        if (!m_settings->remindOnDaysWritten() && wroteToday())
            return;
        tray()->notify(tr("Time to write"), tr("How was your day? A few lines in your journal are enough."));
    });
    connect(m_reminder.get(), &DailyReminder::dayStarted, this, &AppController::notifyOnThisDay);
}

bool AppController::wroteToday() const
{
    // The account open now, or the one that was open before the lock: post times are in
    // clear, so a locked journal can tell too.
    const qint64 userId = m_session ? m_session->userId() : m_lockedUserId;
    if (userId == 0)
        return false;
    const QDate today = m_reminder->now().date();
    return PostRepository(m_database->connection())
               .countForUserBetween(userId, today.startOfDay().toMSecsSinceEpoch(),
                                    today.addDays(1).startOfDay().toMSecsSinceEpoch()) > 0;
}

void AppController::notifyOnThisDay()
{
    if (!m_journal || !m_settings->onThisDayEnabled())
        return;
    const QDate today = m_reminder->now().date();
    if (m_onThisDayShownFor == today)
        return;
    m_onThisDayShownFor = today;
    const QMap<int, int> years = m_journal->postsOnThisDayInEarlierYears(today);
    if (years.isEmpty())
        return;
    QStringList yearNames;
    int posts = 0;
    for (auto it = years.cbegin(); it != years.cend(); ++it) {
        yearNames << QString::number(it.key());
        posts += it.value();
    }
    tray()->notify(tr("On this day"),
                   tr("You wrote %n post(s) on this day in earlier years (%1).", nullptr, posts)
                       .arg(QLocale().createSeparatedList(yearNames)));
}

void AppController::handleRequest(const QString& request)
{
    if (request == SingleInstance::WriteRequest || request == SingleInstance::ShowRequest)
        showForWriting();
}

void AppController::showForWriting()
{
    if (QWidget* modal = QApplication::activeModalWidget()) {
        // The login (or another dialog) is open: that is what needs the user first.
        modal->show();
        modal->raise();
        modal->activateWindow();
        return;
    }
    if (!m_session) {
        // Locked while the window was in the tray: unlock first.
        showLogin(LoginMoment::AfterLock);
        return;
    }
    window()->showForWriting();
}

void AppController::quit()
{
    if (m_quitting)
        return;
    m_quitting = true;
    Q_EMIT quitting();
    if (m_window)
        m_window->quit(); // keeps the draft, and closes the window even where closing only hides it
    qApp->quit();
}

AppController::~AppController()
{
    qApp->removeEventFilter(this);
    if (m_dialog) {
        disconnect(m_dialog, &QDialog::finished, this, nullptr);
        delete m_dialog;
    }
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

void AppController::setIntegrityCheck(std::unique_ptr<IntegrityCheck> check)
{
    m_integrityCheck = std::move(check);
    m_accounts->setWriteGuard([this] { return journalDamage(); });
}

QString AppController::journalDamage()
{
    if (m_integrityCheck) {
        const bool passed = m_integrityCheck->passed();
        m_integrityCheck.reset();
        if (!passed) {
            m_journalDamage = JournalInspector::inspect(m_database->path(), Migration::bundled(),
                                                        JournalInspector::Depth::QuickCheck)
                                  .error.message;
        }
    }
    return m_journalDamage;
}

void AppController::integrityCheckAnswered()
{
    if (journalDamage().isEmpty() || std::exchange(m_damageReported, true))
        return;
    // Found damaged while a dialog is up: every dialog closes, and whoever started the
    // controller hands the journal back to JournalOpener, which refuses it or restores a backup.
    closeDialogs();
    m_registeredSession.reset();
    if (m_session)
        closeJournal();
    if (m_window)
        m_window->hide();
    Q_EMIT damageFound();
}

void AppController::closeDialogs()
{
    // The controller's own dialog closes without its answer being taken: what follows the
    // closing is decided here.
    if (m_dialog)
        disconnect(m_dialog, &QDialog::finished, this, nullptr);
    // Dialogs are opened with open(): each is closed once, in a single pass, whatever is
    // stacked on what.
    const QWidgetList shown = QApplication::topLevelWidgets();
    for (QWidget* widget : shown) {
        if (auto* progress = qobject_cast<QProgressDialog*>(widget)) {
            // Cancelled, even before it shows: rejecting it would only hide it, its work going on.
            progress->cancel();
        } else if (!widget->isVisible()) {
            continue;
        } else if (widget->windowType() == Qt::Popup) {
            widget->close();
        } else if (auto* dialog = qobject_cast<QDialog*>(widget)) {
            dialog->reject();
            dialog->hide(); // even one that refuses Escape, such as the recovery key's
        }
    }
}

void AppController::openDialog(QDialog* dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Often the only window on screen: its closing must not end Soliloquy by itself (Qt's
    // quit on the last window); what follows it decides.
    dialog->setAttribute(Qt::WA_QuitOnClose, false);
    m_dialog = dialog;
    dialog->open();
}

void AppController::start()
{
    if (m_integrityCheck) {
        // SQLite reads the journal once the first dialog is on screen: on a shared core
        // and disk its reading would slow that dialog down. A login before waits for it.
        QTimer::singleShot(IntegrityCheckDelayMs, this, [this] {
            if (m_integrityCheck)
                m_integrityWatcher.setFuture(m_integrityCheck->start());
        });
    }
    // The tray and the main window are made once the first dialog is on screen; the user
    // is still typing.
    QTimer::singleShot(WindowDelayMs, this, [this] {
        tray();
        window();
    });
    // One look at the accounts: none means the first launch; one names the login, so that
    // only the password is left to type (as after a lock).
    const QStringList usernames = m_accounts->usernames(2);
    if (usernames.size() == 1)
        m_loginName = usernames.constFirst();
    if (usernames.isEmpty())
        showRegistration(); // the first launch: nothing to log in to yet
    else
        showLogin(LoginMoment::Launch);
}

void AppController::showRegistration()
{
    auto* dialog = new RegisterDialog(*m_accounts);
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        if (result != QDialog::Accepted) {
            quit();
            return;
        }
        if (dialog->recoveryKey().isEmpty()) {
            enterJournal(dialog->takeSession()); // a synced journal joined: as after a login
            return;
        }
        m_registeredSession = dialog->takeSession();
        showRecoveryKey(dialog->recoveryKey());
    });
    openDialog(dialog);
}

void AppController::showRecoveryKey(const QString& recoveryKey)
{
    auto* dialog = new RecoveryKeyDialog(recoveryKey);
    connect(dialog, &QDialog::finished, this, [this] { enterJournal(std::move(m_registeredSession)); });
    openDialog(dialog);
}

void AppController::showLogin(LoginMoment moment)
{
    if (m_dialog && m_dialog->isVisible()) {
        // One login at a time: a second request brings it to the front.
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    auto* dialog = new LoginDialog(*m_accounts, m_window && m_window->isVisible() ? m_window.get() : nullptr);
    if (!m_loginName.isEmpty())
        dialog->setLogin(m_loginName);
    connect(dialog, &QDialog::finished, this, [this, dialog, moment](int result) {
        if (result == QDialog::Accepted) {
            enterJournal(dialog->takeSession());
            return;
        }
        // Closing the login after a lock (Escape, its close button) leaves the journal locked
        // in the tray, where the reminders go on; its Quit, or no tray to stay in, ends Soliloquy.
        if (moment == LoginMoment::AfterLock && !dialog->quitChosen() && tray()->isAvailable()) {
            tray()->setLocked(true);
            return;
        }
        quit();
    });
    openDialog(dialog);
}

void AppController::enterJournal(std::unique_ptr<Session> session)
{
    m_session = std::move(session);
    m_journal = std::make_unique<Journal>(m_database->connection(), *m_session);
    // The search index follows every change of the journal; it is built in the background.
    m_index = std::make_unique<SearchIndex>();
    m_index->setExcerptText(&MarkdownHtml::plainText);
    m_index->setIgnoresAccents(m_settings->searchIgnoresAccents());
    connect(m_journal.get(), &Journal::postAdded, m_index.get(), &SearchIndex::addOrUpdate);
    connect(m_journal.get(), &Journal::postChanged, m_index.get(), &SearchIndex::addOrUpdate);
    connect(m_journal.get(), &Journal::postRemoved, m_index.get(), &SearchIndex::remove);
    // Posts written from a terminal while the window is open appear within a second. The
    // watcher goes with the journal, at the lock.
    auto* elsewhere = new PostsWrittenElsewhere(*m_journal, *m_session, m_journal.get());
    connect(elsewhere, &PostsWrittenElsewhere::arrived, window(), &MainWindow::showPostsWrittenElsewhere);
    connect(elsewhere, &PostsWrittenElsewhere::arrived, m_index.get(),
            [index = m_index.get()](const QList<Post>& posts) {
                for (const Post& post : posts)
                    index->addOrUpdate(post);
            });
    // The draft comes back from the journal, where it was kept sealed.
    window()->showJournal(m_journal.get(), m_accounts.get(), m_session.get(), m_index.get());
    m_index->buildInBackground(m_database->path(), *m_session);
    // Sync, when the account syncs: a round soon after each change, and what other computers
    // wrote read anew when it arrives.
    for (const auto signal : {&Journal::postAdded, &Journal::postChanged})
        connect(m_journal.get(), signal, m_sync, &SyncController::syncSoon);
    connect(m_journal.get(), &Journal::postRemoved, m_sync, &SyncController::syncSoon);
    m_sync->start(m_database->path(), m_database->connection(), m_session.get());
    takeDailyBackup();
    if (m_session->userId() == m_lockedUserId && m_lockedScrollPosition >= 0) {
        // Back to the same place of before the lock.
        QScrollBar* bar = window()->chatView()->verticalScrollBar();
        QTimer::singleShot(0, bar, [bar, position = m_lockedScrollPosition] { bar->setValue(position); });
    }
    m_lockedUserId = 0;
    m_lockedScrollPosition = -1;
    window()->show();
    window()->activateWindow();
    if (m_idleTimer.interval() > 0)
        m_idleTimer.start();
    tray()->setLocked(false);
    notifyOnThisDay();
    Q_EMIT unlocked();
}

bool AppController::isLocked() const
{
    return !m_session;
}

void AppController::lockSession()
{
    if (!m_session)
        return;
    m_idleTimer.stop();
    // The dialogs over the window read the journal the lock takes away: they close first. A
    // transfer in progress holds the session until it returns: it is cancelled (and rolls
    // back), and the lock goes on once it has returned (transfersEnded).
    closeDialogs();
    if (!m_session)
        return; // a dialog's answer locked already (a new password)
    if (window()->isTransferring()) {
        window()->cancelTransfer();
        m_lockAfterTransfer = true;
        return;
    }
    const ChatView* view = window()->chatView();
    m_lockedScrollPosition = view->isPinnedToNewest() ? -1 : view->verticalScrollBar()->value();
    m_lockedUserId = m_session->userId();
    closeJournal();
    const bool wasInTray = !window()->isVisible() && tray()->isAvailable();
    window()->hide();
    if (wasInTray)
        return; // stays in the tray, locked; Write... unlocks
    showLogin(LoginMoment::AfterLock);
}

void AppController::closeJournal()
{
    m_idleTimer.stop();
    m_sync->stop(); // a round reads with the key: it ends first
    window()->clearForLock();
    m_index.reset();
    m_journal.reset();
    if (m_session) {
        m_loginName = m_session->username();
        m_session->lock();
    }
    m_session.reset();
    tray()->setLocked(true);
}

void AppController::takeDailyBackup()
{
    if (!m_database->isOpen())
        return;
    QString written;
    const StorageError error =
        DailyBackups::takeIfDue(*m_database, QDateTime::currentDateTimeUtc(), &written);
    if (error.isError())
        window()->statusBar()->showMessage(tr("The daily backup failed: %1").arg(error.message), 15000);
}

void AppController::showBackups()
{
    auto* dialog = new BackupsDialog(*m_database, window());
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        if (result == QDialog::Accepted && !dialog->chosenBackup().isEmpty())
            restoreBackup(dialog->chosenBackup());
    });
    openDialog(dialog);
}

void AppController::restoreBackup(const QString& backupFile)
{
    // Everything that holds the journal open or its decrypted text goes first.
    closeDialogs();
    closeJournal();
    m_lockedUserId = 0;
    m_lockedScrollPosition = -1;
    m_accounts.reset();
    const QString path = m_database->path();
    m_database->close();
    const StorageError error = Database::restore(path, backupFile);
    window()->hide();
    if (!m_database->open()) {
        MessageBox::warning(nullptr, tr("Soliloquy cannot open the journal"), m_database->error().message,
                            [this] { quit(); });
        return;
    }
    m_accounts = std::make_unique<AccountService>(m_database->connection());
    // The restored file was checked whole before it took the journal's place.
    m_integrityCheck.reset();
    m_journalDamage.clear();
    if (error.isError()) {
        MessageBox::warning(nullptr, tr("Not restored"), error.message,
                            [this] { showLogin(LoginMoment::AfterLock); });
        return;
    }
    showLogin(LoginMoment::AfterLock);
}
