#pragma once

#include <QString>

// Why the journal file could not be opened or written, with a message in the user's words.
struct StorageError
{
    enum class Code
    {
        None,
        CannotOpen,
        NotSqlite,
        ForeignApplication,
        Corrupt,
        NewerVersion,
        ChecksumMismatch,
        Locked,
        ReadOnly,
        DiskFull,
        MigrationFailed,
        BackupFailed,
        Io,
    };

    Code code = Code::None;
    QString message;

    bool isError() const { return code != Code::None; }
    // Only damage to the file itself is worth offering a restore from backup for.
    bool suggestsRestore() const { return code == Code::Corrupt || code == Code::NotSqlite; }
};
