#include "JournalCompanions.h"

#include <QFile>
#include <QFileInfo>

namespace JournalCompanions {

void removeEmpty(const QString& journalPath, int kept)
{
    const QString log = journalPath + QStringLiteral("-wal");
    // A log that holds anything is a writer's, never removed.
    if (!(kept & KeepLog) && QFileInfo::exists(log) && QFileInfo(log).size() == 0)
        QFile::remove(log);
    // The index of a log that is gone holds nothing.
    if (!(kept & KeepIndex) && !QFileInfo::exists(log))
        QFile::remove(journalPath + QStringLiteral("-shm"));
}

} // namespace JournalCompanions
