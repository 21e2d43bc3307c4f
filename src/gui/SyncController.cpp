#include "SyncController.h"

#include "core/Session.h"
#include "storage/WorkerConnection.h"

#include <QDir>
#include <QLocale>
#include <QtConcurrent>

SyncController::SyncController(QObject* parent)
    : QObject(parent)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(DebounceMs);
    m_period.setInterval(PeriodMs);
    connect(&m_debounce, &QTimer::timeout, this, &SyncController::syncNow);
    connect(&m_period, &QTimer::timeout, this, &SyncController::syncNow);
    // A sync tool writing into the folder: the files may still be arriving, so a moment later.
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &SyncController::syncSoon);
    connect(&m_round, &QFutureWatcher<SyncRound::Report>::finished, this, &SyncController::finishRound);
}

SyncController::~SyncController()
{
    stop();
}

void SyncController::start(const QString& databasePath, const QSqlDatabase& connection,
                           const Session* session)
{
    stop();
    m_databasePath = databasePath;
    m_connection = connection;
    m_session = session;
    loadSettings();
    if (m_settings)
        syncNow();
}

void SyncController::stop()
{
    m_debounce.stop();
    m_period.stop();
    m_again = false;
    // The round reads with the session's key: it ends before the key is wiped.
    m_round.waitForFinished();
    storeRenameAfterRound();
    m_session = nullptr;
    m_settings.reset();
    m_problems.clear();
    m_computers.clear();
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
}

void SyncController::loadSettings()
{
    m_settings = m_session ? SyncState(m_connection).settings(m_session->userId()) : std::nullopt;
    if (m_settings) {
        m_period.start();
        watchFolder();
    }
}

void SyncController::watchFolder()
{
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
    if (!m_settings)
        return;
    const QDir computers(QDir(m_settings->folder).filePath(QStringLiteral("computers")));
    QStringList folders{m_settings->folder, computers.path()};
    const QStringList names = computers.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& name : names)
        folders << computers.filePath(name);
    for (const QString& folder : std::as_const(folders)) {
        if (QFileInfo::exists(folder))
            m_watcher.addPath(folder);
    }
}

bool SyncController::enable(const QString& folder, const QString& computerName, QString* error)
{
    if (!m_session) {
        *error = tr("The journal is locked.");
        return false;
    }
    if (!SyncRound::enable(m_connection, *m_session, folder, computerName, error))
        return false;
    loadSettings();
    syncNow();
    return true;
}

bool SyncController::rename(const QString& computerName, QString* error)
{
    if (!m_settings || !m_session) {
        *error = tr("Sync is off.");
        return false;
    }
    if (m_round.isRunning())
        m_renameAfterRound = computerName;
    else if (!storeComputerName(computerName, error))
        return false;
    m_settings->computerName = computerName;
    if (!m_computers.isEmpty())
        m_computers.first() = computerName;
    syncNow();
    return true;
}

bool SyncController::storeComputerName(const QString& computerName, QString* error)
{
    StorageError stored;
    if (SyncState(m_connection).setComputerName(m_session->userId(), computerName, &stored))
        return true;
    *error = stored.message;
    return false;
}

QString SyncController::storeRenameAfterRound()
{
    QString error;
    if (const QString name = std::exchange(m_renameAfterRound, QString()); !name.isEmpty() && m_session)
        storeComputerName(name, &error);
    return error;
}

void SyncController::syncSoon()
{
    if (m_settings)
        m_debounce.start();
}

void SyncController::syncNow()
{
    if (!m_settings || !m_session)
        return;
    m_debounce.stop();
    if (m_round.isRunning()) {
        m_again = true;
        return;
    }
    const QString path = m_databasePath;
    const Session* session = m_session;
    m_round.setFuture(QtConcurrent::run([path, session] {
        WorkerConnection connection(path);
        if (!connection.isOpen()) {
            SyncRound::Report failed;
            failed.folderAvailable = true;
            failed.problems << connection.error();
            return failed;
        }
        return SyncRound(connection.database(), *session).run();
    }));
}

void SyncController::finishRound()
{
    if (!m_settings)
        return;
    const SyncRound::Report report = m_round.result();
    m_lastRound = QDateTime::currentDateTime();
    m_problems = report.problems;
    if (const QString error = storeRenameAfterRound(); !error.isEmpty())
        m_problems << error;
    if (!report.computers.isEmpty()) {
        m_computers = report.computers;
        m_computers.first() = m_settings->computerName; // the round may have read the name before a rename
    }
    const QString time = QLocale().toString(m_lastRound.time(), QLocale::ShortFormat);
    if (!report.folderAvailable)
        m_status = tr("Sync: the folder %1 is not there; changes wait here until it is back.")
                       .arg(QDir::toNativeSeparators(m_settings->folder));
    else if (!report.problems.isEmpty())
        m_status = tr("Synced at %1; %n file(s) could not be applied.", nullptr, int(report.problems.size()))
                       .arg(time);
    else if (!report.waiting.isEmpty())
        m_status =
            tr("Synced at %1; %n file(s) still arriving.", nullptr, int(report.waiting.size())).arg(time);
    else
        m_status = tr("Synced at %1.").arg(time);
    watchFolder(); // computers that joined since
    Q_EMIT statusChanged(m_status);
    if (report.applied > 0 || report.accountChanged)
        Q_EMIT changesArrived();
    Q_EMIT roundFinished();
    if (m_again) {
        m_again = false;
        syncNow();
    }
}
