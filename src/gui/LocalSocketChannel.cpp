#include "LocalSocketChannel.h"

#include <QDeadlineTimer>
#include <QLocalServer>
#include <QLocalSocket>
#include <QThread>

namespace {

constexpr qint64 MaxRequestBytes = 256;
constexpr int RetryMs = 20;
const QByteArray Taken = QByteArrayLiteral("taken\n");

int remaining(const QDeadlineTimer& deadline)
{
    return int(qMax<qint64>(deadline.remainingTime(), 1));
}

} // namespace

LocalSocketChannel::LocalSocketChannel() = default;

LocalSocketChannel::~LocalSocketChannel() = default;

bool LocalSocketChannel::handOver(const QString& serverName, const QString& request, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    QLocalSocket socket;
    for (;;) {
        socket.connectToServer(serverName);
        if (socket.waitForConnected(remaining(deadline)))
            break;
        if (deadline.hasExpired())
            return false;
        // The window holds the journal but does not listen yet: it is still starting.
        QThread::msleep(RetryMs);
    }
    socket.write(request.toUtf8() + '\n');
    if (!socket.waitForBytesWritten(remaining(deadline)))
        return false;
    // The window answers once it has the request.
    while (!socket.canReadLine()) {
        if (deadline.hasExpired() || !socket.waitForReadyRead(remaining(deadline)))
            return false;
    }
    return socket.readLine() == Taken;
}

bool LocalSocketChannel::listen(const QString& serverName, std::function<void(const QString&)> received)
{
    if (m_server)
        return true;
    m_received = std::move(received);
    m_server = std::make_unique<QLocalServer>();
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(serverName)) {
        // Left by a window that crashed: this start holds the journal's lock, so no window
        // of this journal runs any more.
        QLocalServer::removeServer(serverName);
        if (!m_server->listen(serverName)) {
            qWarning("Soliloquy cannot take requests from other starts: %s",
                     qPrintable(m_server->errorString()));
            m_server.reset();
            return false;
        }
    }
    QObject::connect(m_server.get(), &QLocalServer::newConnection, m_server.get(),
                     [this] { takeRequests(); });
    return true;
}

QString LocalSocketChannel::fullServerName() const
{
    return m_server ? m_server->fullServerName() : QString();
}

void LocalSocketChannel::takeRequests()
{
    while (QLocalSocket* socket = m_server->nextPendingConnection()) {
        QObject::connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
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
                m_server.get(), [this, request] { m_received(request); }, Qt::QueuedConnection);
        };
        QObject::connect(socket, &QLocalSocket::readyRead, socket, read);
        read();
    }
}

InstanceChannel* soliloquyCreateInstanceChannel()
{
    return new LocalSocketChannel;
}
