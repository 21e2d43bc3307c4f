#include "Argon2.h"

#include "CryptoBackend.h"
#include "CryptoRuntime.h"

#include <QRegularExpression>

namespace Argon2 {

bool Parameters::withinLimits() const
{
    // libargon2 needs at least 8 KiB of memory per lane.
    return iterations >= 1 && iterations <= MaxIterations && parallelism >= 1 &&
           parallelism <= MaxParallelism && memoryKiB >= 8 * parallelism && memoryKiB <= MaxMemoryKiB;
}

QByteArray hashRaw(const Parameters& parameters, const QByteArray& password, const QByteArray& salt,
                   int length, const QByteArray& secret, const QByteArray& associatedData)
{
    if (!parameters.withinLimits())
        return {};
    return CryptoRuntime::backend().argon2idRaw(parameters, password, salt, length, secret, associatedData);
}

QString hashEncoded(const Parameters& parameters, const QByteArray& password, const QByteArray& salt)
{
    if (!parameters.withinLimits())
        return {};
    return CryptoRuntime::backend().argon2idEncoded(parameters, password, salt);
}

bool verifyEncoded(const QString& encoded, const QByteArray& password)
{
    Parameters parameters;
    if (!parametersOf(encoded, &parameters))
        return false;
    return CryptoRuntime::backend().argon2idVerify(encoded.toLatin1(), password);
}

bool parametersOf(const QString& encoded, Parameters* parameters)
{
    static const QRegularExpression phc(
        QStringLiteral("^\\$argon2id\\$v=19\\$m=(\\d+),t=(\\d+),p=(\\d+)\\$"));
    const QRegularExpressionMatch match = phc.match(encoded);
    if (!match.hasMatch())
        return false;
    bool memoryOk = false;
    bool iterationsOk = false;
    bool parallelismOk = false;
    const Parameters read{match.captured(1).toUInt(&memoryOk), match.captured(2).toUInt(&iterationsOk),
                          match.captured(3).toUInt(&parallelismOk)};
    if (!memoryOk || !iterationsOk || !parallelismOk || !read.withinLimits())
        return false;
    *parameters = read;
    return true;
}

} // namespace Argon2
