#include "gui/FontconfigWarmUp.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QLabel>
#include <QTest>

#include <chrono>
#include <thread>
#include <vector>

#ifdef Q_OS_UNIX
#include <ctime>
#endif

using namespace std::chrono_literals;

namespace {

#ifdef Q_OS_UNIX
// The processor time the calling thread has used, in milliseconds.
double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
}
#endif

} // namespace

// The warm-up that lets the first dialog's text be measured without reading the
// font configuration twice.
class TestFontconfigWarmUp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isReadyWhenWaitReturns()
    {
        const FontconfigWarmUp warmUp;
        warmUp.wait();
        QVERIFY(warmUp.isReady());
        // Waiting again returns at once.
        warmUp.wait();
        QVERIFY(warmUp.isReady());
    }

    void everyWaitingThreadFindsItReady()
    {
        const FontconfigWarmUp warmUp;
        std::vector<int> readyAfterWait(4, 0);
        {
            std::vector<std::jthread> threads;
            threads.reserve(readyAfterWait.size());
            for (int& ready : readyAfterWait) {
                threads.emplace_back([&warmUp, &ready] {
                    warmUp.wait();
                    ready = warmUp.isReady() ? 1 : 0;
                });
            }
        }
        QCOMPARE(readyAfterWait, std::vector<int>(4, 1));
    }

    void textIsMeasuredAfterTheWait()
    {
        const FontconfigWarmUp warmUp;
        warmUp.wait();
        QVERIFY(!QFontDatabase::families().isEmpty());
        QLabel label(QStringLiteral("Unlock your journal."));
        QVERIFY(QFontMetrics(label.font()).horizontalAdvance(label.text()) > 0);
        QVERIFY(label.sizeHint().width() > 0);
    }

    void aSlowDiskIsWaitedForWithoutBurningACore()
    {
#ifdef Q_OS_UNIX
        // Fonts read from a cold disk: the warm-up takes a third of a second, not 3 ms.
        const FontconfigWarmUp warmUp([] { std::this_thread::sleep_for(300ms); });
        const double cpuBefore = threadCpuMs();
        QElapsedTimer waited;
        waited.start();
        warmUp.wait();
        QVERIFY(warmUp.isReady());
        QVERIFY2(waited.elapsed() >= 250, qPrintable(QString::number(waited.elapsed())));
        // It spins for 10 ms at most, then sleeps until the warm-up is done.
        const double cpuUsed = threadCpuMs() - cpuBefore;
        QVERIFY2(cpuUsed < 100, qPrintable(QStringLiteral("%1 ms of processor time").arg(cpuUsed)));
#else
        QSKIP("measures the thread's processor time with POSIX clocks");
#endif
    }

    void endsWithoutBeingWaitedFor()
    {
        // A start that fails before its first dialog never waits; the thread still ends.
        {
            const FontconfigWarmUp warmUp;
        }
        const FontconfigWarmUp next;
        next.wait();
        QVERIFY(next.isReady());
    }
};

QTEST_MAIN(TestFontconfigWarmUp)
#include "tst_fontconfigwarmup.moc"
