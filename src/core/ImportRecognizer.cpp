#include "ImportRecognizer.h"

#include "SoliloquyJsonReader.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace ImportRecognizer {

namespace {

const QString whatIsRead =
    QStringLiteral("Soliloquy imports its own JSON exports, jrnl's JSON exports and Day One's exports "
                   "(Journal.json or the whole ZIP).");

// Files up to this size are parsed to be recognised; larger ones by their first bytes.
constexpr qint64 WholeParseBytes = 64LL * 1024 * 1024;
constexpr qint64 StartBytes = 64LL * 1024;

const QString notAnExport =
    QStringLiteral("This JSON file is not a journal export Soliloquy knows: it has neither the \"format\" of "
                   "a Soliloquy export nor the \"entries\" of a jrnl or Day One export.");

const QString notJsonNorZip = QStringLiteral("This file is neither JSON nor a ZIP archive.");

bool looksLikeZip(const QByteArray& start)
{
    return start.startsWith("PK\x03\x04") || start.startsWith("PK\x05\x06");
}

Recognised unknown(const QString& looksLike)
{
    return {std::nullopt, QStringLiteral("%1 %2").arg(looksLike, whatIsRead)};
}

Recognised fromJson(const QJsonObject& root)
{
    const QJsonValue format = root.value(QStringLiteral("format"));
    if (format.toString() == QLatin1String(SoliloquyJsonReader::FormatName))
        return {Importer::Format::Soliloquy, {}};
    const QJsonValue entries = root.value(QStringLiteral("entries"));
    if (entries.isArray()) {
        const QJsonObject first = entries.toArray().first().toObject();
        if (root.value(QStringLiteral("metadata")).isObject() ||
            first.contains(QStringLiteral("creationDate")))
            return {Importer::Format::DayOne, {}};
        if (root.value(QStringLiteral("tags")).isObject() || first.contains(QStringLiteral("date")))
            return {Importer::Format::Jrnl, {}};
    }
    if (format.isString())
        return unknown(QStringLiteral("This JSON file says its format is \"%1\", which is not a journal "
                                      "export Soliloquy knows.")
                           .arg(format.toString().left(40)));
    return unknown(notAnExport);
}

// A file too large to parse twice: its first bytes name the fields it starts with. The
// reader parses it whole and checks every field.
Recognised fromStart(QByteArray start)
{
    if (start.startsWith("\xEF\xBB\xBF"))
        start.remove(0, 3);
    if (!start.trimmed().startsWith('{'))
        return unknown(notJsonNorZip);
    static const QRegularExpression soliloquy(QStringLiteral("^\\s*\\{\\s*\"format\"\\s*:\\s*\"%1\"")
                                                  .arg(QLatin1String(SoliloquyJsonReader::FormatName)));
    const QString text = QString::fromUtf8(start);
    if (soliloquy.match(text).hasMatch())
        return {Importer::Format::Soliloquy, {}};
    if (text.contains(QLatin1String("\"metadata\"")) || text.contains(QLatin1String("\"creationDate\"")))
        return {Importer::Format::DayOne, {}};
    if (text.contains(QLatin1String("\"entries\"")))
        return {Importer::Format::Jrnl, {}};
    return unknown(notAnExport);
}

} // namespace

QString describe(Importer::Format format)
{
    switch (format) {
    case Importer::Format::Soliloquy:
        return QStringLiteral("a Soliloquy export");
    case Importer::Format::Jrnl:
        return QStringLiteral("a jrnl export");
    case Importer::Format::DayOne:
        return QStringLiteral("a Day One export");
    }
    return {};
}

Recognised recognise(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {std::nullopt, QStringLiteral("Soliloquy cannot read %1: %2.").arg(path, file.errorString())};
    if (looksLikeZip(file.peek(4)))
        return {Importer::Format::DayOne, {}};
    if (file.size() > WholeParseBytes)
        return fromStart(file.read(StartBytes));
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (QFileInfo(path).suffix().toLower() == QLatin1String("json"))
            return unknown(QStringLiteral("This file is not valid JSON (%1 at byte %2).")
                               .arg(parseError.errorString())
                               .arg(parseError.offset));
        return unknown(notJsonNorZip);
    }
    if (!document.isObject())
        return unknown(QStringLiteral("This JSON file holds a list, not the object a journal export starts "
                                      "with."));
    return fromJson(document.object());
}

QString mismatch(Importer::Format named, const Recognised& found)
{
    if (!found.format)
        return found.error;
    if (*found.format == named)
        return {};
    return QStringLiteral("This file looks like %1, not %2. Leave out --format and Soliloquy imports it as "
                          "what it is.")
        .arg(describe(*found.format), describe(named));
}

} // namespace ImportRecognizer
