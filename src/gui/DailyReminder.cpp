#include "DailyReminder.h"

#include "AppSettings.h"

DailyReminder::DailyReminder(const AppSettings& settings, std::function<QDateTime()> clock, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_clock(clock ? std::move(clock) : [] { return QDateTime::currentDateTime(); })
    , m_lastCheck(m_clock())
{
    m_timer.setInterval(CheckIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &DailyReminder::check);
    m_timer.start();
}

void DailyReminder::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    m_lastCheck = m_clock();
}

void DailyReminder::check()
{
    const QDateTime now = m_clock();
    const QDateTime last = m_lastCheck;
    m_lastCheck = now;
    if (now <= last)
        return; // the clock was set back: wait until it passes the last check again
    if (now.date() != last.date())
        Q_EMIT dayStarted(now.date());
    if (!m_settings.reminderEnabled())
        return;
    // The reminder of today, or of yesterday when the check spans midnight.
    for (const QDate& day : {now.date(), now.date().addDays(-1)}) {
        const QDateTime due(day, m_settings.reminderTime());
        if (last < due && due <= now) {
            Q_EMIT reminderDue();
            return;
        }
    }
}
