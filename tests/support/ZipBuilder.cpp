#include "ZipBuilder.h"

#include <QtEndian>

namespace {

void put16(QByteArray& out, quint16 value)
{
    char bytes[2];
    qToLittleEndian(value, bytes);
    out.append(bytes, 2);
}

void put32(QByteArray& out, quint32 value)
{
    char bytes[4];
    qToLittleEndian(value, bytes);
    out.append(bytes, 4);
}

} // namespace

QByteArray ZipBuilder::rawDeflate(const QByteArray& data, int level)
{
    if (data.isEmpty())
        return QByteArray("\x03\x00",
                          2); // one final fixed block holding only its end code; qCompress gives nothing
    // qCompress: 4-byte size, 2-byte zlib header, raw deflate, 4-byte Adler-32.
    const QByteArray zlib = qCompress(data, level);
    return zlib.mid(6, zlib.size() - 10);
}

quint32 ZipBuilder::crc32(const QByteArray& data)
{
    quint32 crc = 0xffffffffu;
    for (const char byte : data) {
        crc ^= quint8(byte);
        for (int k = 0; k < 8; ++k)
            crc = (crc & 1) ? 0xedb88320u ^ (crc >> 1) : crc >> 1;
    }
    return crc ^ 0xffffffffu;
}

QByteArray ZipBuilder::build() const
{
    QByteArray archive;
    QByteArray directory;
    for (const File& file : m_files) {
        const QByteArray stored = file.deflate ? rawDeflate(file.data) : file.data;
        const quint32 crc = file.declaredCrc >= 0 ? quint32(file.declaredCrc) : crc32(file.data);
        const quint32 size = file.declaredSize >= 0 ? quint32(file.declaredSize) : quint32(file.data.size());
        const QByteArray name = file.name.toUtf8();
        const quint32 offset = quint32(archive.size());
        const quint16 method = file.deflate ? 8 : 0;

        put32(archive, 0x04034b50);
        put16(archive, 20);
        put16(archive, 0x0800);
        put16(archive, method);
        put32(archive, 0); // time and date
        put32(archive, crc);
        put32(archive, quint32(stored.size()));
        put32(archive, size);
        put16(archive, quint16(name.size()));
        put16(archive, 0);
        archive += name + stored;

        put32(directory, 0x02014b50);
        put16(directory, 20);
        put16(directory, 20);
        put16(directory, 0x0800);
        put16(directory, method);
        put32(directory, 0);
        put32(directory, crc);
        put32(directory, quint32(stored.size()));
        put32(directory, size);
        put16(directory, quint16(name.size()));
        put16(directory, 0);
        put16(directory, 0);
        put16(directory, 0);
        put16(directory, 0);
        put32(directory, 0);
        put32(directory, offset);
        directory += name;
    }
    const quint32 directoryOffset = quint32(archive.size());
    archive += directory;
    put32(archive, 0x06054b50);
    put16(archive, 0);
    put16(archive, 0);
    put16(archive, quint16(m_files.size()));
    put16(archive, quint16(m_files.size()));
    put32(archive, quint32(directory.size()));
    put32(archive, directoryOffset);
    put16(archive, 0);
    return archive;
}
