#include "DatabaseLocation.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace DatabaseLocation {

QString defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("journal.sqlite3"));
}

QString resolve(const QString& commandLinePath)
{
    QString path = commandLinePath;
    if (path.isEmpty())
        path = qEnvironmentVariable("SOLILOQUY_DATABASE");
    if (path.isEmpty())
        path = defaultPath();
    return QFileInfo(path).absoluteFilePath();
}

} // namespace DatabaseLocation
