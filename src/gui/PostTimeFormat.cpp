#include "PostTimeFormat.h"

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>

PostTimeFormat::PostTimeFormat(AppSettings::ClockFormat clockFormat)
    : m_clockFormat(clockFormat)
    , m_pattern(pattern(clockFormat))
{}

QString PostTimeFormat::timeOf(qint64 createdAt) const
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(createdAt).time(), m_pattern);
}

QString PostTimeFormat::dayAndTimeOf(qint64 createdAt) const
{
    const QDate day = QDateTime::fromMSecsSinceEpoch(createdAt).date();
    return QStringLiteral("%1 %2").arg(QLocale().toString(day, QLocale::ShortFormat), timeOf(createdAt));
}

QString PostTimeFormat::format(const QTime& time, AppSettings::ClockFormat clockFormat)
{
    return QLocale().toString(time, pattern(clockFormat));
}

QString PostTimeFormat::pattern(AppSettings::ClockFormat clockFormat)
{
    switch (clockFormat) {
    case AppSettings::ClockFormat::TwelveHour:
        return QStringLiteral("h:mm AP");
    case AppSettings::ClockFormat::TwentyFourHour:
        return QStringLiteral("HH:mm");
    case AppSettings::ClockFormat::System:
        break;
    }
    // Hours and minutes in the user's convention (some locales' short format carries seconds).
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    format.remove(QRegularExpression(QStringLiteral("[:.]ss?")));
    return format;
}
