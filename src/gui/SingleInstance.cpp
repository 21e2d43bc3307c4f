#include "SingleInstance.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QThread>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace {

constexpr qint64 MaxRequestBytes = 256;
constexpr int RetryMs = 20;
const QByteArray Taken = QByteArrayLiteral("taken\n");

QString canonicalJournalPath(const QString& databasePath)
{
    const QFileInfo file(databasePath);
    if (file.exists())
        return file.canonicalFilePath();
    const QString folder = QFileInfo(file.absolutePath()).canonicalFilePath();
    return (folder.isEmpty() ? file.absolutePath() : folder) + QLatin1Char('/') + file.fileName();
}

// Who runs this: sockets of one name for two users would meet in the shared temporary folder.
QString userId()
{
#ifdef Q_OS_UNIX
    return QString::number(::getuid());
#else
    return qEnvironmentVariable("USERNAME");
#endif
}

} // namespace

SingleInstance::SingleInstance(const QString& databasePath, QObject* parent)
    : QObject(parent)
    , m_serverName(serverNameFor(databasePath))
{}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::serverNameFor(const QString& databasePath)
{
    // A hash: the name stays short (a Unix socket's path has ~100 bytes) and says nothing of
    // where the journal is.
    const QByteArray journal =
        QCryptographicHash::hash(canonicalJournalPath(databasePath).toUtf8(), QCryptographicHash::Sha256)
            .toHex()
            .left(32);
    return QStringLiteral("soliloquy-%1-%2").arg(userId(), QString::fromLatin1(journal));
}

bool SingleInstance::handOver(const QString& request, int timeoutMs) const
{
    const QDeadlineTimer deadline(timeoutMs);
    QLocalSocket socket;
    for (;;) {
        socket.connectToServer(m_serverName);
        if (socket.waitForConnected(int(qMax<qint64>(deadline.remainingTime(), 1))))
            break;
        if (deadline.hasExpired())
            return false;
        // The window holds the journal but does not listen yet: it is still starting.
        QThread::msleep(RetryMs);
    }
    socket.write(request.toUtf8() + '\n');
    if (!socket.waitForBytesWritten(int(qMax<qint64>(deadline.remainingTime(), 1))))
        return false;
    // The window answers once it has the request.
    while (!socket.canReadLine()) {
        if (deadline.hasExpired() || !socket.waitForReadyRead(int(qMax<qint64>(deadline.remainingTime(), 1))))
            return false;
    }
    return socket.readLine() == Taken;
}

bool SingleInstance::listen()
{
    if (m_server)
        return true;
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_serverName)) {
        // Left by a window that crashed: this start holds the journal's lock, so no window
        // of this journal runs any more.
        QLocalServer::removeServer(m_serverName);
        if (!m_server->listen(m_serverName)) {
            qWarning("Soliloquy cannot take requests from other starts: %s",
                     qPrintable(m_server->errorString()));
            delete m_server;
            m_server = nullptr;
            return false;
        }
    }
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::takeRequest);
    return true;
}

QString SingleInstance::fullServerName() const
{
    return m_server ? m_server->fullServerName() : QString();
}

void SingleInstance::takeRequest()
{
    while (QLocalSocket* socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        // Read as it arrives: the event loop goes on meanwhile.
        const auto read = [this, socket] {
            if (!socket->canReadLine()) {
                if (socket->bytesAvailable() > MaxRequestBytes)
                    socket->disconnectFromServer();
                return;
            }
            const QString request = QString::fromUtf8(socket->readLine(MaxRequestBytes)).trimmed();
            socket->write(Taken);
            socket->disconnectFromServer();
            // Handling may open a dialog: not from inside the socket's signal.
            QMetaObject::invokeMethod(
                this, [this, request] { Q_EMIT requestReceived(request); }, Qt::QueuedConnection);
        };
        connect(socket, &QLocalSocket::readyRead, this, read);
        read();
    }
}
