#include "SoliloquyJsonReader.h"

#include "ImportJson.h"

using namespace ImportJson;

namespace {

bool readAttachments(const QJsonObject& post, const QString& where, ImportedEntry* entry, QString* error)
{
    QJsonArray attachments;
    if (!array(post, QStringLiteral("attachments"), where, false, &attachments, error))
        return false;
    for (qsizetype i = 0; i < attachments.size(); ++i) {
        const QString place = where + QStringLiteral(", attachment %1").arg(i + 1);
        if (!attachments.at(i).isObject()) {
            *error = at(place, QStringLiteral("is not an object"));
            return false;
        }
        const QJsonObject object = attachments.at(i).toObject();
        ImportedAttachment attachment;
        if (!text(object, QStringLiteral("mime_type"), place, true, &attachment.mimeType, error) ||
            !base64(object, QStringLiteral("data"), place, true, &attachment.bytes, error))
            return false;
        entry->attachments << attachment;
    }
    return true;
}

} // namespace

ImportBatch SoliloquyJsonReader::read(const QByteArray& json)
{
    ImportBatch batch;
    batch.source = "soliloquy";
    const std::optional<QJsonObject> root = parseObject(json, &batch.error);
    if (!root)
        return batch;
    QString format;
    qint64 version = 0;
    if (!text(*root, QStringLiteral("format"), {}, false, &format, &batch.error))
        return batch;
    if (format != QLatin1String(FormatName)) {
        batch.error = QStringLiteral("this is not a Soliloquy export ('format' is not \"%1\")")
                          .arg(QLatin1String(FormatName));
        return batch;
    }
    if (!integer(*root, QStringLiteral("version"), {}, true, &version, &batch.error))
        return batch;
    if (version > FormatVersion || version < 1) {
        batch.error = QStringLiteral("this export has format version %1; this Soliloquy reads version %2")
                          .arg(version)
                          .arg(FormatVersion);
        return batch;
    }
    if (root->contains(QStringLiteral("account"))) {
        if (!root->value(QStringLiteral("account")).isObject()) {
            batch.error = QStringLiteral("'account' is not an object");
            return batch;
        }
        if (!base64(root->value(QStringLiteral("account")).toObject(), QStringLiteral("avatar_png"),
                    QStringLiteral("account"), false, &batch.avatarPng, &batch.error))
            return batch;
    }
    QJsonArray posts;
    if (!array(*root, QStringLiteral("posts"), {}, true, &posts, &batch.error))
        return batch;
    batch.entries.reserve(posts.size());
    for (qsizetype i = 0; i < posts.size(); ++i) {
        const QString where = QStringLiteral("post %1").arg(i + 1);
        if (!posts.at(i).isObject()) {
            batch.error = at(where, QStringLiteral("is not an object"));
            return batch;
        }
        const QJsonObject post = posts.at(i).toObject();
        ImportedEntry entry;
        entry.number = int(i + 1);
        bool unreadable = false;
        if (!integer(post, QStringLiteral("created_at"), where, true, &entry.createdAt, &batch.error) ||
            !integer(post, QStringLiteral("edited_at"), where, false, &entry.editedAt, &batch.error) ||
            !text(post, QStringLiteral("text"), where, true, &entry.text, &batch.error) ||
            !boolean(post, QStringLiteral("unreadable"), where, &unreadable, &batch.error) ||
            !readAttachments(post, where, &entry, &batch.error))
            return batch;
        if (!isPlausibleTime(entry.createdAt)) {
            batch.error =
                at(where, QStringLiteral("'created_at' is not a time between the years 1000 and 9999"));
            return batch;
        }
        if (entry.editedAt != 0 && !isPlausibleTime(entry.editedAt)) {
            batch.error =
                at(where, QStringLiteral("'edited_at' is not a time between the years 1000 and 9999"));
            return batch;
        }
        // A post this journal could not open was exported without its text: nothing to bring back.
        if (unreadable || (entry.text.trimmed().isEmpty() && entry.attachments.isEmpty())) {
            ++batch.emptyEntries;
            continue;
        }
        entry.identity = QByteArray::number(entry.createdAt) + '\n' + entry.text.toUtf8();
        batch.entries << entry;
    }
    return batch;
}
