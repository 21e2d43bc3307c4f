#include "core/CommandLine.h"
#include "gui/Launcher.h"
#include "storage/DatabaseLocation.h"

#include "Version.h"

#include <QApplication>

namespace {

QStringList argumentsOf(int argc, char** argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication::setApplicationName(QStringLiteral(SOLILOQUY_APPLICATION_NAME));
    QCoreApplication::setOrganizationName(QStringLiteral(SOLILOQUY_APPLICATION_NAME));
    QCoreApplication::setApplicationVersion(QStringLiteral(SOLILOQUY_VERSION));

    const Invocation invocation = CommandLine::parse(argumentsOf(argc, argv));
    if (invocation.kind != Invocation::Kind::Gui) {
        QCoreApplication app(argc, argv);
        return Launcher::runInTerminal(invocation);
    }
    // Fontconfig and the damage check get ready on the other core while Qt starts.
    Launcher launcher(DatabaseLocation::resolve(invocation.databasePath));
    QApplication app(argc, argv);
    if (!launcher.launch())
        return launcher.exitCode();
    return QApplication::exec();
}
