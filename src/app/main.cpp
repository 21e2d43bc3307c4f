#include "cli/CommandRunner.h"
#include "core/CommandLine.h"
#include "gui/JournalOpener.h"
#include "gui/MainWindow.h"
#include "storage/Database.h"
#include "storage/DatabaseLocation.h"

#include "Version.h"

#include <QApplication>
#include <QTextStream>

#include <cstdio>

namespace {

QStringList argumentsOf(int argc, char** argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

int runWithoutDisplay(int argc, char** argv, const Invocation& invocation)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    switch (invocation.kind) {
    case Invocation::Kind::Help:
        out << CommandLine::helpText();
        return 0;
    case Invocation::Kind::Version:
        out << CommandLine::versionText();
        return 0;
    case Invocation::Kind::Error:
        err << "soliloquy: " << invocation.errorMessage << "\n"
            << "Try 'soliloquy --help' for more information.\n";
        return 2;
    default:
        return CommandRunner::run(invocation, out, err);
    }
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication::setApplicationName(QStringLiteral(SOLILOQUY_APPLICATION_NAME));
    QCoreApplication::setOrganizationName(QStringLiteral(SOLILOQUY_APPLICATION_NAME));
    QCoreApplication::setApplicationVersion(QStringLiteral(SOLILOQUY_VERSION));

    const Invocation invocation = CommandLine::parse(argumentsOf(argc, argv));
    if (invocation.kind != Invocation::Kind::Gui)
        return runWithoutDisplay(argc, argv, invocation);

    QApplication app(argc, argv);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/soliloquy.svg")));
    const std::unique_ptr<Database> database =
        JournalOpener::open(DatabaseLocation::resolve(invocation.databasePath));
    if (!database)
        return 1;
    MainWindow window;
    window.show();
    return QApplication::exec();
}
