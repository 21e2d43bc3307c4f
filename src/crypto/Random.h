#pragma once

#include <QByteArray>

// Random bytes from QCA's cryptographic generator (OpenSSL through qca-ossl).
namespace Random {

QByteArray bytes(int count);

} // namespace Random
