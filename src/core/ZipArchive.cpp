#include "ZipArchive.h"

#include "Inflater.h"

#include <QBuffer>
#include <QFile>
#include <QtEndian>

#include <array>

namespace {

constexpr quint32 LocalHeaderSignature = 0x04034b50;
constexpr quint32 CentralHeaderSignature = 0x02014b50;
constexpr quint32 EndOfDirectorySignature = 0x06054b50;
constexpr int EndOfDirectorySize = 22;
constexpr int CentralHeaderSize = 46;
constexpr int LocalHeaderSize = 30;
constexpr int MaxCommentSize = 0xffff;
constexpr qint64 MaxCentralDirectorySize = 64 * 1024 * 1024;
// Deflate cannot do better than about 1032:1; more than that is a bomb, not a photo.
constexpr qint64 MaxCompressionRatio = 1100;
constexpr quint16 EncryptedFlag = 0x0001;
constexpr quint16 Utf8NameFlag = 0x0800;

quint16 u16(const QByteArray& bytes, qsizetype at)
{
    return qFromLittleEndian<quint16>(bytes.constData() + at);
}

quint32 u32(const QByteArray& bytes, qsizetype at)
{
    return qFromLittleEndian<quint32>(bytes.constData() + at);
}

quint32 crc32(const QByteArray& bytes)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> result{};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
            result[n] = c;
        }
        return result;
    }();
    quint32 crc = 0xffffffffu;
    for (const char byte : bytes)
        crc = table[(crc ^ quint8(byte)) & 0xff] ^ (crc >> 8);
    return crc ^ 0xffffffffu;
}

// Names are paths inside the archive; one that could lead outside it is refused
// even though nothing is extracted, as no honest export has one.
bool isSafeName(const QString& name)
{
    if (name.isEmpty() || name.startsWith(QLatin1Char('/')) || name.contains(QLatin1Char('\\')) ||
        name.contains(QChar(0)) || (name.size() > 1 && name.at(1) == QLatin1Char(':')))
        return false;
    const QStringList parts = name.split(QLatin1Char('/'));
    return !parts.contains(QStringLiteral(".."));
}

} // namespace

bool ZipArchive::looksLikeZip(const QByteArray& start)
{
    return start.size() >= 4 && u32(start, 0) == LocalHeaderSignature;
}

bool ZipArchive::open(const QString& path, QString* error)
{
    m_entries.clear();
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file->errorString());
        return false;
    }
    m_device = std::move(file);
    if (!readCentralDirectory(error)) {
        *error = QStringLiteral("the ZIP archive %1").arg(*error);
        return false;
    }
    return true;
}

bool ZipArchive::openData(const QByteArray& data, QString* error)
{
    m_entries.clear();
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(data);
    buffer->open(QIODevice::ReadOnly);
    m_device = std::move(buffer);
    if (!readCentralDirectory(error)) {
        *error = QStringLiteral("the ZIP archive %1").arg(*error);
        return false;
    }
    return true;
}

