#pragma once

#include <QString>

// The files SQLite keeps beside a journal in WAL mode: its write-ahead log (-wal) and
// the log's shared-memory index (-shm).
namespace JournalCompanions {

enum Kept
{
    KeepNone = 0,
    KeepLog = 1,
    KeepIndex = 2
};

// Removes the journal's log when it is empty, then its index when no log is left; what
// `kept` names stays (the files that were there before a reader looked). Only for a
// journal that nobody has open: whoever calls this holds its lock.
void removeEmpty(const QString& journalPath, int kept = KeepNone);

} // namespace JournalCompanions
