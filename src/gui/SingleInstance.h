#pragma once

#include <QObject>

class QLocalServer;

// One running Soliloquy per journal file. A second start hands its request
// ("show", or "write" to focus the composer) to the running one over a local
// socket and exits; the socket's name comes from the journal's path, so
// different journals run side by side.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    static inline const QString ShowRequest = QStringLiteral("show");
    static inline const QString WriteRequest = QStringLiteral("write");

    explicit SingleInstance(const QString& databasePath, QObject* parent = nullptr);
    ~SingleInstance() override;

    static QString serverNameFor(const QString& databasePath);
    QString serverName() const { return m_serverName; }

    // Passes `request` to a running instance. True when one took it.
    bool handOver(const QString& request, int timeoutMs = 3000) const;
    // Listens for later starts. Call only after handOver() found nobody.
    bool listen();

Q_SIGNALS:
    void requestReceived(const QString& request);

private:
    QString m_serverName;
    QLocalServer* m_server = nullptr;
};
