#include "SingleInstance.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QTimer>

namespace {

const QByteArray Acknowledgement = "ok\n";
constexpr int ReadTimeoutMs = 2000;

} // namespace

SingleInstance::SingleInstance(const QString& databasePath, QObject* parent)
    : QObject(parent)
    , m_serverName(serverNameFor(databasePath))
{}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::serverNameFor(const QString& databasePath)
{
    // The same file reached by another path (a symlink, "..") must meet the same instance;
    // the user name keeps two accounts on one machine apart.
    const QFileInfo file(databasePath);
    const QString canonical = file.exists() ? file.canonicalFilePath()
                                            : QFileInfo(file.absolutePath()).canonicalFilePath() +
                                                  QLatin1Char('/') + file.fileName();
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    const QByteArray hash =
        QCryptographicHash::hash((user + QLatin1Char('\n') + canonical).toUtf8(), QCryptographicHash::Sha256);
    return QStringLiteral("soliloquy-") + QString::fromLatin1(hash.toHex().left(24));
}

bool SingleInstance::handOver(const QString& request, int timeoutMs) const
{
    QLocalSocket socket;
    socket.connectToServer(m_serverName);
    if (!socket.waitForConnected(timeoutMs))
        return false; // nobody listens (or a stale socket of a crashed run): start normally
    socket.write(request.toUtf8() + '\n');
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    const QDeadlineTimer deadline(timeoutMs);
    while (!socket.canReadLine() && !deadline.hasExpired()) {
        if (!socket.waitForReadyRead(int(deadline.remainingTime())))
            break;
    }
    return socket.readLine() == Acknowledgement;
}

bool SingleInstance::listen()
{
    if (m_server)
        return true;
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_serverName)) {
        // A socket left behind by a run that crashed; handOver() found nobody behind it.
        QLocalServer::removeServer(m_serverName);
        if (!m_server->listen(m_serverName)) {
            qWarning("Soliloquy cannot listen for other starts: %s", qPrintable(m_server->errorString()));
            return false;
        }
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket* socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                if (!socket->canReadLine())
                    return;
                const QString request = QString::fromUtf8(socket->readLine()).trimmed();
                socket->write(Acknowledgement);
                socket->flush();
                socket->disconnectFromServer();
                // Handling may open a dialog; not from inside this socket's signal.
                QMetaObject::invokeMethod(
                    this, [this, request] { Q_EMIT requestReceived(request); }, Qt::QueuedConnection);
            });
            // A client that never writes is dropped.
            QTimer::singleShot(ReadTimeoutMs, socket, [socket] { socket->abort(); });
        }
    });
    return true;
}
