#include "RuntimeModule.h"

#include <QDir>
#include <QFileInfo>
#include <QLibrary>

namespace RuntimeModule {

QFunctionPointer resolve(const QString& relativePath, const char* symbol, QString* error)
{
    const QDir executableFolder(QFileInfo(QStringLiteral("/proc/self/exe")).canonicalPath());
    QLibrary module(executableFolder.filePath(relativePath));
    const QFunctionPointer resolved = module.resolve(symbol); // QLibrary unloads only when told
    if (!resolved && error)
        *error = module.errorString();
    return resolved;
}

} // namespace RuntimeModule
