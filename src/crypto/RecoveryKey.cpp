#include "RecoveryKey.h"

#include "Random.h"
#include "Wipe.h"

#include <QCryptographicHash>
#include <array>

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
    const SecretBytes data(m_key.bytes() + checksum(m_key.bytes()));
    // Sized once, so that no shorter copy is left behind in memory given back while it grows.
    QString out;
    out.reserve(TextLength + TextLength / 4);
    quint32 buffer = 0;
    int bits = 0;
    for (const char byte : data.bytes()) {
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
    // Fixed buffers, wiped before they go: the key passes through them in the clear.
    std::array<quint8, TextLength> values{};
    int count = 0;
    bool valid = true;
    for (const QChar c : text) {
        if (c.isSpace() || c == QLatin1Char('-'))
            continue;
        const int value = valueOf(c);
        if (value < 0 || count == TextLength) {
            valid = false;
            break;
        }
        values[count++] = quint8(value);
    }
    QByteArray data(KeyBytes + ChecksumBytes, '\0');
    int length = 0;
    quint32 buffer = 0;
    int bits = 0;
    for (int i = 0; valid && i < count; ++i) {
        buffer = (buffer << 5) | values[i];
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            data[length++] = char((buffer >> bits) & 0xff);
        }
    }
    Wipe::memory(values.data(), values.size());
    SecretBytes key(data.left(KeyBytes));
    valid =
        valid && count == TextLength && length == data.size() && checksum(key.bytes()) == data.mid(KeyBytes);
    Wipe::bytes(data);
    if (!valid)
        return std::nullopt;
    return RecoveryKey(std::move(key));
}
