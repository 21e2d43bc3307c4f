#pragma once

#include <QObject>

#include <memory>

class InstanceChannel;

// One running Soliloquy per journal file. The running window holds the journal's lock and
// listens on a local socket (QLocalServer) named after the user and the journal; a start that
// finds the journal locked connects, passes its request ("show", or "write" to focus the
// composer), waits for the window's answer, and exits. Only the user can reach the socket.
// The socket is Qt Network's, which comes with a module loaded when first used (InstanceChannel).
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    static inline const QString ShowRequest = QStringLiteral("show");
    static inline const QString WriteRequest = QStringLiteral("write");

    explicit SingleInstance(const QString& databasePath, QObject* parent = nullptr);
    ~SingleInstance() override;

    // The socket's name for a journal: one per user and journal file, so that the same file
    // reached by another path (a symlink, "..") meets the same instance.
    static QString serverNameFor(const QString& databasePath);
    // Passes `request` to the window that has the journal open. True when it took it; false
    // when none took it in time (a command-line verb holds the journal, or the window hangs).
    // A window still on its way to listen() is waited for, until `timeoutMs`.
    bool handOver(const QString& request, int timeoutMs = 3000) const;
    // Takes requests from later starts. Call once this start holds the journal: a socket a
    // crashed window left behind is taken over.
    bool listen();
    // Where the socket is (tests: who may reach it).
    QString fullServerName() const;

Q_SIGNALS:
    void requestReceived(const QString& request);

private:
    // Made on first use: on Linux it loads the socket module (see InstanceChannel).
    InstanceChannel* channel() const;

    QString m_serverName;
    mutable std::unique_ptr<InstanceChannel> m_channel;
};
