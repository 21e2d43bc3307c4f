#pragma once

#include "StorageError.h"

#include <QString>

struct sqlite3;

// Consistent copies through SQLite's online backup API: never a plain copy of a live file.
namespace Backup {

// Writes a copy of the open database `source` to `file`, which must not exist yet.
// The copy is written beside it first and renamed, so `file` is whole or absent.
StorageError writeCopy(sqlite3* source, const QString& file);

// Replaces the contents of the open database `destination` with the backup in `file`.
StorageError restoreInto(const QString& file, sqlite3* destination);

} // namespace Backup
