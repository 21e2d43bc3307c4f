#pragma once

#include <QSqlDatabase>
#include <QString>

namespace SqliteVersion {

// The SQLite library loaded at run time (the one Qt's QSQLITE driver uses too).
QString runtime();

// Soliloquy calls SQLite itself (backups, checks) on the connections of Qt's SQLite
// driver: both must be one library. Empty when the library behind `connection` is the one
// Soliloquy was linked with (same version and source), else why not, in plain words.
QString differenceWithDriver(const QSqlDatabase& connection);
// The same comparison, of a version and source id the driver reported.
QString differenceWith(const QString& driverVersion, const QString& driverSourceId);

} // namespace SqliteVersion
