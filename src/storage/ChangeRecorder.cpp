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

std::optional<QByteArray> ChangeRecorder::everything(const QSqlDatabase& database, const QStringList& tables,
                                                     QString* error, const std::function<void()>& alsoRead)
{
    sqlite3* handle = SqliteHandle::of(database);
    if (!handle) {
        *error = QStringLiteral("the journal is not open");
        return std::nullopt;
    }
    // The difference from empty tables of the same shape is every row, as inserts.
    const auto run = [&](const QByteArray& sql) {
        char* message = nullptr;
        if (sqlite3_exec(handle, sql.constData(), nullptr, nullptr, &message) == SQLITE_OK)
            return true;
        *error = QString::fromUtf8(message ? message : "unknown error");
        sqlite3_free(message);
        return false;
    };
    if (!run("ATTACH DATABASE ':memory:' AS sync_empty"))
        return std::nullopt;
    bool ok = true;
    for (const QString& table : tables) {
        sqlite3_stmt* statement = nullptr;
        ok =
            sqlite3_prepare_v2(handle, "SELECT sql FROM main.sqlite_schema WHERE type = 'table' AND name = ?",
                               -1, &statement, nullptr) == SQLITE_OK;
        const QByteArray name = table.toUtf8();
        QByteArray create;
        if (ok) {
            sqlite3_bind_text(statement, 1, name.constData(), int(name.size()), SQLITE_TRANSIENT);
            if (sqlite3_step(statement) == SQLITE_ROW)
                create = reinterpret_cast<const char*>(sqlite3_column_text(statement, 0));
        }
        sqlite3_finalize(statement);
        // "CREATE TABLE name (...)" made in the empty database instead.
        ok = ok && create.startsWith("CREATE TABLE ") &&
             run("CREATE TABLE sync_empty." + create.mid(int(qstrlen("CREATE TABLE "))));
        if (!ok)
            break;
    }
    // One read of the journal for every table (and for what the caller reads beside them), so
    // that a write committed meanwhile is in all of it or in none.
    ok = ok && run("BEGIN");
    const bool began = ok;
    sqlite3_session* session = nullptr;
    ok = ok && sqlite3session_create(handle, "main", &session) == SQLITE_OK;
    for (const QString& table : tables) {
        if (!ok)
            break;
        const QByteArray name = table.toUtf8();
        char* message = nullptr;
        ok = sqlite3session_attach(session, name.constData()) == SQLITE_OK &&
             sqlite3session_diff(session, "sync_empty", name.constData(), &message) == SQLITE_OK;
        if (message) {
            *error = QString::fromUtf8(message);
            sqlite3_free(message);
        }
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
    if (changeset && alsoRead)
        alsoRead();
    if (began)
        run("COMMIT");
    run("DETACH DATABASE sync_empty");
    return changeset;
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
