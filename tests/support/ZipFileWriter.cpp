#include "ZipFileWriter.h"

#include <QFile>

#include <archive.h>
#include <archive_entry.h>

#include <memory>

ZipFileWriter::ZipFileWriter(const QString& path, Fields fields)
    : m_writer(archive_write_new())
{
    m_ok = archive_write_set_format_zip(m_writer) == ARCHIVE_OK &&
           archive_write_zip_set_compression_deflate(m_writer) == ARCHIVE_OK &&
           (fields == Fields::Classic ||
            archive_write_set_option(m_writer, "zip", "zip64", "1") == ARCHIVE_OK) &&
           archive_write_open_filename(m_writer, QFile::encodeName(path).constData()) == ARCHIVE_OK;
}

ZipFileWriter::~ZipFileWriter()
{
    close();
}

bool ZipFileWriter::add(const QString& name, const QByteArray& head, char fill, qint64 size,
                        const QByteArray& tail)
{
    if (!m_ok)
        return false;
    const std::unique_ptr<archive_entry, void (*)(archive_entry*)> entry(archive_entry_new(),
                                                                         archive_entry_free);
    archive_entry_set_pathname_utf8(entry.get(), name.toUtf8().constData());
    archive_entry_set_filetype(entry.get(), AE_IFREG);
    archive_entry_set_perm(entry.get(), 0644);
    archive_entry_set_size(entry.get(), size);
    m_ok = archive_write_header(m_writer, entry.get()) == ARCHIVE_OK;
    const auto put = [&](const char* data, qint64 count) {
        m_ok = m_ok && archive_write_data(m_writer, data, size_t(count)) == count;
    };
    put(head.constData(), head.size());
    const QByteArray block(qsizetype(1024) * 1024, fill);
    for (qint64 left = size - head.size() - tail.size(); left > 0 && m_ok; left -= block.size())
        put(block.constData(), qMin<qint64>(left, block.size()));
    put(tail.constData(), tail.size());
    return m_ok;
}

bool ZipFileWriter::close()
{
    if (!m_writer)
        return m_ok;
    m_ok = archive_write_close(m_writer) == ARCHIVE_OK && m_ok;
    archive_write_free(m_writer);
    m_writer = nullptr;
    return m_ok;
}
