#include "SqliteVersion.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <sqlite3.h>

namespace SqliteVersion {

QString runtime()
{
    return QString::fromLatin1(sqlite3_libversion());
}

QString differenceWith(const QString& driverVersion, const QString& driverSourceId)
{
    const QString linkedVersion = QString::fromLatin1(sqlite3_libversion());
    const QString linkedSourceId = QString::fromLatin1(sqlite3_sourceid());
    if (driverVersion == linkedVersion && driverSourceId == linkedSourceId)
        return {};
    return QCoreApplication::translate(
               "SqliteVersion",
               "Soliloquy cannot open journals safely here: Qt's SQLite driver uses SQLite %1 (%2), but "
               "Soliloquy uses SQLite %3 (%4). Both must be the same library; install the Qt SQLite "
               "driver of this system's SQLite, or a Soliloquy package built for it.")
        .arg(driverVersion, driverSourceId.left(20), linkedVersion, linkedSourceId.left(20));
}

QString differenceWithDriver(const QSqlDatabase& connection)
{
    QSqlQuery query(connection);
    if (!query.exec(QStringLiteral("SELECT sqlite_version(), sqlite_source_id()")) || !query.next())
        return differenceWith(QStringLiteral("?"), QStringLiteral("?"));
    return differenceWith(query.value(0).toString(), query.value(1).toString());
}

} // namespace SqliteVersion
