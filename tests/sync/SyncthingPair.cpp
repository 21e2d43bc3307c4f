#include "SyncthingPair.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QJsonObject>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <utility>
#include <vector>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

using namespace std::chrono_literals;

namespace {

constexpr auto RequestTimeout = 10s;
constexpr auto GenerateTimeout = 30s;

// Ports on 127.0.0.1 that nothing listens on now: each is bound once and released.
QList<quint16> freePorts(int count)
{
    std::vector<std::unique_ptr<QTcpServer>> servers;
    QList<quint16> ports;
    for (int i = 0; i < count; ++i) {
        auto server = std::make_unique<QTcpServer>();
        if (!server->listen(QHostAddress::LocalHost, 0))
            return {};
        ports.append(server->serverPort());
        servers.push_back(std::move(server));
    }
    return ports;
}

QString randomKey()
{
    QString key;
    const QString alphabet = QStringLiteral("abcdefghijklmnopqrstuvwxyz0123456789");
    for (int i = 0; i < 32; ++i)
        key.append(alphabet.at(QRandomGenerator::global()->bounded(alphabet.size())));
    return key;
}

std::unique_ptr<QProcess> newProcess(const QString& home)
{
    auto process = std::make_unique<QProcess>();
    process->setProgram(SyncthingPair::executable());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("STNODEFAULTFOLDER"), QStringLiteral("1"));
    environment.insert(QStringLiteral("STNOUPGRADE"), QStringLiteral("1"));
    environment.insert(QStringLiteral("STNORESTART"), QStringLiteral("1"));
    environment.remove(QStringLiteral("STTRACE"));
    process->setProcessEnvironment(environment);
    process->setProcessChannelMode(QProcess::MergedChannels);
    process->setStandardOutputFile(QDir(home).filePath(QStringLiteral("syncthing.log")), QIODevice::Append);
#ifdef Q_OS_LINUX
    // Gone with the test, even when it crashes.
    process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
#endif
    return process;
}

} // namespace

QString SyncthingPair::executable()
{
    return QStandardPaths::findExecutable(QStringLiteral("syncthing"));
}

SyncthingPair::SyncthingPair()
    : m_apiKey(randomKey())
{
    m_network.setProxy(QNetworkProxy::NoProxy);
    m_instances[A].name = QStringLiteral("A");
    m_instances[B].name = QStringLiteral("B");
}

SyncthingPair::~SyncthingPair()
{
    stop();
}

QString SyncthingPair::folder(Side side) const
{
    return m_instances.at(side).folder;
}

bool SyncthingPair::start(std::chrono::milliseconds timeout, QString* error)
{
    if (executable().isEmpty()) {
        *error = QStringLiteral("syncthing is not installed");
        return false;
    }
    if (!m_root.isValid()) {
        *error = QStringLiteral("no temporary folder: %1").arg(m_root.errorString());
        return false;
    }
    const QList<quint16> ports = freePorts(4);
    if (ports.size() != 4) {
        *error = QStringLiteral("no free ports on 127.0.0.1");
        return false;
    }
    for (int i = 0; i < 2; ++i) {
        Instance& instance = m_instances.at(i);
        const QString base = m_root.filePath(instance.name);
        instance.home = base + QStringLiteral("/home");
        instance.folder = base + QStringLiteral("/folder");
        instance.listenPort = ports.at(2 * i);
        instance.guiPort = ports.at(2 * i + 1);
        // Syncthing shares a folder only while its marker is there (so that an unmounted
        // drive does not look like a folder whose files were all deleted).
        if (!QDir().mkpath(instance.home) || !QDir().mkpath(instance.folder + QStringLiteral("/.stfolder"))) {
            *error = QStringLiteral("cannot create %1").arg(base);
            return false;
        }
        if (!generate(instance, error))
            return false;
    }
    for (int i = 0; i < 2; ++i) {
        if (!writeConfig(m_instances.at(i), m_instances.at(1 - i), error))
            return false;
    }
    for (Instance& instance : m_instances) {
        instance.process = newProcess(instance.home);
        instance.process->setArguments({QStringLiteral("serve"), QStringLiteral("--home"), instance.home,
                                        QStringLiteral("--no-browser"), QStringLiteral("--no-restart"),
                                        QStringLiteral("--no-upgrade")});
        instance.process->start();
        if (!instance.process->waitForStarted()) {
            *error = QStringLiteral("syncthing %1 did not start: %2")
                         .arg(instance.name, instance.process->errorString());
            return false;
        }
    }
    const QDeadlineTimer deadline(timeout);
    return waitUntil([this](Side side, QString* state) { return isConnected(side, state); }, timeout,
                     QStringLiteral("connected"), error) &&
           waitUntilInStep(std::chrono::milliseconds(deadline.remainingTime()), error);
}

