#include "DayOneReader.h"

#include "ImportJson.h"
#include "ImportText.h"

#include <QRegularExpression>
#include <QTimeZone>

using namespace ImportJson;

namespace {

struct Photo
{
    QString identifier;
    QString archivePath;
    QString mimeType;
};

QString mimeTypeOf(const QString& type)
{
    const QString lower = type.toLower();
    if (lower == QLatin1String("jpeg") || lower == QLatin1String("jpg"))
        return QStringLiteral("image/jpeg");
    if (lower == QLatin1String("png") || lower == QLatin1String("gif") || lower == QLatin1String("heic") ||
        lower == QLatin1String("webp") || lower == QLatin1String("tiff"))
        return QStringLiteral("image/") + lower;
    return QStringLiteral("application/octet-stream");
}

// Day One writes UTC ("...Z"); an older export without a zone is read in the entry's time zone.
QDateTime parseDate(const QString& text, const QString& timeZone)
{
    QDateTime date = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!date.isValid())
        return {};
    const bool hasZone = text.endsWith(QLatin1Char('Z')) ||
                         QRegularExpression(QStringLiteral("[+-]\\d\\d:?\\d\\d$")).match(text).hasMatch();
    if (!hasZone) {
        const QTimeZone zone(timeZone.toUtf8());
        date = QDateTime(date.date(), date.time(), zone.isValid() ? zone : QTimeZone(QTimeZone::LocalTime));
    }
    return date;
}

bool readPhotos(const QJsonObject& object, const QString& where, const QSet<QString>& archiveFiles,
                QList<Photo>* photos, QString* error)
{
    QJsonArray list;
    if (!array(object, QStringLiteral("photos"), where, false, &list, error))
        return false;
    static const QRegularExpression safeName(QStringLiteral("^[A-Za-z0-9_-]+$"));
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString place = where + QStringLiteral(", photo %1").arg(i + 1);
        if (!list.at(i).isObject()) {
            *error = at(place, QStringLiteral("is not an object"));
            return false;
        }
        const QJsonObject photo = list.at(i).toObject();
        Photo result;
        QString md5;
        QString type = QStringLiteral("jpeg");
        if (!text(photo, QStringLiteral("identifier"), place, true, &result.identifier, error) ||
            !text(photo, QStringLiteral("md5"), place, true, &md5, error) ||
            !text(photo, QStringLiteral("type"), place, false, &type, error))
            return false;
        if (!safeName.match(md5).hasMatch() || !safeName.match(type).hasMatch()) {
            *error = at(place, QStringLiteral("'md5' or 'type' is not a plain name"));
            return false;
        }
        const QString path = QStringLiteral("photos/%1.%2").arg(md5, type);
        if (archiveFiles.contains(path))
            result.archivePath = path;
        result.mimeType = mimeTypeOf(type);
        photos->append(result);
    }
    return true;
}

// Replaces Day One's photo links with links to the attachments, and adds a link for each
// photo the text does not show. Photos that are not in the export are named as left out.
QString linkPhotos(const QString& text, const QList<Photo>& photos, ImportedEntry* entry)
{
    static const QRegularExpression moment(
        QStringLiteral("!\\[[^\\]]*\\]\\(dayone-moment:/*([A-Za-z0-9-]+)\\)"));
    QHash<QString, QString> replacements;
    QStringList unshown;
    for (const Photo& photo : photos) {
        QString link;
        if (photo.archivePath.isEmpty()) {
            link = QStringLiteral("(a photo that is not in this export)");
        } else {
            entry->attachments.append({photo.mimeType, {}, photo.archivePath});
            link = QStringLiteral("![photo](attachment:%1)").arg(entry->attachments.size());
        }
        replacements.insert(photo.identifier, link);
        if (!text.contains(QStringLiteral("dayone-moment://") + photo.identifier) &&
            !text.contains(QStringLiteral("dayone-moment:/") + photo.identifier))
            unshown << link;
    }
    QString linked;
    qsizetype from = 0;
    QRegularExpressionMatchIterator it = moment.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const auto found = replacements.constFind(match.captured(1));
        if (found == replacements.cend())
            continue; // a video, audio or other moment: its link is kept as Day One wrote it
        linked += QStringView(text).mid(from, match.capturedStart() - from);
        linked += *found;
        from = match.capturedEnd();
    }
    linked += QStringView(text).mid(from);
    if (!unshown.isEmpty())
        linked = linked.trimmed() + (linked.trimmed().isEmpty() ? QString() : QStringLiteral("\n\n")) +
                 unshown.join(QLatin1Char('\n'));
    return linked;
}

} // namespace

ImportBatch DayOneReader::read(const QByteArray& json, const QSet<QString>& archiveFiles)
{
    ImportBatch batch;
    batch.source = "dayone";
    const std::optional<QJsonObject> root = parseObject(json, &batch.error);
    if (!root)
        return batch;
    QJsonArray entries;
    if (!array(*root, QStringLiteral("entries"), {}, true, &entries, &batch.error)) {
        batch.error += QStringLiteral(" (is this Day One's JSON export?)");
        return batch;
    }
    batch.entries.reserve(entries.size());
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString where = QStringLiteral("entry %1").arg(i + 1);
        if (!entries.at(i).isObject()) {
            batch.error = at(where, QStringLiteral("is not an object"));
            return batch;
        }
        const QJsonObject object = entries.at(i).toObject();
        QString uuid;
        QString creation;
        QString modified;
        QString timeZone;
        QString body;
        QStringList tags;
        bool starred = false;
        QList<Photo> photos;
        if (!text(object, QStringLiteral("uuid"), where, false, &uuid, &batch.error) ||
            !text(object, QStringLiteral("creationDate"), where, true, &creation, &batch.error) ||
            !text(object, QStringLiteral("modifiedDate"), where, false, &modified, &batch.error) ||
            !text(object, QStringLiteral("timeZone"), where, false, &timeZone, &batch.error) ||
            !text(object, QStringLiteral("text"), where, false, &body, &batch.error) ||
            !textList(object, QStringLiteral("tags"), where, &tags, &batch.error) ||
            !boolean(object, QStringLiteral("starred"), where, &starred, &batch.error) ||
            !readPhotos(object, where, archiveFiles, &photos, &batch.error))
            return batch;
        const QDateTime created = parseDate(creation, timeZone);
        if (!created.isValid() || !isPlausibleTime(created.toMSecsSinceEpoch())) {
            batch.error = at(where, QStringLiteral("'creationDate' is not a date"));
            return batch;
        }
        ImportedEntry entry;
        entry.number = int(i + 1);
        entry.createdAt = created.toMSecsSinceEpoch();
        if (!modified.isEmpty()) {
            const QDateTime edited = parseDate(modified, timeZone);
            if (!edited.isValid() || !isPlausibleTime(edited.toMSecsSinceEpoch())) {
                batch.error = at(where, QStringLiteral("'modifiedDate' is not a date"));
                return batch;
            }
            // Day One sets modifiedDate on every entry; only a later one means an edit.
            if (edited.toMSecsSinceEpoch() > entry.createdAt + 1000)
                entry.editedAt = edited.toMSecsSinceEpoch();
        }
        entry.text = ImportText::withTags(linkPhotos(body, photos, &entry), tags, starred);
        if (entry.text.trimmed().isEmpty()) {
            ++batch.emptyEntries;
            continue;
        }
        // The uuid names a Day One entry; an export old enough to lack it falls back to time and text.
        entry.identity = uuid.isEmpty() ? creation.toUtf8() + '\x1f' + body.toUtf8() : uuid.toUtf8();
        batch.entries << entry;
    }
    return batch;
}
