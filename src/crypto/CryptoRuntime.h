#pragma once

#include <QString>

class CryptoBackend;

// Where the crypto primitives come from. On Linux, QCA and libargon2 are linked only
// by a module beside the program (libsoliloquy-crypto.so, in ../lib/soliloquy), loaded
// at the first call: a launch to its first dialog then loads neither of them, nor
// Qt Core5Compat (0.75 ms of a 15 ms launch here). Elsewhere they are built in.
namespace CryptoRuntime {

// The process's one backend, made at the first call from any thread and kept to the end:
// QCA's initialiser, which it holds, must outlive every QCA object.
CryptoBackend& backend();

// Empty when every algorithm Soliloquy needs is there; else what is missing, in plain
// words. Calling a missing QCA algorithm would crash, so check first.
QString missingFeatures();

} // namespace CryptoRuntime
