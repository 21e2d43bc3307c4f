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

    // Bounds on what is ever run: a stored PHC string may be corrupt or hostile, and a
    // crafted journal must not make a login take minutes or gigabytes. Four times what
    // Soliloquy chooses (the values above) in memory, iterations and lanes, and in the
    // time they take together (memory times iterations): room for a later version to
    // raise its choice, and a refusal for anything beyond.
    static constexpr quint32 LimitFactor = 4;
    static constexpr quint32 MaxMemoryKiB = LimitFactor * 64 * 1024; // 256 MiB
    static constexpr quint32 MaxIterations = LimitFactor * 3;
    static constexpr quint32 MaxParallelism = LimitFactor * 1;
    static constexpr quint64 MaxCost = quint64(LimitFactor) * 64 * 1024 * 3; // KiB times iterations

    // True when libargon2 accepts these values and they stay within the bounds above.
    bool withinLimits() const;

    bool operator==(const Parameters&) const = default;
};

// Raw Argon2id output; `secret` and `associatedData` may be empty. Empty on failure
// or when the parameters are not within limits.
QByteArray hashRaw(const Parameters& parameters, const QByteArray& password, const QByteArray& salt,
                   int length, const QByteArray& secret = {}, const QByteArray& associatedData = {});
// A PHC string "$argon2id$v=19$m=...,t=...,p=...$salt$hash"; empty on failure.
QString hashEncoded(const Parameters& parameters, const QByteArray& password, const QByteArray& salt);
// Constant-time check of `password` against a PHC string; false without hashing
// when its parameters are not within limits.
bool verifyEncoded(const QString& encoded, const QByteArray& password);
// The parameters written in a PHC string; false when it is not an Argon2id
// string or they are not within limits.
bool parametersOf(const QString& encoded, Parameters* parameters);
// Whether a PHC string is Argon2id's but asks for more than the limits allow.
bool exceedsLimits(const QString& encoded);

} // namespace Argon2