bool SyncthingPair::generate(Instance& instance, QString* error)
{
    const std::unique_ptr<QProcess> process = newProcess(instance.home);
    process->setArguments({QStringLiteral("generate"), QStringLiteral("--home"), instance.home,
                           QStringLiteral("--no-default-folder"), QStringLiteral("--skip-port-probing")});
    process->start();
    if (!process->waitForFinished(int(std::chrono::milliseconds(GenerateTimeout).count())) ||
        process->exitStatus() != QProcess::NormalExit || process->exitCode() != 0) {
        *error = QStringLiteral("syncthing generate failed for %1: %2").arg(instance.name, logTail(instance));
        return false;
    }
    // The generated configuration names this device (its id comes from the key just made) and
    // the configuration format this Syncthing writes.
    QFile config(QDir(instance.home).filePath(QStringLiteral("config.xml")));
    if (!config.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("syncthing generate wrote no config.xml for %1").arg(instance.name);
        return false;
    }
    QXmlStreamReader xml(&config);
    QString version;
    while (!xml.atEnd() && (version.isEmpty() || instance.deviceId.isEmpty())) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"configuration")
            version = xml.attributes().value(u"version").toString();
        else if (xml.name() == u"device" && instance.deviceId.isEmpty())
            instance.deviceId = xml.attributes().value(u"id").toString();
    }
    if (version.isEmpty() || instance.deviceId.isEmpty()) {
        *error =
            QStringLiteral("the config.xml generated for %1 has no version or device id").arg(instance.name);
        return false;
    }
    // Both come from one syncthing executable.
    m_configVersion = version;
    return true;
}

