#include "HybridLogicalClock.h"

#include <QDateTime>

HybridLogicalClock::HybridLogicalClock(std::function<qint64()> wallClock, quint64 last)
    : m_wallClock(wallClock ? std::move(wallClock) : [] { return QDateTime::currentMSecsSinceEpoch(); })
    , m_last(last)
{}

quint64 HybridLogicalClock::now()
{
    const quint64 wall = stamp(qMax<qint64>(0, m_wallClock()), 0);
    // Ahead of the wall clock (it went back, or another computer's is ahead): count on.
    m_last = wall > m_last ? wall : m_last + 1;
    return m_last;
}

quint64 HybridLogicalClock::nextMillisecond()
{
    const qint64 wall = qMax<qint64>(0, m_wallClock());
    m_last = stamp(qMax(wall, millisecondsOf(m_last) + 1), 0);
    return m_last;
}

void HybridLogicalClock::observe(quint64 remote)
{
    if (remote > m_last)
        m_last = remote;
}
