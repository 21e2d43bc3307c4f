#pragma once

#include "storage/StorageError.h"

#include <QString>

// On the command line, a damaged journal's message ends with the command that
// restores the newest backup, so the user need not look for it.
namespace RestoreHint {

// `message`, followed by how to restore when the error is damage to the file.
QString explain(const StorageError& error, const QString& databasePath);

} // namespace RestoreHint
