#include "ImportJson.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <limits>

namespace ImportJson {

QString at(const QString& where, const QString& message)
{
    return where.isEmpty() ? message : where + QStringLiteral(": ") + message;
}

std::optional<QJsonObject> parseObject(const QByteArray& bytes, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // QJsonParseError gives a byte offset; people count lines and columns.
        const QByteArray before = bytes.left(parseError.offset);
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column = parseError.offset - (before.lastIndexOf('\n') + 1) + 1;
        *error = QStringLiteral("line %1, column %2: the JSON is malformed (%3)")
                     .arg(line)
                     .arg(column)
                     .arg(parseError.errorString());
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error = QStringLiteral("the file is not a JSON object");
        return std::nullopt;
    }
    return document.object();
}

namespace {

bool missing(const QJsonObject& object, const QString& key, const QString& where, bool required,
             QString* error)
{
    if (object.contains(key) && !object.value(key).isNull())
        return false;
    if (required)
        *error = at(where, QStringLiteral("'%1' is missing").arg(key));
    return true;
}

bool wrongType(const QString& key, const QString& where, const QString& expected, QString* error)
{
    *error = at(where, QStringLiteral("'%1' is not %2").arg(key, expected));
    return false;
}

} // namespace

bool text(const QJsonObject& object, const QString& key, const QString& where, bool required, QString* out,
          QString* error)
{
    if (missing(object, key, where, required, error))
        return !required;
    const QJsonValue value = object.value(key);
    if (!value.isString())
        return wrongType(key, where, QStringLiteral("text"), error);
    *out = value.toString();
    return true;
}

bool boolean(const QJsonObject& object, const QString& key, const QString& where, bool* out, QString* error)
{
    if (missing(object, key, where, false, error))
        return true;
    const QJsonValue value = object.value(key);
    if (!value.isBool())
        return wrongType(key, where, QStringLiteral("true or false"), error);
    *out = value.toBool();
    return true;
}

bool integer(const QJsonObject& object, const QString& key, const QString& where, bool required, qint64* out,
             QString* error)
{
    if (missing(object, key, where, required, error))
        return !required;
    constexpr qint64 notAnInteger = std::numeric_limits<qint64>::min();
    const qint64 value = object.value(key).toInteger(notAnInteger);
    if (value == notAnInteger)
        return wrongType(key, where, QStringLiteral("a whole number"), error);
    *out = value;
    return true;
}

bool textList(const QJsonObject& object, const QString& key, const QString& where, QStringList* out,
              QString* error)
{
    if (missing(object, key, where, false, error))
        return true;
    const QJsonValue value = object.value(key);
    if (!value.isArray())
        return wrongType(key, where, QStringLiteral("a list"), error);
    QStringList list;
    for (const auto& item : value.toArray()) {
        if (!item.isString())
            return wrongType(key, where, QStringLiteral("a list of text"), error);
        list << item.toString();
    }
    *out = list;
    return true;
}

bool array(const QJsonObject& object, const QString& key, const QString& where, bool required,
           QJsonArray* out, QString* error)
{
    if (missing(object, key, where, required, error))
        return !required;
    const QJsonValue value = object.value(key);
    if (!value.isArray())
        return wrongType(key, where, QStringLiteral("a list"), error);
    *out = value.toArray();
    return true;
}

bool base64(const QJsonObject& object, const QString& key, const QString& where, bool required,
            QByteArray* out, QString* error)
{
    if (missing(object, key, where, required, error))
        return !required;
    const QJsonValue value = object.value(key);
    if (!value.isString())
        return wrongType(key, where, QStringLiteral("base64 text"), error);
    const QByteArray::FromBase64Result decoded =
        QByteArray::fromBase64Encoding(value.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return wrongType(key, where, QStringLiteral("valid base64"), error);
    *out = decoded.decoded;
    return true;
}

bool isPlausibleTime(qint64 msecsSinceEpoch)
{
    constexpr qint64 year1000 = -30610224000000;
    constexpr qint64 year10000 = 253402300800000;
    return msecsSinceEpoch >= year1000 && msecsSinceEpoch < year10000;
}

} // namespace ImportJson
