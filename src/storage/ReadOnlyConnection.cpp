#include "ReadOnlyConnection.h"

#include "JournalCompanions.h"
#include "JournalLock.h"

#include <QAtomicInteger>
#include <QFileInfo>

namespace {
QAtomicInteger<int> connectionCounter;
}

ReadOnlyConnection::ReadOnlyConnection(const QString& path)
    : m_name(QStringLiteral("soliloquy-readonly-%1").arg(connectionCounter.fetchAndAddRelaxed(1)))
    , m_path(path)
    , m_hadWal(QFileInfo::exists(path + QStringLiteral("-wal")))
    , m_hadShm(QFileInfo::exists(path + QStringLiteral("-shm")))
{
    m_database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    m_database.setDatabaseName(path);
    m_database.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
    m_database.open();
}

ReadOnlyConnection::~ReadOnlyConnection()
{
    m_database.close();
    m_database = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
    if (!m_hadWal || !m_hadShm)
        removeCompanionsMadeHere();
}

void ReadOnlyConnection::removeCompanionsMadeHere() const
{
    // Only while nobody (this process included) has the journal open: its lock is free,
    // and held here until the files are gone, so that no writer starts meanwhile.
    JournalLock lock(m_path + QStringLiteral(".lock"));
    if (lock.tryLock() != JournalLock::Outcome::Taken)
        return;
    JournalCompanions::removeEmpty(m_path, (m_hadWal ? JournalCompanions::KeepLog : 0) |
                                               (m_hadShm ? JournalCompanions::KeepIndex : 0));
}
