#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <array>
#include <chrono>
#include <functional>
#include <memory>

// Two real Syncthing instances on this computer, standing in for two computers of one user:
// each with its own home, both keeping one shared folder in step. They talk to each other over
// 127.0.0.1 only and to nothing else: no global or local discovery, no relays, no NAT traversal,
// no usage or crash reports, no upgrades. Changes travel within seconds (a file system watcher
// with a one-second delay, and a short rescan besides).
//
// The processes are killed and their homes and folders removed when the pair goes, also when a
// test fails; on Linux they are killed too if the test process dies.
class SyncthingPair
{
public:
    enum Side
    {
        A = 0,
        B = 1,
    };

    // The syncthing executable, or empty when Syncthing is not installed.
    static QString executable();

    SyncthingPair();
    ~SyncthingPair();
    SyncthingPair(const SyncthingPair&) = delete;
    SyncthingPair& operator=(const SyncthingPair&) = delete;

    // Generates both homes, writes their configuration and starts both instances; then waits
    // until they are connected to each other and have scanned the shared folder.
    bool start(std::chrono::milliseconds timeout, QString* error);

    // Waits until neither side has anything left to fetch from the other, nor to scan.
    bool waitUntilInStep(std::chrono::milliseconds timeout, QString* error);

    // The shared folder as `side` sees it.
    QString folder(Side side) const;
    QString deviceId(Side side) const { return m_instances.at(side).deviceId; }

    // Limits how fast `side` receives, also from this computer (Syncthing counts 127.0.0.1 as
    // its LAN, which it does not limit unless told to); 0 lifts the limit.
    bool limitReceiveRate(Side side, int kibPerSecond, QString* error);

    // A call of Syncthing's REST API on `side`, waited for (at most 10 s); `answer` gets the
    // JSON it returned, if any.
    bool request(Side side, const QByteArray& verb, const QString& pathAndQuery, const QByteArray& body,
                 QJsonDocument* answer, QString* error);

    // The last lines Syncthing wrote on `side`, for a failure message.
    QString logTail(Side side) const;

    static QString folderId() { return QStringLiteral("soliloquy"); }

private:
    struct Instance
    {
        QString name;
        QString home;
        QString folder;
        QString deviceId;
        quint16 listenPort = 0;
        quint16 guiPort = 0;
        std::unique_ptr<QProcess> process;
    };

    bool generate(Instance& instance, QString* error);
    bool writeConfig(const Instance& self, const Instance& peer, QString* error) const;
    // Asks `condition` of both sides until it holds for both, within `timeout`.
    bool waitUntil(const std::function<bool(Side, QString*)>& condition, std::chrono::milliseconds timeout,
                   const QString& what, QString* error);
    bool isConnected(Side side, QString* state);
    bool isInStep(Side side, QString* state);
    void stop();
    static QString logTail(const Instance& instance);

    QTemporaryDir m_root;
    QString m_apiKey;
    QString m_configVersion;
    std::array<Instance, 2> m_instances;
    QNetworkAccessManager m_network;
};