bool SyncthingPair::writeConfig(const Instance& self, const Instance& peer, QString* error) const
{
    QSaveFile file(QDir(self.home).filePath(QStringLiteral("config.xml")));
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    QXmlStreamWriter xml(&file);
    xml.setAutoFormatting(true);
    xml.writeStartElement(u"configuration");
    xml.writeAttribute(u"version", m_configVersion);

    xml.writeStartElement(u"folder");
    xml.writeAttribute(u"id", folderId());
    xml.writeAttribute(u"label", QStringLiteral("Soliloquy"));
    xml.writeAttribute(u"path", self.folder);
    xml.writeAttribute(u"type", QStringLiteral("sendreceive"));
    // The watcher sends a change a second after it happens; the rescan is for a watcher that
    // misses one.
    xml.writeAttribute(u"rescanIntervalS", QStringLiteral("5"));
    xml.writeAttribute(u"fsWatcherEnabled", QStringLiteral("true"));
    xml.writeAttribute(u"fsWatcherDelayS", QStringLiteral("1"));
    xml.writeAttribute(u"ignorePerms", QStringLiteral("false"));
    xml.writeAttribute(u"autoNormalize", QStringLiteral("true"));
    xml.writeTextElement(u"filesystemType", QStringLiteral("basic"));
    for (const Instance* device : {&self, &peer}) {
        xml.writeStartElement(u"device");
        xml.writeAttribute(u"id", device->deviceId);
        xml.writeEndElement();
    }
    // As Syncthing's own defaults: a conflict leaves a copy beside the file, so that a test sees it.
    xml.writeTextElement(u"maxConflicts", QStringLiteral("10"));
    xml.writeTextElement(u"markerName", QStringLiteral(".stfolder"));
    xml.writeEndElement();

    for (const Instance* device : {&self, &peer}) {
        xml.writeStartElement(u"device");
        xml.writeAttribute(u"id", device->deviceId);
        xml.writeAttribute(u"name", device->name);
        xml.writeAttribute(u"compression", QStringLiteral("metadata"));
        xml.writeAttribute(u"introducer", QStringLiteral("false"));
        xml.writeTextElement(u"address", device == &self
                                             ? QStringLiteral("dynamic")
                                             : QStringLiteral("tcp://127.0.0.1:%1").arg(device->listenPort));
        xml.writeTextElement(u"autoAcceptFolders", QStringLiteral("false"));
        xml.writeEndElement();
    }

    xml.writeStartElement(u"gui");
    xml.writeAttribute(u"enabled", QStringLiteral("true"));
    xml.writeAttribute(u"tls", QStringLiteral("false"));
    xml.writeTextElement(u"address", QStringLiteral("127.0.0.1:%1").arg(self.guiPort));
    xml.writeTextElement(u"apikey", m_apiKey);
    xml.writeEndElement();

    const std::pair<QAnyStringView, QString> options[] = {
        {u"listenAddress", QStringLiteral("tcp://127.0.0.1:%1").arg(self.listenPort)},
        {u"globalAnnounceEnabled", QStringLiteral("false")},
        {u"localAnnounceEnabled", QStringLiteral("false")},
        {u"announceLANAddresses", QStringLiteral("false")},
        {u"relaysEnabled", QStringLiteral("false")},
        {u"natEnabled", QStringLiteral("false")},
        {u"stunKeepaliveStartS", QStringLiteral("0")},
        {u"stunKeepaliveMinS", QStringLiteral("0")},
        {u"urAccepted", QStringLiteral("-1")}, // usage reporting declined
        {u"crashReportingEnabled", QStringLiteral("false")},
        {u"autoUpgradeIntervalH", QStringLiteral("0")},
        {u"startBrowser", QStringLiteral("false")},
        // The default waits a minute before dialling again a peer that was not up yet; 5 s is
        // the shortest Syncthing takes.
        {u"reconnectionIntervalS", QStringLiteral("5")},
        {u"setLowPriority", QStringLiteral("false")},
    };
    xml.writeStartElement(u"options");
    for (const auto& [name, value] : options)
        xml.writeTextElement(name, value);
    xml.writeEndElement();

    xml.writeEndElement();
    if (xml.hasError() || !file.commit()) {
        *error =
            QStringLiteral("cannot write the configuration of %1: %2").arg(self.name, file.errorString());
        return false;
    }
    return true;
}

bool SyncthingPair::request(Side side, const QByteArray& verb, const QString& pathAndQuery,
                            const QByteArray& body, QJsonDocument* answer, QString* error)
{
    const Instance& instance = m_instances.at(side);
    QNetworkRequest call(
        QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(instance.guiPort).arg(pathAndQuery)));
    call.setRawHeader("X-API-Key", m_apiKey.toLatin1());
    call.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    call.setTransferTimeout(RequestTimeout);
    const std::unique_ptr<QNetworkReply, void (*)(QNetworkReply*)> reply(
        m_network.sendCustomRequest(call, verb, body), [](QNetworkReply* r) { r->deleteLater(); });
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(RequestTimeout + 1s)) {
        *error =
            QStringLiteral("%1 %2 on %3: no answer").arg(QLatin1String(verb), pathAndQuery, instance.name);
        return false;
    }
    const QByteArray bytes = reply->readAll();
    if (reply->error() != QNetworkReply::NoError) {
        *error = QStringLiteral("%1 %2 on %3: %4 %5")
                     .arg(QLatin1String(verb), pathAndQuery, instance.name, reply->errorString(),
                          QString::fromUtf8(bytes));
        return false;
    }
    if (answer)
        *answer = QJsonDocument::fromJson(bytes);
    return true;
}

bool SyncthingPair::limitReceiveRate(Side side, int kibPerSecond, QString* error)
{
    const QJsonObject options{{QStringLiteral("maxRecvKbps"), kibPerSecond},
                              {QStringLiteral("limitBandwidthInLan"), kibPerSecond > 0}};
    return request(side, QByteArrayLiteral("PATCH"), QStringLiteral("/rest/config/options"),
                   QJsonDocument(options).toJson(QJsonDocument::Compact), nullptr, error);
}

