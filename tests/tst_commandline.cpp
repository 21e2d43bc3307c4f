#include "core/CommandLine.h"

#include <QTest>

class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noArgumentsOpensTheWindow()
    {
        const Invocation invocation = CommandLine::parse({QStringLiteral("soliloquy")});
        QCOMPARE(invocation.kind, Invocation::Kind::Gui);
        QVERIFY(invocation.databasePath.isEmpty());
    }

    void databaseOptionIsKeptForTheWindow()
    {
        const Invocation invocation = CommandLine::parse(
            {QStringLiteral("soliloquy"), QStringLiteral("--database"), QStringLiteral("/tmp/j.sqlite3")});
        QCOMPARE(invocation.kind, Invocation::Kind::Gui);
        QCOMPARE(invocation.databasePath, QStringLiteral("/tmp/j.sqlite3"));
    }

    void verbKeepsItsOwnOptions()
    {
        const Invocation invocation = CommandLine::parse(
            {QStringLiteral("soliloquy"), QStringLiteral("-d"), QStringLiteral("x.db"),
             QStringLiteral("write"), QStringLiteral("--username"), QStringLiteral("ann")});
        QCOMPARE(invocation.kind, Invocation::Kind::Verb);
        QCOMPARE(invocation.databasePath, QStringLiteral("x.db"));
        QCOMPARE(invocation.verbArguments,
                 QStringList({QStringLiteral("write"), QStringLiteral("--username"), QStringLiteral("ann")}));
    }

    void versionAndHelp()
    {
        QCOMPARE(CommandLine::parse({QStringLiteral("soliloquy"), QStringLiteral("--version")}).kind,
                 Invocation::Kind::Version);
        QCOMPARE(CommandLine::parse({QStringLiteral("soliloquy"), QStringLiteral("-h")}).kind,
                 Invocation::Kind::Help);
        QVERIFY(CommandLine::helpText().contains(QStringLiteral("--database")));
        QVERIFY(CommandLine::versionText().startsWith(QStringLiteral("Soliloquy ")));
    }

    // write --attach goes to the verb whole, as often as given; the help names it and has:picture.
    void attachedPicturesGoToWrite()
    {
        const Invocation invocation = CommandLine::parse(
            {QStringLiteral("soliloquy"), QStringLiteral("write"), QStringLiteral("--username"),
             QStringLiteral("ann"), QStringLiteral("--attach"), QStringLiteral("a.jpg"),
             QStringLiteral("--attach"), QStringLiteral("b.png"), QStringLiteral("seaside")});
        QCOMPARE(invocation.kind, Invocation::Kind::Verb);
        QCOMPARE(invocation.verbArguments.count(QStringLiteral("--attach")), 2);
        QCOMPARE(invocation.verbArguments.last(), QStringLiteral("seaside"));
        const QString help = CommandLine::helpText();
        QVERIFY(help.contains(QStringLiteral("write --username NAME [--password-stdin] [--attach FILE]...")));
        QVERIFY(help.contains(QStringLiteral("has:picture")));
    }

    void unknownOptionIsAnError()
    {
        const Invocation invocation =
            CommandLine::parse({QStringLiteral("soliloquy"), QStringLiteral("--no-such-option")});
        QCOMPARE(invocation.kind, Invocation::Kind::Error);
        QVERIFY(invocation.errorMessage.contains(QStringLiteral("no-such-option")));
    }

    void missingDatabaseValueIsAnError()
    {
        const Invocation invocation =
            CommandLine::parse({QStringLiteral("soliloquy"), QStringLiteral("--database")});
        QCOMPARE(invocation.kind, Invocation::Kind::Error);
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
