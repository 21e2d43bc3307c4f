#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

// Reading the fields of an imported JSON file, each refusal naming where it is
// ("entry 12: 'creationDate' is not a date") in the words a user reads.
namespace ImportJson {

// The top-level object; on a syntax error, `error` names the line and column.
std::optional<QJsonObject> parseObject(const QByteArray& bytes, QString* error);

// Each reader returns false with `error` set when the field has the wrong type or,
// when required, is missing; an optional missing field leaves `out` as it was.
bool text(const QJsonObject& object, const QString& key, const QString& where, bool required, QString* out,
          QString* error);
bool boolean(const QJsonObject& object, const QString& key, const QString& where, bool* out, QString* error);
bool integer(const QJsonObject& object, const QString& key, const QString& where, bool required, qint64* out,
             QString* error);
bool textList(const QJsonObject& object, const QString& key, const QString& where, QStringList* out,
              QString* error);
bool array(const QJsonObject& object, const QString& key, const QString& where, bool required,
           QJsonArray* out, QString* error);
bool base64(const QJsonObject& object, const QString& key, const QString& where, bool required,
            QByteArray* out, QString* error);

// "entry 12: message", or just the message at the top level (empty `where`).
QString at(const QString& where, const QString& message);
// Whether a time in UTC milliseconds is one a journal can hold (years 1000 to 9999).
bool isPlausibleTime(qint64 msecsSinceEpoch);

} // namespace ImportJson
