#pragma once

#include "Migration.h"
#include "StorageError.h"

#include <QString>

// What a journal file holds, read without writing a byte to it.
struct JournalInspection
{
    bool exists = false;
    bool holdsSchema = false; // false for a missing or empty file, which becomes a new journal
    int version = 0;
    int latestVersion = 0;
    QList<Migration> pending;
    StorageError error;
};

namespace JournalInspector {

enum class Depth
{
    Header,
    QuickCheck
};

// Refuses files that are not SQLite, belong to another application, come from
// a newer Soliloquy, carry different migrations or (with QuickCheck) are damaged.
JournalInspection inspect(const QString& path, const QList<Migration>& migrations, Depth depth);

// PRAGMA quick_check and foreign_key_check, as lines for the user; empty when healthy.
QStringList problems(const QString& path, StorageError* error);

} // namespace JournalInspector
