#pragma once

#include <QtGlobal>

#include <functional>

// Times that order the changes of several computers whose clocks disagree (Kulkarni et al.,
// "Logical Physical Clocks", 2014). A stamp is the wall clock in milliseconds in the high 48
// bits and a counter in the low 16: it never goes back on one computer, even when its clock
// does, and a computer that has seen another's stamp stamps after it. Stamps stay close to the
// wall clock, so that they still read as times.
class HybridLogicalClock
{
public:
    // `wallClock` gives UTC milliseconds (the system clock when empty).
    explicit HybridLogicalClock(std::function<qint64()> wallClock = nullptr, quint64 last = 0);

    // A stamp after every stamp this clock gave or saw.
    quint64 now();
    // A stamp in a millisecond of its own, after every stamp given or seen: for times that order
    // posts, which keep milliseconds only.
    quint64 nextMillisecond();
    // Takes in a stamp from another computer.
    void observe(quint64 remote);
    quint64 last() const { return m_last; }

    static qint64 millisecondsOf(quint64 stamp) { return qint64(stamp >> 16); }
    static quint64 stamp(qint64 milliseconds, quint16 counter)
    {
        return (quint64(milliseconds) << 16) | counter;
    }

private:
    std::function<qint64()> m_wallClock;
    quint64 m_last;
};
