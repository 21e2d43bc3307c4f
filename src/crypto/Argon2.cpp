#include "Argon2.h"

#include "CryptoBackend.h"
#include "CryptoRuntime.h"

#include <QRegularExpression>

#include <limits>

namespace Argon2 {

bool Parameters::withinLimits() const
{
    // libargon2 needs at least 8 KiB of memory per lane.
    return iterations >= 1 && iterations <= MaxIterations && parallelism >= 1 &&
           parallelism <= MaxParallelism && memoryKiB >= 8 * parallelism && memoryKiB <= MaxMemoryKiB &&
           quint64(memoryKiB) * iterations <= MaxCost;
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

namespace {

// The numbers of an Argon2id PHC string, whatever they are; false when it is none.
bool numbersOf(const QString& encoded, Parameters* parameters)
{
    static const QRegularExpression phc(
        QStringLiteral("^\\$argon2id\\$v=19\\$m=(\\d+),t=(\\d+),p=(\\d+)\\$"));
    const QRegularExpressionMatch match = phc.match(encoded);
    if (!match.hasMatch())
        return false;
    bool memoryOk = false;
    bool iterationsOk = false;
    bool parallelismOk = false;
    *parameters = {match.captured(1).toUInt(&memoryOk), match.captured(2).toUInt(&iterationsOk),
                   match.captured(3).toUInt(&parallelismOk)};
    // A number beyond 32 bits is beyond every limit too.
    if (!memoryOk)
        parameters->memoryKiB = std::numeric_limits<quint32>::max();
    if (!iterationsOk)
        parameters->iterations = std::numeric_limits<quint32>::max();
    if (!parallelismOk)
        parameters->parallelism = std::numeric_limits<quint32>::max();
    return true;
}

} // namespace

bool parametersOf(const QString& encoded, Parameters* parameters)
{
    Parameters read;
    if (!numbersOf(encoded, &read) || !read.withinLimits())
        return false;
    *parameters = read;
    return true;
}

bool exceedsLimits(const QString& encoded)
{
    Parameters read;
    return numbersOf(encoded, &read) && !read.withinLimits();
}

} // namespace Argon2
