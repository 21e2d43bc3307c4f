#include "Argon2.h"

#include <QRegularExpression>

#include <argon2.h>

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
    QByteArray output(length, '\0');
    QByteArray passwordCopy = password; // argon2_ctx may clear the password it is given
    QByteArray secretCopy = secret;
    argon2_context context{};
    context.out = reinterpret_cast<uint8_t*>(output.data());
    context.outlen = uint32_t(output.size());
    context.pwd = reinterpret_cast<uint8_t*>(passwordCopy.data());
    context.pwdlen = uint32_t(passwordCopy.size());
    context.salt = reinterpret_cast<uint8_t*>(const_cast<char*>(salt.constData()));
    context.saltlen = uint32_t(salt.size());
    context.secret = secretCopy.isEmpty() ? nullptr : reinterpret_cast<uint8_t*>(secretCopy.data());
    context.secretlen = uint32_t(secretCopy.size());
    context.ad = associatedData.isEmpty()
                     ? nullptr
                     : reinterpret_cast<uint8_t*>(const_cast<char*>(associatedData.constData()));
    context.adlen = uint32_t(associatedData.size());
    context.t_cost = parameters.iterations;
    context.m_cost = parameters.memoryKiB;
    context.lanes = parameters.parallelism;
    context.threads = parameters.parallelism;
    context.version = ARGON2_VERSION_13;
    context.flags = ARGON2_DEFAULT_FLAGS;
    const int result = argon2_ctx(&context, Argon2_id);
    passwordCopy.fill('\0');
    secretCopy.fill('\0');
    if (result != ARGON2_OK) {
        output.fill('\0');
        return {};
    }
    return output;
}

QString hashEncoded(const Parameters& parameters, const QByteArray& password, const QByteArray& salt)
{
    if (!parameters.withinLimits())
        return {};
    constexpr uint32_t hashLength = 32;
    const size_t encodedLength =
        argon2_encodedlen(parameters.iterations, parameters.memoryKiB, parameters.parallelism,
                          uint32_t(salt.size()), hashLength, Argon2_id);
    QByteArray encoded(qsizetype(encodedLength), '\0');
    const int result =
        argon2id_hash_encoded(parameters.iterations, parameters.memoryKiB, parameters.parallelism,
                              password.constData(), size_t(password.size()), salt.constData(),
                              size_t(salt.size()), hashLength, encoded.data(), encodedLength);
    if (result != ARGON2_OK)
        return {};
    return QString::fromLatin1(encoded.constData()); // stops at the terminating NUL
}

bool verifyEncoded(const QString& encoded, const QByteArray& password)
{
    Parameters parameters;
    if (!parametersOf(encoded, &parameters))
        return false;
    const QByteArray phc = encoded.toLatin1();
    // argon2id_verify recomputes the hash and compares in constant time.
    return argon2id_verify(phc.constData(), password.constData(), size_t(password.size())) == ARGON2_OK;
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
