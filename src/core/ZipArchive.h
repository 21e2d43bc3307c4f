#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

struct archive;

// Reads the files of a ZIP archive (such as Day One's export, ZIP64 included)
// through libarchive, from its central directory. Nothing is written to disk.
// It refuses what it cannot read safely: encryption, names that climb out of
// the archive (".." or absolute), archives whose files would expand far beyond
// the archive's own size, and entries that hold more than they declare or more
// than the caller's limit.
class ZipArchive
{
public:
    struct Entry
    {
        QString name;
        qint64 size = 0; // as the central directory declares it
        int index = 0;   // position among the archive's headers
    };

    // All files of an archive together may expand to this many times its size (plus
    // MaxExpansionAllowance): JSON compresses about ten times, photos hardly at all.
    static constexpr qint64 MaxExpansionRatio = 50;
    static constexpr qint64 MaxExpansionAllowance = 16LL * 1024 * 1024;

    ZipArchive();
    ~ZipArchive();
    ZipArchive(const ZipArchive&) = delete;
    ZipArchive& operator=(const ZipArchive&) = delete;

    // Whether `start` (the first bytes of a file) begins like a ZIP archive.
    static bool looksLikeZip(const QByteArray& start);

    // Reads the central directory; false with `error` set on anything it cannot trust.
    bool open(const QString& path, QString* error);
    // The same for an archive in memory (the fuzz tests feed archives this way).
    bool openData(const QByteArray& data, QString* error);
    const QList<Entry>& entries() const { return m_entries; }
    const Entry* find(const QString& name) const;
    // The sum of the entries' declared sizes.
    qint64 expandedSize() const;
    // The entry's bytes, checked against their CRC-32; nothing with `error` set when
    // it is damaged, encrypted, or larger than it declares or than `maxSize`.
    // Reading the entries in their archive order reads the archive once.
    std::optional<QByteArray> read(const Entry& entry, qint64 maxSize, QString* error);

private:
    struct ReaderDeleter
    {
        void operator()(archive* reader) const;
    };
    using Reader = std::unique_ptr<archive, ReaderDeleter>;

    Reader openReader(QString* error) const;
    bool readDirectory(qint64 archiveSize, QString* error);

    QString m_path;    // the archive's file, or empty for one in memory
    QByteArray m_data; // the archive in memory
    QList<Entry> m_entries;
    Reader m_reader; // positioned before the header numbered m_nextIndex
    int m_nextIndex = 0;
};
