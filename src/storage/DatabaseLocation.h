#pragma once

#include <QString>

namespace DatabaseLocation {

// Where the journal lives: --database wins over SOLILOQUY_DATABASE, which wins
// over journal.sqlite3 in the user's application data folder.
QString resolve(const QString& commandLinePath);
QString defaultPath();

} // namespace DatabaseLocation
