#pragma once

#include <QString>

#include <memory>

class QLockFile;

// The one-writer lock of a journal, "<journal>.lock", held for as long as this
// object lives.
//
// On Unix the system holds it (flock) and drops it by itself when the process
// dies, so nothing needs to reach the disk: unlike QLockFile, taking it does not
// wait for the file to be synced (1 to 4 ms of every launch on a busy disk).
// The file names its holder in QLockFile's format, so that a QLockFile, and an
// older Soliloquy, sees the lock as held; it is the user's alone (0600), also
// when an older version left it readable. On Windows, and on a file system
// without flock, it is a QLockFile. (bench/RESULTS.md: QLockFile's sync cost a
// launch 1.3-3.7 ms, against 0.1 ms for the flock.)
class JournalLock
{
public:
    enum class Outcome
    {
        Taken,
        HeldElsewhere,
        NoPermission,
        Failed
    };

    explicit JournalLock(QString lockPath);
    ~JournalLock();
    JournalLock(const JournalLock&) = delete;
    JournalLock& operator=(const JournalLock&) = delete;

    // Takes the lock without waiting.
    Outcome tryLock();
    // After HeldElsewhere: the process that holds the lock, 0 when it is not known.
    qint64 holderProcessId() const;

private:
    Outcome tryLockFile();

    QString m_path;
    int m_descriptor = -1;
    std::unique_ptr<QLockFile> m_lockFile;
};
