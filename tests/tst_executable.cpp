#include "support/TestSupport.h"

#include "Version.h"

#include <QTest>

// Runs the shipped executable as a user would, with no display.
class TestExecutable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void versionWorksWithoutDisplay()
    {
        const auto result = TestSupport::runSoliloquy({QStringLiteral("--version")});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.standardOutput.trimmed(), QStringLiteral("Soliloquy " SOLILOQUY_VERSION));
    }

    void helpWorksWithoutDisplay()
    {
        const auto result = TestSupport::runSoliloquy({QStringLiteral("--help")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.standardOutput.contains(QStringLiteral("--database")),
                 qPrintable(result.standardOutput));
        QVERIFY(result.standardOutput.contains(QStringLiteral("db status")));
    }

    void badOptionFailsWithMessage()
    {
        const auto result = TestSupport::runSoliloquy({QStringLiteral("--frobnicate")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.standardError.contains(QStringLiteral("frobnicate")));
        QVERIFY(result.standardOutput.isEmpty());
    }

    void unknownCommandFailsWithMessage()
    {
        const auto result = TestSupport::runSoliloquy({QStringLiteral("fly")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.standardError.contains(QStringLiteral("unknown command")));
    }
};

QTEST_GUILESS_MAIN(TestExecutable)
#include "tst_executable.moc"
