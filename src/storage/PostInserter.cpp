#include "PostInserter.h"

#include "PostRepository.h"

#include <QVariant>

PostInserter::PostInserter(const QSqlDatabase& database)
    : m_database(database)
    , m_nextId(m_database)
    , m_insert(m_database)
{
    m_nextId.prepare(PostRepository::nextIdQuery());
    m_insert.prepare(
        QStringLiteral("INSERT INTO posts (id, user_id, body, created_at, edited_at, import_key) "
                       "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (user_id, import_key) DO NOTHING"));
}

qint64 PostInserter::nextId(QSqlError* error)
{
    const qint64 id = m_nextId.exec() && m_nextId.next() ? m_nextId.value(0).toLongLong() : 0;
    if (id == 0)
        *error = m_nextId.lastError();
    m_nextId.finish();
    return id;
}

bool PostInserter::isFree(qint64 id)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT count(*) FROM posts WHERE id = ?"));
    query.addBindValue(id);
    return query.exec() && query.next() && query.value(0).toLongLong() == 0;
}

PostInserter::Outcome PostInserter::insert(const Row& row, QSqlError* error)
{
    m_insert.bindValue(0, row.id);
    m_insert.bindValue(1, row.userId);
    m_insert.bindValue(2, row.body);
    m_insert.bindValue(3, row.createdAt);
    m_insert.bindValue(4,
                       row.editedAt > 0 ? QVariant(row.editedAt) : QVariant(QMetaType(QMetaType::LongLong)));
    m_insert.bindValue(5, row.importKey.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray))
                                                  : QVariant(row.importKey));
    if (!m_insert.exec()) {
        *error = m_insert.lastError();
        m_insert.finish();
        return Outcome::Failed;
    }
    const bool inserted = m_insert.numRowsAffected() == 1;
    m_insert.finish();
    return inserted ? Outcome::Inserted : Outcome::AlreadyThere;
}
