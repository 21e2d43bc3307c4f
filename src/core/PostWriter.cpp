#include "PostWriter.h"

PostWriter::PostWriter(const QSqlDatabase& database, const Session& session)
    : m_session(session)
    , m_inserter(database)
    , m_cipher(session)
    , m_ledger(database, session)
    , m_pictures(database, session)
{}

PostWriter::Outcome PostWriter::store(const NewPost& post, qint64* id, QSqlError* error)
{
    if (!m_session.isUnlocked())
        return Outcome::Failed;
    qint64 chosen = 0;
    if (post.preferredId > 0 && m_inserter.isFree(post.preferredId))
        chosen = post.preferredId;
    if (chosen == 0) {
        if (m_nextId == 0)
            m_nextId = m_inserter.nextId(error);
        if (m_nextId == 0)
            return Outcome::Failed;
        chosen = m_nextId;
    }
    PostInserter::Row row;
    row.id = chosen;
    row.userId = m_session.userId();
    row.body = m_cipher.seal(chosen, post.text.toUtf8());
    row.createdAt = post.createdAt;
    row.editedAt = post.editedAt;
    row.importKey = post.importKey;
    const Outcome outcome = m_inserter.insert(row, error);
    if (outcome != Outcome::Inserted)
        return outcome;
    for (qsizetype i = 0; i < post.pictures.size(); ++i) {
        if (StorageError stored; !m_pictures.store(chosen, int(i) + 1, post.pictures.at(i), &stored)) {
            *error = QSqlError(QString(), stored.message);
            return Outcome::Failed;
        }
    }
    if (chosen == m_nextId)
        ++m_nextId;
    m_ledger.added(chosen, row.body);
    *id = chosen;
    return outcome;
}

bool PostWriter::finish(QSqlError* error)
{
    m_nextId = 0;
    return m_ledger.save(error);
}

void PostWriter::abandon()
{
    m_nextId = 0;
    m_ledger.discardChanges();
}
