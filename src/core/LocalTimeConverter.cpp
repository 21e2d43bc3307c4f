#include "LocalTimeConverter.h"

#include <QDateTime>
#include <QTimeZone>

namespace {

constexpr qint64 MSecsPerDay = 24LL * 60 * 60 * 1000;

// The date and time read as UTC.
qint64 asIfUtc(const QDate& date, const QTime& time)
{
    return QDate(1970, 1, 1).daysTo(date) * MSecsPerDay + time.msecsSinceStartOfDay();
}

} // namespace

qint64 LocalTimeConverter::toMSecsSinceEpoch(const QDate& date, const QTime& time)
{
    const auto known = m_dayOffsets.constFind(date.toJulianDay());
    if (const std::optional<qint64> steadyOffset = known != m_dayOffsets.cend() ? *known : std::nullopt;
        steadyOffset.has_value())
        return asIfUtc(date, time) - *steadyOffset;
    const QDateTime local(date, time, QTimeZone::LocalTime);
    const qint64 exact = local.toMSecsSinceEpoch();
    if (known == m_dayOffsets.cend()) {
        const qint64 offset = asIfUtc(date, time) - exact;
        const bool steady = local.isValid() && offset == qint64(noonOffset(date.addDays(-1))) * 1000 &&
                            offset == qint64(noonOffset(date.addDays(1))) * 1000;
        m_dayOffsets.insert(date.toJulianDay(), steady ? std::optional<qint64>(offset) : std::nullopt);
    }
    return exact;
}

int LocalTimeConverter::noonOffset(const QDate& date)
{
    auto found = m_noonOffsets.constFind(date.toJulianDay());
    if (found == m_noonOffsets.cend())
        found = m_noonOffsets.insert(date.toJulianDay(),
                                     QDateTime(date, QTime(12, 0), QTimeZone::LocalTime).offsetFromUtc());
    return *found;
}
