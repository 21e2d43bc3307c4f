#include "DatabaseLocation.h"

#include "JournalMove.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace DatabaseLocation {

namespace {

const QString JournalFileName = QStringLiteral("journal.sqlite3");

} // namespace

QString earlierDefaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(JournalFileName);
}

QString defaultPath()
{
    // Qt names the folder after the organisation and then the application; both are
    // "Soliloquy", and one is enough.
    const QFileInfo folder(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    const QFileInfo parent(folder.path());
    const bool doubled = folder.fileName() == parent.fileName();
    return QDir(doubled ? parent.filePath() : folder.filePath()).filePath(JournalFileName);
}

QString resolve(const QString& commandLinePath)
{
    QString path = commandLinePath;
    if (path.isEmpty())
        path = qEnvironmentVariable("SOLILOQUY_DATABASE");
    if (path.isEmpty()) {
        path = defaultPath();
        const QString earlier = earlierDefaultPath();
        if (earlier != path && !QFileInfo::exists(path) && QFileInfo::exists(earlier) &&
            JournalMove::move(earlier, path) == JournalMove::Outcome::Refused)
            path = earlier;
    }
    return QFileInfo(path).absoluteFilePath();
}

} // namespace DatabaseLocation
