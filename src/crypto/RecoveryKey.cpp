#include "RecoveryKey.h"

#include "Random.h"

#include <QCryptographicHash>
#include <QList>

namespace {

const char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr int KeyBytes = 32;
constexpr int ChecksumBytes = 3;
constexpr int TextLength = (KeyBytes + ChecksumBytes) * 8 / 5; // 56 characters

QByteArray checksum(const QByteArray& key)
{
    return QCryptographicHash::hash(key, QCryptographicHash::Sha256).left(ChecksumBytes);
}

int valueOf(QChar c)
{
    const char upper = char(c.toUpper().toLatin1());
    switch (upper) {
    case 'O':
        return 0;
    case 'I':
    case 'L':
        return 1;
    default:
        break;
    }
    for (int i = 0; i < 32; ++i) {
        if (alphabet[i] == upper)
            return i;
    }
    return -1;
}

} // namespace

RecoveryKey::RecoveryKey(SecretBytes key)
    : m_key(std::move(key))
{}

RecoveryKey RecoveryKey::generate()
{
    return RecoveryKey(SecretBytes(Random::bytes(KeyBytes)));
}

QString RecoveryKey::text() const
{
    const QByteArray data = m_key.bytes() + checksum(m_key.bytes());
    QString out;
    quint32 buffer = 0;
    int bits = 0;
    for (const char byte : data) {
        buffer = (buffer << 8) | quint8(byte);
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            if (!out.isEmpty() && (out.size() + 1) % 5 == 0)
                out += QLatin1Char('-');
            out += QLatin1Char(alphabet[(buffer >> bits) & 31]);
        }
    }
    return out;
}

std::optional<RecoveryKey> RecoveryKey::parse(const QString& text)
{
    QList<int> values;
    for (const QChar c : text) {
        if (c.isSpace() || c == QLatin1Char('-'))
            continue;
        const int value = valueOf(c);
        if (value < 0)
            return std::nullopt;
        values << value;
    }
    if (values.size() != TextLength)
        return std::nullopt;
    QByteArray data;
    quint32 buffer = 0;
    int bits = 0;
    for (const int value : values) {
        buffer = (buffer << 5) | quint32(value);
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            data += char((buffer >> bits) & 0xff);
        }
    }
    const QByteArray key = data.left(KeyBytes);
    if (data.size() != KeyBytes + ChecksumBytes || checksum(key) != data.mid(KeyBytes))
        return std::nullopt;
    return RecoveryKey(SecretBytes(key));
}
