#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// One step of the schema, read from a numbered SQL file such as 0002_posts.sql.
struct Migration
{
    int version = 0;
    QString name; // the file name without ".sql", e.g. "0002_posts"
    QByteArray sql;

    QByteArray sha256Hex() const;

    // The migrations bundled into the binary (the resource folder :/migrations), in order.
    static QList<Migration> bundled();
    // Migrations from the SQL files of a folder; used by the bundled list and by tests.
    static QList<Migration> fromFolder(const QString& folder);
};
