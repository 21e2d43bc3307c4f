#include <QObject>
#include <QString>
#include <QTest>

#include <type_traits>

// The project's code is built with Qt's strict settings (CMakeLists.txt): a QString is never
// made from bytes behind the reader's back (which would guess their encoding), Qt's macro
// keywords stay out of the global namespace, connections refuse narrowing conversions, and
// nothing deprecated up to Qt 6.8 is reachable. These checks fail when a setting is dropped.
class tst_BuildSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bytesNeverTurnIntoTextImplicitly()
    {
        QVERIFY(!(std::is_convertible_v<const char*, QString>));
        QVERIFY(!(std::is_convertible_v<QByteArray, QString>));
        QVERIFY(!(std::is_convertible_v<QString, const char*>));
    }

    void qtKeywordsAreMacrosWithQPrefixOnly()
    {
#if defined(emit) || defined(signals) || defined(slots)
        QFAIL("Qt's keywords emit, signals and slots are defined: QT_NO_KEYWORDS is missing");
#endif
    }

    void deprecatedApiUpToQt68IsGone()
    {
#if defined(QT_DISABLE_DEPRECATED_UP_TO)
        QVERIFY(QT_DISABLE_DEPRECATED_UP_TO >= 0x060800);
#else
        QFAIL("QT_DISABLE_DEPRECATED_UP_TO is not set");
#endif
    }

    void connectionsRefuseNarrowingConversions()
    {
#if !defined(QT_NO_NARROWING_CONVERSIONS_IN_CONNECT)
        QFAIL("QT_NO_NARROWING_CONVERSIONS_IN_CONNECT is not set");
#endif
    }
};

QTEST_GUILESS_MAIN(tst_BuildSettings)
#include "tst_buildsettings.moc"
