#pragma once

#include <QFunctionPointer>
#include <QString>

// Code that loads with a module of its own when first used, so that its libraries are not
// loaded with every launch (the crypto module, the socket module; Linux only).
namespace RuntimeModule {

// `symbol` of the module at `relativePath` from the executable's folder (the same as built
// and as installed); null, with why in `error`, when it did not load. It stays loaded.
QFunctionPointer resolve(const QString& relativePath, const char* symbol, QString* error);

// The running executable's folder. `selfLink` (/proc/self/exe) names it wherever the program
// was started from; where that link does not resolve (no /proc mounted, the file removed or
// replaced by an upgrade while the program runs), Qt's applicationDirPath() finds it from
// the program's name and PATH instead.
QString executableFolder(const QString& selfLink = QStringLiteral("/proc/self/exe"));

} // namespace RuntimeModule
