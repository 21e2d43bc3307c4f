#pragma once

#include <QSqlDatabase>
#include <QString>

// A QSQLITE connection that cannot write, removed from Qt's registry when it goes out of scope.
// Reading a journal in WAL mode makes SQLite create its -wal and -shm files, which a reader
// cannot remove: when no Soliloquy has the journal open, the ones this connection made are
// removed when it goes, so that looking at a journal leaves nothing behind.
class ReadOnlyConnection
{
public:
    explicit ReadOnlyConnection(const QString& path);
    ~ReadOnlyConnection();
    ReadOnlyConnection(const ReadOnlyConnection&) = delete;
    ReadOnlyConnection& operator=(const ReadOnlyConnection&) = delete;

    bool isOpen() const { return m_database.isOpen(); }
    QSqlDatabase& database() { return m_database; }

private:
    void removeCompanionsMadeHere() const;

    QString m_name;
    QString m_path;
    bool m_hadWal = false;
    bool m_hadShm = false;
    QSqlDatabase m_database;
};
