#pragma once

#include <QSqlDatabase>
#include <QString>

// A QSQLITE connection that cannot write, removed from Qt's registry when it goes out of scope.
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
    QString m_name;
    QSqlDatabase m_database;
};
