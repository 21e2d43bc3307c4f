#pragma once

#include <QByteArray>
#include <QString>

struct archive;

// Writes a ZIP archive to a file through libarchive's writer, the way other
// tools write them: deflated, optionally with ZIP64 fields for every entry,
// and streamed, so that a test can make a file that expands to hundreds of
// megabytes without holding them.
class ZipFileWriter
{
public:
    enum class Fields
    {
        Classic,
        Zip64
    };

    explicit ZipFileWriter(const QString& path, Fields fields = Fields::Classic);
    ~ZipFileWriter();
    ZipFileWriter(const ZipFileWriter&) = delete;
    ZipFileWriter& operator=(const ZipFileWriter&) = delete;

    bool add(const QString& name, const QByteArray& data) { return add(name, data, ' ', data.size(), {}); }
    // A file of `size` bytes: `head`, then `fill` repeated, then `tail`.
    bool add(const QString& name, const QByteArray& head, char fill, qint64 size, const QByteArray& tail);
    // Finishes the archive; false when any step failed.
    bool close();

private:
    archive* m_writer = nullptr;
    bool m_ok = false;
};