bool ZipArchive::readCentralDirectory(QString* error)
{
    const qint64 fileSize = m_device->size();
    const qint64 tailSize = qMin<qint64>(fileSize, EndOfDirectorySize + MaxCommentSize);
    if (!m_device->seek(fileSize - tailSize)) {
        *error = QStringLiteral("cannot be read");
        return false;
    }
    const QByteArray tail = m_device->read(tailSize);
    qsizetype end = -1;
    for (qsizetype at = tail.size() - EndOfDirectorySize; at >= 0; --at) {
        if (u32(tail, at) == EndOfDirectorySignature) {
            end = at;
            break;
        }
    }
    if (end < 0) {
        *error = QStringLiteral("has no central directory (is it cut short?)");
        return false;
    }
    const quint16 disk = u16(tail, end + 4);
    const quint16 directoryDisk = u16(tail, end + 6);
    const quint16 entriesHere = u16(tail, end + 8);
    const quint16 entryCount = u16(tail, end + 10);
    const quint32 directorySize = u32(tail, end + 12);
    const quint32 directoryOffset = u32(tail, end + 16);
    if (entryCount == 0xffff || directorySize == 0xffffffffu || directoryOffset == 0xffffffffu) {
        *error = QStringLiteral("is a ZIP64 archive, which Soliloquy cannot read; export fewer entries at "
                                "a time");
        return false;
    }
    const qint64 endOffset = fileSize - tailSize + end;
    if (disk != 0 || directoryDisk != 0 || entriesHere != entryCount) {
        *error = QStringLiteral("is split across several files");
        return false;
    }
    if (qint64(directoryOffset) + directorySize > endOffset || directorySize > MaxCentralDirectorySize) {
        *error = QStringLiteral("has a central directory outside the file (is it cut short?)");
        return false;
    }
    m_device->seek(directoryOffset);
    const QByteArray directory = m_device->read(directorySize);
    if (directory.size() != qsizetype(directorySize)) {
        *error = QStringLiteral("cannot be read");
        return false;
    }
    qsizetype at = 0;
    for (int i = 0; i < entryCount; ++i) {
        if (at + CentralHeaderSize > directory.size() || u32(directory, at) != CentralHeaderSignature) {
            *error = QStringLiteral("has a damaged central directory at entry %1").arg(i + 1);
            return false;
        }
        Entry entry;
        entry.flags = u16(directory, at + 8);
        entry.method = u16(directory, at + 10);
        entry.crc32 = u32(directory, at + 16);
        entry.compressedSize = u32(directory, at + 20);
        entry.uncompressedSize = u32(directory, at + 24);
        const int nameSize = u16(directory, at + 28);
        const int extraSize = u16(directory, at + 30);
        const int commentSize = u16(directory, at + 32);
        entry.localHeaderOffset = u32(directory, at + 42);
        if (at + CentralHeaderSize + nameSize + extraSize + commentSize > directory.size()) {
            *error = QStringLiteral("has a damaged central directory at entry %1").arg(i + 1);
            return false;
        }
        const QByteArray rawName = directory.mid(at + CentralHeaderSize, nameSize);
        entry.name = (entry.flags & Utf8NameFlag) ? QString::fromUtf8(rawName) : QString::fromLatin1(rawName);
        if (!isSafeName(entry.name)) {
            *error =
                QStringLiteral("holds a file named \"%1\", which points outside the archive").arg(entry.name);
            return false;
        }
        if (entry.uncompressedSize == 0xffffffffu || entry.compressedSize == 0xffffffffu ||
            entry.localHeaderOffset == 0xffffffffu) {
            *error = QStringLiteral("is a ZIP64 archive, which Soliloquy cannot read");
            return false;
        }
        if (entry.localHeaderOffset + LocalHeaderSize + entry.compressedSize > directoryOffset) {
            *error = QStringLiteral("says \"%1\" lies outside the file (is it cut short?)").arg(entry.name);
            return false;
        }
        m_entries.append(entry);
        at += CentralHeaderSize + nameSize + extraSize + commentSize;
    }
    return true;
}

const ZipArchive::Entry* ZipArchive::find(const QString& name) const
{
    for (const Entry& entry : m_entries) {
        if (entry.name == name)
            return &entry;
    }
    return nullptr;
}

std::optional<QByteArray> ZipArchive::read(const Entry& entry, qint64 maxSize, QString* error)
{
    const auto refuse = [&](const QString& why) {
        *error = QStringLiteral("\"%1\" in the archive %2").arg(entry.name, why);
        return std::nullopt;
    };
    if (!m_device)
        return refuse(QStringLiteral("cannot be read"));
    if (entry.flags & EncryptedFlag)
        return refuse(QStringLiteral("is encrypted"));
    if (entry.uncompressedSize > maxSize)
        return refuse(QStringLiteral("is larger than %1 MiB").arg(maxSize / (1024 * 1024)));
    if (entry.method == 8 && entry.uncompressedSize > MaxCompressionRatio * entry.compressedSize + 1024)
        return refuse(QStringLiteral("claims to inflate far beyond its size"));
    if (!m_device->seek(entry.localHeaderOffset))
        return refuse(QStringLiteral("cannot be read"));
    const QByteArray header = m_device->read(LocalHeaderSize);
    if (header.size() != LocalHeaderSize || u32(header, 0) != LocalHeaderSignature)
        return refuse(QStringLiteral("has a damaged header"));
    const qint64 dataOffset = entry.localHeaderOffset + LocalHeaderSize + u16(header, 26) + u16(header, 28);
    if (!m_device->seek(dataOffset))
        return refuse(QStringLiteral("cannot be read"));
    const QByteArray compressed = m_device->read(entry.compressedSize);
    if (compressed.size() != entry.compressedSize)
        return refuse(QStringLiteral("is cut short"));

    QByteArray bytes;
    if (entry.method == 0) {
        if (entry.compressedSize != entry.uncompressedSize)
            return refuse(QStringLiteral("has inconsistent sizes"));
        bytes = compressed;
    } else if (entry.method == 8) {
        QString why;
        std::optional<QByteArray> inflated = Inflater::inflate(compressed, entry.uncompressedSize, &why);
        if (!inflated)
            return refuse(QStringLiteral("cannot be read: %1").arg(why));
        bytes = std::move(*inflated);
    } else {
        return refuse(
            QStringLiteral("uses a compression method Soliloquy cannot read (%1)").arg(entry.method));
    }
    if (bytes.size() != entry.uncompressedSize || crc32(bytes) != entry.crc32)
        return refuse(QStringLiteral("is damaged (its checksum does not match)"));
    return bytes;
}
