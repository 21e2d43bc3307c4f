#include "ZipArchive.h"

#include <QFile>
#include <QFileInfo>

#include <archive.h>
#include <archive_entry.h>

namespace {

constexpr int ReadBlockSize = 64 * 1024;
constexpr qint64 MiB = 1024LL * 1024;

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

QString nameOf(archive_entry* header)
{
    if (const char* utf8 = archive_entry_pathname_utf8(header))
        return QString::fromUtf8(utf8);
    const char* raw = archive_entry_pathname(header);
    return raw ? QString::fromLatin1(raw) : QString();
}

QString reasonOf(archive* reader)
{
    const char* text = archive_error_string(reader);
    return text ? QString::fromUtf8(text) : QStringLiteral("unknown error");
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / MiB, 'f', bytes < 10 * MiB ? 1 : 0);
}

} // namespace

void ZipArchive::ReaderDeleter::operator()(archive* reader) const
{
    archive_read_free(reader);
}

ZipArchive::ZipArchive() = default;
ZipArchive::~ZipArchive() = default;

bool ZipArchive::looksLikeZip(const QByteArray& start)
{
    return start.startsWith(QByteArrayLiteral("PK\x03\x04"));
}

bool ZipArchive::open(const QString& path, QString* error)
{
    m_path = path;
    m_data.clear();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    return readDirectory(file.size(), error);
}

bool ZipArchive::openData(const QByteArray& data, QString* error)
{
    m_path.clear();
    m_data = data;
    return readDirectory(data.size(), error);
}

ZipArchive::Reader ZipArchive::openReader(QString* error) const
{
    Reader reader(archive_read_new());
    // Only ZIP, read from its central directory: the seekable reader knows each
    // entry's size before reading it, and ZIP64's larger fields.
    archive_read_support_format_zip_seekable(reader.get());
    const int status =
        m_path.isEmpty()
            ? archive_read_open_memory(reader.get(), m_data.constData(), size_t(m_data.size()))
            : archive_read_open_filename(reader.get(), QFile::encodeName(m_path).constData(), ReadBlockSize);
    if (status != ARCHIVE_OK) {
        *error = QStringLiteral("cannot be read: %1").arg(reasonOf(reader.get()));
        return nullptr;
    }
    return reader;
}

bool ZipArchive::readDirectory(qint64 archiveSize, QString* error)
{
    m_entries.clear();
    m_reader.reset();
    m_nextIndex = 0;
    const auto refuse = [&](const QString& why) {
        *error = QStringLiteral("the ZIP archive %1").arg(why);
        m_entries.clear();
        return false;
    };
    QString why;
    Reader reader = openReader(&why);
    if (!reader)
        return refuse(why);
    archive_entry* header = nullptr;
    for (int index = 0;; ++index) {
        const int status = archive_read_next_header(reader.get(), &header);
        if (status == ARCHIVE_EOF)
            break;
        if (status < ARCHIVE_WARN)
            return refuse(QStringLiteral("cannot be read: %1").arg(reasonOf(reader.get())));
        const QString name = nameOf(header);
        if (!isSafeName(name))
            return refuse(
                QStringLiteral("holds a file named \"%1\", which points outside the archive").arg(name));
        if (archive_entry_filetype(header) == AE_IFDIR)
            continue;
        if (!archive_entry_size_is_set(header))
            return refuse(QStringLiteral("does not say how large \"%1\" is").arg(name));
        m_entries.append({name, archive_entry_size(header), index});
    }
    // Refused before anything is inflated: a small archive that claims to hold far more is a bomb.
    const qint64 expanded = expandedSize();
    if (expanded > MaxExpansionRatio * archiveSize + MaxExpansionAllowance)
        return refuse(QStringLiteral("would expand to %1 MiB, more than %2 times its own %3 MiB; no export "
                                     "compresses that well, so it is refused")
                          .arg(megabytes(expanded))
                          .arg(MaxExpansionRatio)
                          .arg(megabytes(archiveSize)));
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

qint64 ZipArchive::expandedSize() const
{
    qint64 total = 0;
    for (const Entry& entry : m_entries)
        total += entry.size;
    return total;
}

std::optional<QByteArray> ZipArchive::read(const Entry& entry, qint64 maxSize, QString* error)
{
    const auto refuse = [&](const QString& why) {
        *error = QStringLiteral("\"%1\" in the archive %2").arg(entry.name, why);
        // After a failure the reader's position is unknown: the next read starts afresh.
        m_reader.reset();
        return std::nullopt;
    };
    if (entry.size > maxSize)
        return refuse(QStringLiteral("is larger than %1 MiB").arg(maxSize / MiB));
    if (!m_reader || m_nextIndex > entry.index) {
        QString why;
        m_reader = openReader(&why);
        m_nextIndex = 0;
        if (!m_reader)
            return refuse(why);
    }
    archive_entry* header = nullptr;
    while (m_nextIndex <= entry.index) {
        if (archive_read_next_header(m_reader.get(), &header) < ARCHIVE_WARN)
            return refuse(QStringLiteral("cannot be read: %1").arg(reasonOf(m_reader.get())));
        ++m_nextIndex;
    }
    if (archive_entry_is_encrypted(header))
        return refuse(QStringLiteral("is encrypted"));

    // One byte more than declared is room enough to notice an entry that holds more.
    QByteArray bytes(entry.size + 1, Qt::Uninitialized);
    qint64 total = 0;
    for (;;) {
        const la_ssize_t got =
            archive_read_data(m_reader.get(), bytes.data() + total, size_t(bytes.size() - total));
        if (got < 0) {
            const QString reason = reasonOf(m_reader.get());
            return refuse(reason.contains(QLatin1String("CRC"))
                              ? QStringLiteral("is damaged (its checksum does not match)")
                              : QStringLiteral("cannot be read: %1").arg(reason));
        }
        if (got == 0)
            break;
        total += got;
        if (total > entry.size)
            return refuse(QStringLiteral("holds more than it says; the archive is damaged"));
    }
    if (total != entry.size)
        return refuse(QStringLiteral("is cut short"));
    bytes.truncate(total);
    return bytes;
}
