#include "core/LocalTimeConverter.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

#include <ctime>

// Local times read from imported files: the same milliseconds as QDateTime gives, in zones
// whose offset changes at night, at midnight, by half an hour, or that skipped a whole day.
class TestLocalTimeConverter : public QObject
{
    Q_OBJECT

private:
    QByteArray m_zone;

private Q_SLOTS:
    void initTestCase() { m_zone = qgetenv("TZ"); }

    void cleanupTestCase()
    {
        qputenv("TZ", m_zone);
        tzset();
    }

    void sameAsQDateTime_data()
    {
        QTest::addColumn<QByteArray>("zone");
        for (const char* zone : {"America/New_York", "Europe/Berlin", "America/Sao_Paulo",
                                 "Australia/Lord_Howe", "Pacific/Apia", "UTC"})
            QTest::newRow(zone) << QByteArray(zone);
    }

    void sameAsQDateTime()
    {
        QFETCH(QByteArray, zone);
        qputenv("TZ", zone);
        tzset();
        LocalTimeConverter converter;
        int checked = 0;
        // Every 31 minutes through two years (Apia left out 2011-12-30), then every third day
        // again at other minutes, so that each day is both met first and found again.
        for (int pass = 0; pass < 2; ++pass) {
            for (QDate day(2010, 7, 1); day < QDate(2012, 7, 1); day = day.addDays(pass == 0 ? 1 : 3)) {
                for (int minute = pass * 13; minute < 24 * 60; minute += 31) {
                    const QTime time(minute / 60, minute % 60, minute % 2 ? 30 : 0);
                    QCOMPARE(converter.toMSecsSinceEpoch(day, time),
                             QDateTime(day, time, QTimeZone::LocalTime).toMSecsSinceEpoch());
                    ++checked;
                }
            }
        }
        QVERIFY(checked > 40000);
    }

    void farFromNow()
    {
        qputenv("TZ", "Europe/Berlin");
        tzset();
        LocalTimeConverter converter;
        for (const QDate& day : {QDate(1000, 1, 1), QDate(1893, 3, 31), QDate(1893, 4, 1), QDate(1916, 4, 30),
                                 QDate(2100, 3, 28), QDate(9999, 12, 31)}) {
            for (const QTime& time : {QTime(0, 0), QTime(2, 30), QTime(12, 0), QTime(23, 59, 59)})
                QCOMPARE(converter.toMSecsSinceEpoch(day, time),
                         QDateTime(day, time, QTimeZone::LocalTime).toMSecsSinceEpoch());
        }
    }
};

QTEST_GUILESS_MAIN(TestLocalTimeConverter)
#include "tst_localtimeconverter.moc"
