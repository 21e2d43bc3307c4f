#include "SingleInstance.h"

#include "InstanceChannel.h"

#include <QCryptographicHash>
#include <QFileInfo>

#ifdef SOLILOQUY_CHANNEL_MODULE
#include "crypto/RuntimeModule.h"
#else
#include "LocalSocketChannel.h"
#endif

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace {

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

std::unique_ptr<InstanceChannel> makeChannel()
{
#ifdef SOLILOQUY_CHANNEL_MODULE
    QString error;
    using Create = InstanceChannel* (*)();
    if (const auto create = reinterpret_cast<Create>(RuntimeModule::resolve(
            QStringLiteral(SOLILOQUY_CHANNEL_MODULE), "soliloquyCreateInstanceChannel", &error)))
        return std::unique_ptr<InstanceChannel>(create());
    qWarning("Soliloquy cannot meet its other starts: its socket module did not load (%s)",
             qPrintable(error));
    return nullptr;
#else
    return std::make_unique<LocalSocketChannel>();
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

InstanceChannel* SingleInstance::channel() const
{
    if (!m_channel)
        m_channel = makeChannel();
    return m_channel.get();
}

bool SingleInstance::handOver(const QString& request, int timeoutMs) const
{
    InstanceChannel* channel = this->channel();
    return channel && channel->handOver(m_serverName, request, timeoutMs);
}

bool SingleInstance::listen()
{
    InstanceChannel* channel = this->channel();
    return channel &&
           channel->listen(m_serverName, [this](const QString& request) { Q_EMIT requestReceived(request); });
}

QString SingleInstance::fullServerName() const
{
    return m_channel ? m_channel->fullServerName() : QString();
}
