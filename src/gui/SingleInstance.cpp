#include "SingleInstance.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QSaveFile>
#include <QThread>
#include <QTimer>

namespace {

const QString RequestPattern = QStringLiteral("*.request");
constexpr qint64 MaxRequestBytes = 256;
constexpr int AnswerPollMs = 10;
// Only when the folder cannot be watched (the system's watch limit is reached).
constexpr int FolderPollMs = 500;
QAtomicInteger<int> requestCounter;

QString canonicalJournalPath(const QString& databasePath)
{
    const QFileInfo file(databasePath);
    if (file.exists())
        return file.canonicalFilePath();
    const QString folder = QFileInfo(file.absolutePath()).canonicalFilePath();
    return (folder.isEmpty() ? file.absolutePath() : folder) + QLatin1Char('/') + file.fileName();
}

} // namespace

SingleInstance::SingleInstance(const QString& databasePath, QObject* parent)
    : QObject(parent)
    , m_requestFolder(requestFolderFor(databasePath))
{}

SingleInstance::~SingleInstance()
{
    // Only when empty: a request that arrives while this window closes stays for the next one.
    if (m_watcher)
        QDir().rmdir(m_requestFolder);
}

QString SingleInstance::requestFolderFor(const QString& databasePath)
{
    return canonicalJournalPath(databasePath) + QStringLiteral(".requests");
}

bool SingleInstance::handOver(const QString& request, int timeoutMs) const
{
    // The running window may still be on its way to listen(): it takes what waits here.
    QDir().mkpath(m_requestFolder);
    const QString path = QDir(m_requestFolder)
                             .filePath(QStringLiteral("%1-%2.request")
                                           .arg(QCoreApplication::applicationPid())
                                           .arg(requestCounter.fetchAndAddRelaxed(1)));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(request.toUtf8()) < 0 || !file.commit())
        return false;
    // The window deletes the file once it has the request: that is the answer.
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (!QFileInfo::exists(path))
            return true;
        QThread::msleep(AnswerPollMs);
    }
    // Nobody took it (a window that hangs): withdraw it, unless it was taken just now.
    return !QFile::remove(path);
}

bool SingleInstance::listen()
{
    if (m_watcher)
        return true;
    if (!QDir().mkpath(m_requestFolder)) {
        qWarning("Soliloquy cannot take requests from other starts: %s cannot be created",
                 qPrintable(m_requestFolder));
        return false;
    }
    m_watcher = new QFileSystemWatcher(this);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &SingleInstance::takeRequests);
    if (!m_watcher->addPath(m_requestFolder)) {
        auto* poll = new QTimer(this);
        connect(poll, &QTimer::timeout, this, &SingleInstance::takeRequests);
        poll->start(FolderPollMs);
    }
    takeRequests();
    return true;
}

void SingleInstance::takeRequests()
{
    const QFileInfoList files =
        QDir(m_requestFolder).entryInfoList({RequestPattern}, QDir::Files, QDir::Time | QDir::Reversed);
    for (const QFileInfo& info : files) {
        QFile file(info.filePath());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QString request = QString::fromUtf8(file.read(MaxRequestBytes)).trimmed();
        file.close();
        if (!file.remove())
            continue; // withdrawn by its sender, which gave up waiting
        // Handling may open a dialog; not from inside the watcher's signal.
        QMetaObject::invokeMethod(
            this, [this, request] { Q_EMIT requestReceived(request); }, Qt::QueuedConnection);
    }
}
