#pragma once

#include <QString>

#include <functional>

// The local socket between starts of Soliloquy (see SingleInstance). On Linux its code and Qt
// Network come with a module loaded when first needed, after the first dialog is up: linked
// into the executable, Qt Network and the libraries it brings made every launch tens of
// milliseconds slower (bench/RESULTS.md). Header only: the module and the executable share
// nothing but this.
class InstanceChannel
{
public:
    virtual ~InstanceChannel() = default;

    // Listens under `serverName` for this user alone; `received` gets each request, from the
    // event loop. A socket a crashed window left behind is taken over.
    virtual bool listen(const QString& serverName, std::function<void(const QString&)> received) = 0;
    // Passes `request` to whoever listens under `serverName`; true once it answered that it
    // took it. Tries again until `timeoutMs` while nobody listens yet.
    virtual bool handOver(const QString& serverName, const QString& request, int timeoutMs) = 0;
    // Where the socket is, once listening.
    virtual QString fullServerName() const = 0;
    // Why the channel cannot be used, or empty.
    virtual QString problem() const { return {}; }
};
