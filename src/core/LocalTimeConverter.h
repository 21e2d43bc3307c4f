#pragma once

#include <QDate>
#include <QHash>
#include <QTime>

#include <optional>

// Turns many local dates and times into UTC milliseconds, exactly as
// QDateTime(date, time, QTimeZone::LocalTime).toMSecsSinceEpoch() does, but asks
// the system once or twice a day instead of once a time: each such conversion
// has the C library look at the zone file again, tens of microseconds apiece.
// A day whose offset from UTC is the same from noon the day before to noon the
// day after has no change of offset in it, so its times share that offset; any
// other day is converted a time at a time.
class LocalTimeConverter
{
public:
    qint64 toMSecsSinceEpoch(const QDate& date, const QTime& time);

private:
    int noonOffset(const QDate& date);

    QHash<qint64, std::optional<qint64>> m_dayOffsets; // by Julian day, in ms; none: not steady
    QHash<qint64, int> m_noonOffsets;                  // by Julian day, in seconds
};
