#include "CommandRunner.h"

#include "AccountCommands.h"
#include "DbCommand.h"
#include "ExportImportCommands.h"
#include "storage/DatabaseLocation.h"

namespace CommandRunner {

int run(const Invocation& invocation, QTextStream& out, QTextStream& err)
{
    const QString verb = invocation.verbArguments.value(0);
    const QStringList arguments = invocation.verbArguments.mid(1);
    const QString databasePath = DatabaseLocation::resolve(invocation.databasePath);
    if (verb == QLatin1String("db") && arguments.value(0) == QLatin1String("check") && arguments.size() > 1) {
        // The file's checks first; then, with an account named, its posts.
        if (const int status = DbCommand::run(databasePath, {arguments.at(0)}, out, err); status != 0)
            return status;
        return AccountCommands::checkPosts(databasePath, arguments.mid(1), out, err);
    }
    if (verb == QLatin1String("db"))
        return DbCommand::run(databasePath, arguments, out, err);
    if (verb == QLatin1String("register"))
        return AccountCommands::registerAccount(databasePath, arguments, out, err);
    if (verb == QLatin1String("write"))
        return AccountCommands::write(databasePath, arguments, out, err);
    if (verb == QLatin1String("edit"))
        return AccountCommands::editPost(databasePath, arguments, out, err);
    if (verb == QLatin1String("delete"))
        return AccountCommands::deletePost(databasePath, arguments, out, err);
    if (verb == QLatin1String("search"))
        return AccountCommands::search(databasePath, arguments, out, err);
    if (verb == QLatin1String("password"))
        return AccountCommands::changePassword(databasePath, arguments, out, err);
    if (verb == QLatin1String("recovery-key"))
        return AccountCommands::recoveryKey(databasePath, arguments, out, err);
    if (verb == QLatin1String("sync"))
        return AccountCommands::sync(databasePath, arguments, out, err);
    if (verb == QLatin1String("export"))
        return ExportImportCommands::exportJournal(databasePath, arguments, out, err);
    if (verb == QLatin1String("import"))
        return ExportImportCommands::importFile(databasePath, arguments, out, err);
    err << "soliloquy: unknown command: " << verb << "\n"
        << "Try 'soliloquy --help' for more information.\n";
    return 2;
}

} // namespace CommandRunner
