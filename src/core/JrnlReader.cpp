#include "JrnlReader.h"

#include "ImportJson.h"
#include "ImportText.h"
#include "LocalTimeConverter.h"

using namespace ImportJson;

namespace {

// jrnl gives an entry written without a time its default hour, 09:00.
const QTime jrnlDefaultTime(9, 0);

} // namespace

ImportBatch JrnlReader::read(const QByteArray& json)
{
    ImportBatch batch;
    batch.source = "jrnl";
    const std::optional<QJsonObject> root = parseObject(json, &batch.error);
    if (!root)
        return batch;
    QJsonArray entries;
    if (!array(*root, QStringLiteral("entries"), {}, true, &entries, &batch.error)) {
        batch.error += QStringLiteral(" (is this jrnl's JSON export?)");
        return batch;
    }
    batch.entries.reserve(entries.size());
    LocalTimeConverter localTimes;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString where = QStringLiteral("entry %1").arg(i + 1);
        if (!entries.at(i).isObject()) {
            batch.error = at(where, QStringLiteral("is not an object"));
            return batch;
        }
        const QJsonObject object = entries.at(i).toObject();
        QString dateText;
        QString timeText;
        QString title;
        QString body;
        QStringList tags;
        bool starred = false;
        if (!text(object, QStringLiteral("date"), where, true, &dateText, &batch.error) ||
            !text(object, QStringLiteral("time"), where, false, &timeText, &batch.error) ||
            !text(object, QStringLiteral("title"), where, false, &title, &batch.error) ||
            !text(object, QStringLiteral("body"), where, false, &body, &batch.error) ||
            !textList(object, QStringLiteral("tags"), where, &tags, &batch.error) ||
            !boolean(object, QStringLiteral("starred"), where, &starred, &batch.error))
            return batch;
        const QDate date = QDate::fromString(dateText, QStringLiteral("yyyy-MM-dd"));
        if (!date.isValid()) {
            batch.error = at(where, QStringLiteral("'date' is not a date like 2024-01-05"));
            return batch;
        }
        QTime time = jrnlDefaultTime;
        if (!timeText.isEmpty()) {
            time = QTime::fromString(timeText, QStringLiteral("HH:mm"));
            if (!time.isValid())
                time = QTime::fromString(timeText, QStringLiteral("HH:mm:ss"));
            if (!time.isValid()) {
                batch.error = at(where, QStringLiteral("'time' is not a time like 09:30"));
                return batch;
            }
        }
        ImportedEntry entry;
        entry.number = int(i + 1);
        entry.createdAt = localTimes.toMSecsSinceEpoch(date, time);
        if (!isPlausibleTime(entry.createdAt)) {
            batch.error = at(where, QStringLiteral("'date' is not between the years 1000 and 9999"));
            return batch;
        }
        // jrnl splits an entry at its first sentence into title and body; put it back together.
        const QString trimmedBody = body.trimmed();
        QString joined = title.trimmed();
        if (!trimmedBody.isEmpty())
            joined += (joined.isEmpty() ? QString() : QStringLiteral("\n\n")) + trimmedBody;
        entry.text = ImportText::withTags(joined, tags, starred);
        if (entry.text.trimmed().isEmpty()) {
            ++batch.emptyEntries;
            continue;
        }
        // Date, time and text name a jrnl entry: jrnl keeps no ids.
        entry.identity =
            dateText.toUtf8() + '\x1f' + timeText.toUtf8() + '\x1f' + title.toUtf8() + '\x1f' + body.toUtf8();
        batch.entries << entry;
    }
    return batch;
}
