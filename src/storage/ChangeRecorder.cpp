// The session extension's declarations are compiled in only with these.
#define SQLITE_ENABLE_SESSION
#define SQLITE_ENABLE_PREUPDATE_HOOK

#include "ChangeRecorder.h"

#include "SqliteHandle.h"

#include <sqlite3.h>

ChangeRecorder::ChangeRecorder(const QSqlDatabase& database, const QStringList& tables)
    : m_database(database)
    , m_tables(tables)
{
    startSession();
}

ChangeRecorder::~ChangeRecorder()
{
    if (m_session)
        sqlite3session_delete(m_session);
}

bool ChangeRecorder::startSession()
{
    if (m_session) {
        sqlite3session_delete(m_session);
        m_session = nullptr;
    }
    sqlite3* handle = SqliteHandle::of(m_database);
    if (!handle) {
        m_error = QStringLiteral("the journal is not open");
        return false;
    }
    sqlite3_session* session = nullptr;
    int result = sqlite3session_create(handle, "main", &session);
    for (qsizetype i = 0; result == SQLITE_OK && i < m_tables.size(); ++i)
        result = sqlite3session_attach(session, m_tables.at(i).toUtf8().constData());
    if (result != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errstr(result));
        if (session)
            sqlite3session_delete(session);
        return false;
    }
    m_session = session;
    m_error.clear();
    return true;
}

QByteArray ChangeRecorder::take()
{
    if (!m_session)
        return {};
    int size = 0;
    void* changes = nullptr;
    QByteArray changeset;
    if (sqlite3session_changeset(m_session, &size, &changes) == SQLITE_OK && size > 0)
        changeset = QByteArray(static_cast<const char*>(changes), size);
    sqlite3_free(changes);
    // A session keeps every row it saw; a new one starts from what is there now.
    startSession();
    return changeset;
}

void ChangeRecorder::discard()
{
    if (m_session)
        startSession();
}

void ChangeRecorder::setPaused(bool paused)
{
    if (m_session)
        sqlite3session_enable(m_session, paused ? 0 : 1);
}
