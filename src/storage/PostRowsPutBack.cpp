// The session extension's declarations are compiled in only with these.
#define SQLITE_ENABLE_SESSION
#define SQLITE_ENABLE_PREUPDATE_HOOK

#include "PostRowsPutBack.h"

#include "SqliteHandle.h"

#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>

#include <sqlite3.h>

namespace {

QList<QSqlRecord> rowsWhere(const QSqlDatabase& database, const QString& table, const QString& column,
                            const QVariant& value)
{
    QList<QSqlRecord> rows;
    QSqlQuery query(database);
    query.prepare(QStringLiteral("SELECT * FROM %1 WHERE %2 = ?").arg(table, column));
    query.addBindValue(value);
    if (query.exec()) {
        while (query.next())
            rows.append(query.record());
    }
    return rows;
}

bool insert(const QSqlDatabase& database, const QString& table, const QSqlRecord& row, QString* error)
{
    QStringList columns;
    QStringList marks;
    for (int i = 0; i < row.count(); ++i) {
        columns << row.fieldName(i);
        marks << QStringLiteral("?");
    }
    QSqlQuery query(database);
    query.prepare(QStringLiteral("INSERT OR IGNORE INTO %1 (%2) VALUES (%3)")
                      .arg(table, columns.join(QLatin1Char(',')), marks.join(QLatin1Char(','))));
    for (int i = 0; i < row.count(); ++i)
        query.addBindValue(row.value(i));
    if (query.exec())
        return true;
    *error = query.lastError().text();
    return false;
}

bool run(const QSqlDatabase& database, const QString& statement, qint64 id, QString* error)
{
    QSqlQuery query(database);
    query.prepare(statement);
    query.addBindValue(id);
    if (query.exec())
        return true;
    *error = query.lastError().text();
    return false;
}

} // namespace

PostRowsPutBack::PostRowsPutBack(const QSqlDatabase& database)
    : m_database(database)
{}

void PostRowsPutBack::keep(const QList<qint64>& postIds)
{
    for (const qint64 id : postIds) {
        const QList<QSqlRecord> attachments =
            rowsWhere(m_database, QStringLiteral("attachments"), QStringLiteral("post_id"), id);
        for (const QSqlRecord& attachment : attachments) {
            m_attachments.append(attachment);
            if (!attachment.isNull(QStringLiteral("content_id")))
                m_contents += rowsWhere(m_database, QStringLiteral("attachment_contents"),
                                        QStringLiteral("id"), attachment.value(QStringLiteral("content_id")));
        }
    }
}

std::optional<QByteArray> PostRowsPutBack::putBack(const QList<qint64>& postIds, QString* error)
{
    sqlite3* handle = SqliteHandle::of(m_database);
    if (!handle) {
        *error = QStringLiteral("the journal is not open");
        return std::nullopt;
    }
    // Taken out and put in again under a session of their own, which then holds each row
    // whole, as an insert. The rows end as they were.
    QList<QSqlRecord> posts;
    for (const qint64 id : postIds) {
        posts += rowsWhere(m_database, QStringLiteral("posts"), QStringLiteral("id"), id);
        if (!run(m_database, QStringLiteral("DELETE FROM posts WHERE id = ?"), id, error))
            return std::nullopt;
    }
    for (const QSqlRecord& content : std::as_const(m_contents)) {
        // Still named by another post: it stays, and the other computer has it too.
        if (!run(m_database,
                 QStringLiteral("DELETE FROM attachment_contents WHERE id = ? AND NOT EXISTS "
                                "(SELECT 1 FROM attachments WHERE content_id = attachment_contents.id)"),
                 content.value(QStringLiteral("id")).toLongLong(), error))
            return std::nullopt;
    }
    sqlite3_session* session = nullptr;
    bool ok = sqlite3session_create(handle, "main", &session) == SQLITE_OK &&
              sqlite3session_attach(session, "attachment_contents") == SQLITE_OK &&
              sqlite3session_attach(session, "posts") == SQLITE_OK &&
              sqlite3session_attach(session, "attachments") == SQLITE_OK;
    for (const QSqlRecord& content : std::as_const(m_contents))
        ok = ok && insert(m_database, QStringLiteral("attachment_contents"), content, error);
    for (const QSqlRecord& post : std::as_const(posts))
        ok = ok && insert(m_database, QStringLiteral("posts"), post, error);
    for (const QSqlRecord& attachment : std::as_const(m_attachments)) {
        if (postIds.contains(attachment.value(QStringLiteral("post_id")).toLongLong()))
            ok = ok && insert(m_database, QStringLiteral("attachments"), attachment, error);
    }
    std::optional<QByteArray> changeset;
    int size = 0;
    void* changes = nullptr;
    if (ok && sqlite3session_changeset(session, &size, &changes) == SQLITE_OK)
        changeset = size > 0 ? QByteArray(static_cast<const char*>(changes), size) : QByteArray();
    else if (error->isEmpty())
        *error = QString::fromUtf8(sqlite3_errmsg(handle));
    sqlite3_free(changes);
    if (session)
        sqlite3session_delete(session);
    return changeset;
}
