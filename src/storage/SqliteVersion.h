#pragma once

#include <QString>

namespace SqliteVersion {

// The SQLite library loaded at run time (the one Qt's QSQLITE driver uses too).
QString runtime();

} // namespace SqliteVersion
