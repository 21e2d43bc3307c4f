#pragma once

#include <QString>

namespace DatabaseLocation {

// Where the journal lives: --database wins over SOLILOQUY_DATABASE, which wins
// over journal.sqlite3 in the user's data folder. A journal still in the folder
// that earlier versions used is moved to the default place first, or, where it
// cannot be moved, used where it is.
QString resolve(const QString& commandLinePath);
// journal.sqlite3 in the user's data folder, e.g. ~/.local/share/Soliloquy/.
QString defaultPath();
// Where versions up to 0.9 kept it: the application's folder inside one of the same
// name, e.g. ~/.local/share/Soliloquy/Soliloquy/journal.sqlite3.
QString earlierDefaultPath();

} // namespace DatabaseLocation
