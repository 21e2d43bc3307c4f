#include "ImporterFuzzTarget.h"

#include "core/Journal.h"
#include "core/ZipArchive.h"

#include <QtGlobal>

namespace {

void check(const ImportBatch& batch)
{
    if (!batch.error.isEmpty())
        return;
    for (const ImportedEntry& entry : batch.entries) {
        if (entry.text.trimmed().isEmpty() || entry.text.toUtf8().size() > Journal::MaxPostBytes)
            qFatal("entry %d was accepted with text Soliloquy cannot post", entry.number);
        if (entry.identity.isEmpty() || entry.number < 1)
            qFatal("entry %d was accepted without an identity", entry.number);
    }
}

} // namespace

namespace ImporterFuzzTarget {

void runOnce(Importer::Format format, const QByteArray& input)
{
    if (format == Importer::Format::DayOne && ZipArchive::looksLikeZip(input)) {
        ZipArchive archive;
        QString error;
        if (!archive.openData(input, &error)) {
            if (error.isEmpty())
                qFatal("a ZIP archive was refused without a message");
            return;
        }
        QSet<QString> names;
        for (const ZipArchive::Entry& entry : archive.entries())
            names.insert(entry.name);
        // Every file is read, as an import would read the photos.
        std::optional<QByteArray> json;
        for (const ZipArchive::Entry& entry : archive.entries()) {
            std::optional<QByteArray> bytes = archive.read(entry, 1 << 24, &error);
            if (!bytes && error.isEmpty())
                qFatal("a ZIP entry was refused without a message");
            if (bytes && entry.name == QLatin1String("Journal.json"))
                json = bytes;
        }
        if (json)
            check(Importer::parse(format, *json, names));
        return;
    }
    check(Importer::parse(format, input));
}

} // namespace ImporterFuzzTarget
