#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

// Reads the files of a ZIP archive (such as Day One's export), stored or
// deflated, from its central directory. Nothing is written to disk. It refuses
// what it cannot read safely: ZIP64, encryption, names that climb out of the
// archive (".." or absolute), and entries that would inflate far beyond their
// compressed size or beyond the caller's limit.
class ZipArchive
{
public:
    struct Entry
    {
        QString name;
        quint16 method = 0; // 0 stored, 8 deflated
        quint16 flags = 0;
        quint32 crc32 = 0;
        qint64 compressedSize = 0;
        qint64 uncompressedSize = 0;
        qint64 localHeaderOffset = 0;
    };

    // Whether `start` (the first bytes of a file) begins like a ZIP archive.
    static bool looksLikeZip(const QByteArray& start);

    // Reads the central directory; false with `error` set on anything it cannot trust.
    bool open(const QString& path, QString* error);
    // The same for an archive in memory (the fuzz tests feed archives this way).
    bool openData(const QByteArray& data, QString* error);
    const QList<Entry>& entries() const { return m_entries; }
    const Entry* find(const QString& name) const;
    // The entry's bytes, checked against their CRC-32; nothing with `error` set when
    // it is damaged, encrypted, of an unknown method, or larger than `maxSize`.
    std::optional<QByteArray> read(const Entry& entry, qint64 maxSize, QString* error);

private:
    bool readCentralDirectory(QString* error);

    std::unique_ptr<QIODevice> m_device;
    QList<Entry> m_entries;
};
