#include "SqliteVersion.h"

#include <sqlite3.h>

namespace SqliteVersion {

QString runtime()
{
    return QString::fromLatin1(sqlite3_libversion());
}

} // namespace SqliteVersion
