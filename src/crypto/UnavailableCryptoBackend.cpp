#include "UnavailableCryptoBackend.h"

#include <utility>

UnavailableCryptoBackend::UnavailableCryptoBackend(QString reason)
    : m_reason(std::move(reason))
{}

QString UnavailableCryptoBackend::missingFeatures()
{
    return m_reason;
}

QString UnavailableCryptoBackend::qcaVersion()
{
    return QStringLiteral("not loaded");
}

QByteArray UnavailableCryptoBackend::randomBytes(int)
{
    return {};
}

std::unique_ptr<CryptoBackend::MessageSealer> UnavailableCryptoBackend::messageSealer(const QByteArray&)
{
    return nullptr;
}

std::unique_ptr<CryptoBackend::MessageDigester> UnavailableCryptoBackend::messageDigester(const QByteArray&,
                                                                                          const QByteArray&)
{
    return nullptr;
}

QByteArray UnavailableCryptoBackend::gcmEncrypt(const QByteArray&, const QByteArray&, const QByteArray&,
                                                QByteArray* tag)
{
    tag->clear();
    return {};
}

QByteArray UnavailableCryptoBackend::argon2idRaw(const Argon2::Parameters&, const QByteArray&,
                                                 const QByteArray&, int, const QByteArray&, const QByteArray&)
{
    return {};
}

QString UnavailableCryptoBackend::argon2idEncoded(const Argon2::Parameters&, const QByteArray&,
                                                  const QByteArray&)
{
    return {};
}

bool UnavailableCryptoBackend::argon2idVerify(const QByteArray&, const QByteArray&)
{
    return false;
}
