#include "RuntimeModule.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>

namespace RuntimeModule {

QString executableFolder(const QString& selfLink)
{
    // canonicalPath() would say "." for a link that does not resolve: ask for the file.
    const QString program = QFileInfo(selfLink).canonicalFilePath();
    if (!program.isEmpty())
        return QFileInfo(program).path();
    return QCoreApplication::instance() ? QCoreApplication::applicationDirPath() : QString();
}

QFunctionPointer resolve(const QString& relativePath, const char* symbol, QString* error)
{
    const QString folder = executableFolder();
    if (folder.isEmpty()) {
        if (error)
            *error = QStringLiteral("the program's own folder cannot be found");
        return nullptr;
    }
    QLibrary module(QDir(folder).filePath(relativePath));
    const QFunctionPointer resolved = module.resolve(symbol); // QLibrary unloads only when told
    if (!resolved && error)
        *error = module.errorString();
    return resolved;
}

} // namespace RuntimeModule
