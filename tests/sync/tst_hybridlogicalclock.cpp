#include "core/HybridLogicalClock.h"

#include <QTest>

// Posts of several computers keep their order when the computers' clocks disagree.
class TestHybridLogicalClock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stampsFollowTheWallClock()
    {
        qint64 wall = 1764000000000;
        HybridLogicalClock clock([&wall] { return wall; });
        const quint64 first = clock.now();
        QCOMPARE(HybridLogicalClock::millisecondsOf(first), wall);
        wall += 5000;
        QCOMPARE(HybridLogicalClock::millisecondsOf(clock.now()), wall);
    }

    void aClockSetBackDoesNotReorderThisComputersPosts()
    {
        qint64 wall = 1764000000000;
        HybridLogicalClock clock([&wall] { return wall; });
        const quint64 before = clock.now();
        wall -= 3600 * 1000; // the clock was put back an hour
        const quint64 after = clock.now();
        QVERIFY(after > before);
        QVERIFY(clock.now() > after);
        // Within the same millisecond, too.
        wall += 3600 * 1000;
        const quint64 same = clock.now();
        QVERIFY(clock.now() > same);
    }

    void aComputerThatSawAnotherStampsAfterIt()
    {
        qint64 slowWall = 1764000000000;
        HybridLogicalClock slow([&slowWall] { return slowWall; });
        const quint64 fromTheFuture = HybridLogicalClock::stamp(slowWall + 10 * 60 * 1000, 3);
        slow.observe(fromTheFuture);
        QVERIFY(slow.now() > fromTheFuture);
        slow.observe(HybridLogicalClock::stamp(slowWall - 1000, 0)); // an older stamp changes nothing
        QVERIFY(slow.now() > fromTheFuture);
    }

    void theLastStampIsKeptAcrossStarts()
    {
        qint64 wall = 1764000000000;
        HybridLogicalClock first([&wall] { return wall; });
        const quint64 given = first.now();
        wall -= 1000;
        HybridLogicalClock restarted([&wall] { return wall; }, first.last());
        QVERIFY(restarted.now() > given);
    }
};

QTEST_GUILESS_MAIN(TestHybridLogicalClock)
#include "tst_hybridlogicalclock.moc"
