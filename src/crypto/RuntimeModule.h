#pragma once

#include <QFunctionPointer>
#include <QString>

// Code that loads with a module of its own when first used, so that its libraries are not
// loaded with every launch (the crypto module, the socket module; Linux only).
namespace RuntimeModule {

// `symbol` of the module at `relativePath` from the executable's folder (the same as built
// and as installed); null, with why in `error`, when it did not load. It stays loaded.
QFunctionPointer resolve(const QString& relativePath, const char* symbol, QString* error);

} // namespace RuntimeModule
