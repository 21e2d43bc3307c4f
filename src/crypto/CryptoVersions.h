#pragma once

#include <QString>

// Versions of the crypto libraries Soliloquy runs with, for the About dialog.
// The only callers outside src/crypto see strings, never QCA or argon2 headers.
namespace CryptoVersions {

// The QCA library loaded at run time, e.g. "2.3.10".
QString qca();
// libargon2 as pkg-config reported it when the build was configured: the
// library has no call that tells its version at run time.
QString argon2();

} // namespace CryptoVersions
