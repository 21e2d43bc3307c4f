#pragma once

#include <QByteArray>
#include <QString>

// Argon2id from libargon2, the reference implementation.
namespace Argon2 {

struct Parameters
{
    quint32 memoryKiB = 64 * 1024;
    quint32 iterations = 3;
    quint32 parallelism = 1;

    bool operator==(const Parameters&) const = default;
};

// Raw Argon2id output; `secret` and `associatedData` may be empty. Empty on failure.
QByteArray hashRaw(const Parameters& parameters, const QByteArray& password, const QByteArray& salt,
                   int length, const QByteArray& secret = {}, const QByteArray& associatedData = {});
// A PHC string "$argon2id$v=19$m=...,t=...,p=...$salt$hash"; empty on failure.
QString hashEncoded(const Parameters& parameters, const QByteArray& password, const QByteArray& salt);
// Constant-time check of `password` against a PHC string.
bool verifyEncoded(const QString& encoded, const QByteArray& password);
// The parameters written in a PHC string; false when it is not an Argon2id string.
bool parametersOf(const QString& encoded, Parameters* parameters);

} // namespace Argon2
