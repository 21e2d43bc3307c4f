#pragma once

#include "StorageError.h"

class QSqlError;

namespace SqliteErrors {

// Turns an SQLite result code into the error a user sees: a full disk and a
// read-only file get their own words, anything else keeps `fallbackMessage`.
StorageError toStorageError(int sqliteCode, const QString& fallbackMessage);
StorageError toStorageError(const QSqlError& error, const QString& fallbackMessage);

} // namespace SqliteErrors
