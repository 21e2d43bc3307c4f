#pragma once

#include "InstanceChannel.h"

#include <memory>

class QLocalServer;

// InstanceChannel over QLocalServer and QLocalSocket.
class LocalSocketChannel : public InstanceChannel
{
public:
    LocalSocketChannel();
    ~LocalSocketChannel() override;

    bool listen(const QString& serverName, std::function<void(const QString&)> received) override;
    bool handOver(const QString& serverName, const QString& request, int timeoutMs) override;
    QString fullServerName() const override;

private:
    void takeRequests();

    std::unique_ptr<QLocalServer> m_server;
    std::function<void(const QString&)> m_received;
};

// The module's entry point (SingleInstance loads it by this name).
extern "C" Q_DECL_EXPORT InstanceChannel* soliloquyCreateInstanceChannel();
