#include "DbCommand.h"

#include "RestoreHint.h"

#include "storage/Backup.h"
#include "storage/Database.h"
#include "storage/JournalInspector.h"
#include "storage/ReadOnlyConnection.h"
#include "storage/SqliteHandle.h"

#include <QFileInfo>

namespace {

int fail(QTextStream& err, const QString& message, int status = 1)
{
    err << "soliloquy: " << message << "\n";
    return status;
}

QString migrationNames(const QList<Migration>& migrations)
{
    QStringList names;
    for (const Migration& migration : migrations)
        names << migration.name;
    return names.isEmpty() ? QStringLiteral("none") : names.join(QStringLiteral(", "));
}

int status(const QString& path, QTextStream& out, QTextStream& err)
{
    const JournalInspection inspection =
        JournalInspector::inspect(path, Migration::bundled(), JournalInspector::Depth::Header);
    // A file that could not be read has no version to tell, and no step is pending for one
    // this version cannot open.
    const bool readable = !inspection.error.isError() || inspection.version > 0;
    const bool newer = inspection.error.code == StorageError::Code::NewerVersion;
    out << "Journal:  " << path << (inspection.exists ? "" : " (not created yet)") << "\n"
        << "Version:  " << (readable ? QString::number(inspection.version) : QStringLiteral("unknown"))
        << " (latest " << inspection.latestVersion << ")\n"
        << "Pending:  "
        << (!inspection.error.isError() ? migrationNames(inspection.pending)
            : newer                     ? QStringLiteral("none (the journal is newer than this version)")
                                        : QStringLiteral("unknown (the journal cannot be read)"))
        << "\n";
    if (inspection.error.isError())
        return fail(err, RestoreHint::explain(inspection.error, path));
    return 0;
}

int upgrade(const QString& path, QTextStream& out, QTextStream& err)
{
    const JournalInspection before =
        JournalInspector::inspect(path, Migration::bundled(), JournalInspector::Depth::Header);
    Database database(path);
    if (!database.open())
        return fail(err, RestoreHint::explain(database.error(), path));
    if (before.pending.isEmpty()) {
        out << "The journal is up to date (version " << database.schemaVersion() << ").\n";
        return 0;
    }
    out << "Upgraded the journal from version " << before.version << " to " << database.schemaVersion()
        << ".";
    if (!database.lastUpgradeBackup().isEmpty())
        out << " Backup: " << database.lastUpgradeBackup();
    out << "\n";
    return 0;
}

int check(const QString& path, QTextStream& out, QTextStream& err)
{
    if (!QFileInfo::exists(path))
        return fail(err, QStringLiteral("there is no journal at %1").arg(path));
    const JournalInspection inspection =
        JournalInspector::inspect(path, Migration::bundled(), JournalInspector::Depth::Header);
    if (inspection.error.isError() && inspection.error.code != StorageError::Code::NewerVersion)
        return fail(err, RestoreHint::explain(inspection.error, path));
    StorageError error;
    QStringList problems = JournalInspector::problems(path, &error);
    if (error.isError())
        return fail(err, RestoreHint::explain(error, path));
    // SQLite names one damage as often as it meets it: each is told once.
    problems.removeDuplicates();
    if (!problems.isEmpty()) {
        for (const QString& problem : std::as_const(problems))
            err << "problem: " << problem << "\n";
        return fail(err, RestoreHint::explain({StorageError::Code::Corrupt,
                                               QStringLiteral("the journal %1 is damaged").arg(path)},
                                              path));
    }
    out << "ok: " << path << " passed the integrity and foreign key checks.\n";
    return 0;
}

int backup(const QString& path, const QString& file, QTextStream& out, QTextStream& err)
{
    const JournalInspection inspection =
        JournalInspector::inspect(path, Migration::bundled(), JournalInspector::Depth::Header);
    if (!inspection.exists)
        return fail(err, QStringLiteral("there is no journal at %1").arg(path));
    if (inspection.error.isError() && inspection.error.code != StorageError::Code::NewerVersion)
        return fail(err, RestoreHint::explain(inspection.error, path));
    // The online backup API gives a consistent copy even while the app is writing.
    ReadOnlyConnection source(path);
    const QString target = QFileInfo(file).absoluteFilePath();
    if (const StorageError error = Backup::writeCopy(SqliteHandle::of(source.database()), target);
        error.isError())
        return fail(err, error.message);
    out << "Backed up " << path << " to " << target << "\n";
    return 0;
}

int restore(const QString& path, const QString& file, QTextStream& out, QTextStream& err)
{
    if (const StorageError error = Database::restore(path, QFileInfo(file).absoluteFilePath());
        error.isError())
        return fail(err, error.message);
    out << "Restored " << path << " from " << file << "\n";
    return 0;
}

} // namespace

namespace DbCommand {

int run(const QString& databasePath, const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    const QString action = arguments.value(0);
    const bool takesFile = action == QLatin1String("backup") || action == QLatin1String("restore");
    if (arguments.size() != (takesFile ? 2 : 1)) {
        return fail(err,
                    QStringLiteral("usage: soliloquy [--database FILE] db status|upgrade|check|backup FILE|"
                                   "restore FILE"),
                    2);
    }
    if (action == QLatin1String("status"))
        return status(databasePath, out, err);
    if (action == QLatin1String("upgrade"))
        return upgrade(databasePath, out, err);
    if (action == QLatin1String("check"))
        return check(databasePath, out, err);
    if (action == QLatin1String("backup"))
        return backup(databasePath, arguments.at(1), out, err);
    if (action == QLatin1String("restore"))
        return restore(databasePath, arguments.at(1), out, err);
    return fail(err, QStringLiteral("unknown db command: %1").arg(action), 2);
}

} // namespace DbCommand
