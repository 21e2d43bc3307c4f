#include "RestoreHint.h"

#include "storage/BackupFolder.h"
#include "storage/DailyBackups.h"

namespace RestoreHint {

QString explain(const StorageError& error, const QString& databasePath)
{
    if (!error.suggestsRestore())
        return error.message;
    const QString newest = DailyBackups::all(databasePath).value(0);
    if (newest.isEmpty())
        return error.message + QStringLiteral("\nThere is no backup in %1. To restore one of your own:\n"
                                              "  soliloquy --database '%2' db restore FILE")
                                   .arg(BackupFolder(databasePath).path(), databasePath);
    return error.message +
           QStringLiteral("\nTo restore the newest backup:\n  soliloquy --database '%1' db restore '%2'")
               .arg(databasePath, newest);
}

} // namespace RestoreHint
