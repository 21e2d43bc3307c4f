#pragma once

#include <QString>

#include <memory>

namespace QCA {
class Initializer;
}

// Holds QCA's initialiser: create one in main() (or a test's initTestCase)
// before any other crypto call, and keep it until the end.
class CryptoRuntime
{
public:
    CryptoRuntime();
    ~CryptoRuntime();
    CryptoRuntime(const CryptoRuntime&) = delete;
    CryptoRuntime& operator=(const CryptoRuntime&) = delete;

    // Empty when every algorithm Soliloquy needs is there; else what is missing,
    // in plain words. Calling a missing QCA algorithm would crash, so check first.
    static QString missingFeatures();

private:
    std::unique_ptr<QCA::Initializer> m_initializer;
};