bool SyncthingPair::isConnected(Side side, QString* state)
{
    QJsonDocument connections;
    if (!request(side, QByteArrayLiteral("GET"), QStringLiteral("/rest/system/connections"), {}, &connections,
                 state))
        return false;
    const QString peerId = m_instances.at(1 - side).deviceId;
    if (!connections[QStringLiteral("connections")][peerId][QStringLiteral("connected")].toBool()) {
        *state = QStringLiteral("%1 is not connected to its peer").arg(m_instances.at(side).name);
        return false;
    }
    return true;
}

bool SyncthingPair::isInStep(Side side, QString* state)
{
    const QString name = m_instances.at(side).name;
    QJsonDocument status;
    if (!request(side, QByteArrayLiteral("GET"), QStringLiteral("/rest/db/status?folder=%1").arg(folderId()),
                 {}, &status, state))
        return false;
    const QString folderState = status[QStringLiteral("state")].toString();
    if (folderState != QLatin1String("idle") || status[QStringLiteral("needTotalItems")].toInteger() != 0) {
        *state = QStringLiteral("%1's folder is %2, needing %3 items %4")
                     .arg(name, folderState)
                     .arg(status[QStringLiteral("needTotalItems")].toInteger())
                     .arg(status[QStringLiteral("error")].toString());
        return false;
    }
    // The peer shares the folder too and has everything this side has.
    const QString peerId = m_instances.at(1 - side).deviceId;
    QJsonDocument completion;
    if (!request(side, QByteArrayLiteral("GET"),
                 QStringLiteral("/rest/db/completion?folder=%1&device=%2").arg(folderId(), peerId), {},
                 &completion, state))
        return false;
    const QString remoteState = completion[QStringLiteral("remoteState")].toString();
    const double percent = completion[QStringLiteral("completion")].toDouble();
    if (remoteState != QLatin1String("valid") || percent < 100) {
        *state = QStringLiteral("%1 sees the peer's folder as %2, %3 % complete")
                     .arg(name, remoteState)
                     .arg(percent);
        return false;
    }
    return true;
}

bool SyncthingPair::waitUntil(const std::function<bool(Side, QString*)>& condition,
                              std::chrono::milliseconds timeout, const QString& what, QString* error)
{
    const QDeadlineTimer deadline(timeout);
    QString state;
    while (true) {
        for (const Instance& instance : m_instances) {
            if (!instance.process || instance.process->state() != QProcess::Running) {
                *error = QStringLiteral("syncthing %1 stopped:\n%2").arg(instance.name, logTail(instance));
                return false;
            }
        }
        if (condition(A, &state) && condition(B, &state))
            return true;
        if (deadline.hasExpired()) {
            *error =
                QStringLiteral("the two Syncthing instances were not %1 within %2 s (%3).\nA:\n%4\nB:\n%5")
                    .arg(what)
                    .arg(timeout.count() / 1000)
                    .arg(state, logTail(m_instances[A]), logTail(m_instances[B]));
            return false;
        }
        QTest::qWait(200);
    }
}

bool SyncthingPair::waitUntilInStep(std::chrono::milliseconds timeout, QString* error)
{
    return waitUntil([this](Side side, QString* state) { return isInStep(side, state); }, timeout,
                     QStringLiteral("in step"), error);
}

QString SyncthingPair::logTail(Side side) const
{
    return logTail(m_instances.at(side));
}

QString SyncthingPair::logTail(const Instance& instance)
{
    QFile log(QDir(instance.home).filePath(QStringLiteral("syncthing.log")));
    if (!log.open(QIODevice::ReadOnly))
        return {};
    const QStringList lines = QString::fromUtf8(log.readAll()).split(QLatin1Char('\n'));
    return lines.mid(std::max<qsizetype>(0, lines.size() - 15)).join(QLatin1Char('\n'));
}

void SyncthingPair::stop()
{
    for (Instance& instance : m_instances) {
        if (instance.process && instance.process->state() != QProcess::NotRunning) {
            instance.process->kill();
            instance.process->waitForFinished(5000);
        }
        instance.process.reset();
    }
}
