#include "gui/FontconfigWarmUp.h"

#include <QApplication>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QLabel>
#include <QTest>

#include <thread>
#include <vector>

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
