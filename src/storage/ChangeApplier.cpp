#define SQLITE_ENABLE_SESSION
#define SQLITE_ENABLE_PREUPDATE_HOOK

#include "ChangeApplier.h"

#include "SqliteHandle.h"

#include <sqlite3.h>

namespace {

QVariant valueOf(sqlite3_value* value)
{
    if (!value)
        return {};
    switch (sqlite3_value_type(value)) {
    case SQLITE_INTEGER:
        return QVariant(qint64(sqlite3_value_int64(value)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_value_double(value));
    case SQLITE_TEXT:
        return QVariant(QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_value_text(value)),
                                          sqlite3_value_bytes(value)));
    case SQLITE_BLOB:
        return QVariant(
            QByteArray(static_cast<const char*>(sqlite3_value_blob(value)), sqlite3_value_bytes(value)));
    default:
        return {};
    }
}

using ValueReader = int (*)(sqlite3_changeset_iter*, int, sqlite3_value**);

QVariantList rowOf(sqlite3_changeset_iter* iterator, int columns, ValueReader read)
{
    QVariantList row;
    for (int column = 0; column < columns; ++column) {
        sqlite3_value* value = nullptr;
        row.append(read(iterator, column, &value) == SQLITE_OK ? valueOf(value) : QVariant());
    }
    return row;
}

struct Context
{
    const ChangeApplier::Decide* decide = nullptr;
    bool aborted = false;
};

int onConflict(void* context, int conflict, sqlite3_changeset_iter* iterator)
{
    auto* state = static_cast<Context*>(context);
    const char* table = nullptr;
    int columns = 0;
    int operation = 0;
    sqlite3changeset_op(iterator, &table, &columns, &operation, nullptr);
    ChangeApplier::Clash clash;
    clash.table = QString::fromUtf8(table);
    clash.operation = operation == SQLITE_INSERT   ? ChangeApplier::Operation::Insert
                      : operation == SQLITE_UPDATE ? ChangeApplier::Operation::Update
                                                   : ChangeApplier::Operation::Delete;
    switch (conflict) {
    case SQLITE_CHANGESET_DATA:
        clash.conflict = ChangeApplier::Conflict::Data;
        break;
    case SQLITE_CHANGESET_NOTFOUND:
        clash.conflict = ChangeApplier::Conflict::NotFound;
        break;
    case SQLITE_CHANGESET_CONFLICT:
        clash.conflict = ChangeApplier::Conflict::Conflict;
        break;
    case SQLITE_CHANGESET_FOREIGN_KEY:
        clash.conflict = ChangeApplier::Conflict::ForeignKey;
        break;
    default:
        clash.conflict = ChangeApplier::Conflict::Constraint;
        break;
    }
    if (conflict != SQLITE_CHANGESET_FOREIGN_KEY) {
        if (operation != SQLITE_INSERT)
            clash.before = rowOf(iterator, columns, sqlite3changeset_old);
        if (operation != SQLITE_DELETE)
            clash.after = rowOf(iterator, columns, sqlite3changeset_new);
        if (conflict == SQLITE_CHANGESET_DATA || conflict == SQLITE_CHANGESET_CONFLICT)
            clash.current = rowOf(iterator, columns, sqlite3changeset_conflict);
    }
    const ChangeApplier::Resolution resolution =
        *state->decide ? (*state->decide)(clash) : ChangeApplier::Resolution::Abort;
    const bool replaceable = conflict == SQLITE_CHANGESET_DATA || conflict == SQLITE_CHANGESET_CONFLICT;
    if (resolution == ChangeApplier::Resolution::Replace && replaceable)
        return SQLITE_CHANGESET_REPLACE;
    if (resolution == ChangeApplier::Resolution::Omit && conflict != SQLITE_CHANGESET_FOREIGN_KEY)
        return SQLITE_CHANGESET_OMIT;
    state->aborted = true;
    return SQLITE_CHANGESET_ABORT;
}

} // namespace

std::optional<QByteArray> ChangeApplier::combined(const QList<QByteArray>& changesets)
{
    sqlite3_changegroup* group = nullptr;
    if (sqlite3changegroup_new(&group) != SQLITE_OK)
        return std::nullopt;
    bool read = true;
    for (const QByteArray& changeset : changesets) {
        if (sqlite3changegroup_add(group, int(changeset.size()), const_cast<char*>(changeset.constData())) !=
            SQLITE_OK) {
            read = false;
            break;
        }
    }
    std::optional<QByteArray> result;
    int size = 0;
    void* output = nullptr;
    if (read && sqlite3changegroup_output(group, &size, &output) == SQLITE_OK)
        result = QByteArray(static_cast<const char*>(output), size);
    sqlite3_free(output);
    sqlite3changegroup_delete(group);
    return result;
}

QSet<QByteArray> ChangeApplier::rowsIn(const QByteArray& changeset)
{
    QSet<QByteArray> rows;
    sqlite3_changeset_iter* iterator = nullptr;
    if (sqlite3changeset_start(&iterator, int(changeset.size()), const_cast<char*>(changeset.constData())) !=
        SQLITE_OK)
        return rows;
    while (sqlite3changeset_next(iterator) == SQLITE_ROW) {
        const char* name = nullptr;
        int columns = 0;
        int operation = 0;
        sqlite3changeset_op(iterator, &name, &columns, &operation, nullptr);
        unsigned char* primaryKey = nullptr;
        sqlite3changeset_pk(iterator, &primaryKey, &columns);
        QByteArray row(name);
        for (int column = 0; column < columns; ++column) {
            if (!primaryKey || !primaryKey[column])
                continue;
            sqlite3_value* value = nullptr;
            if ((operation == SQLITE_INSERT ? sqlite3changeset_new(iterator, column, &value)
                                            : sqlite3changeset_old(iterator, column, &value)) != SQLITE_OK ||
                !value)
                continue;
            // The type, then the value's bytes: no two keys read alike.
            const int type = sqlite3_value_type(value);
            const auto* bytes = static_cast<const char*>(sqlite3_value_blob(value));
            row += '\0' + QByteArray::number(type) + ':' + QByteArray(bytes, sqlite3_value_bytes(value));
        }
        rows.insert(row);
    }
    sqlite3changeset_finalize(iterator);
    return rows;
}

QList<qint64> ChangeApplier::keysIn(const QByteArray& changeset, const QString& table,
                                    std::optional<Operation> only)
{
    QList<qint64> keys;
    sqlite3_changeset_iter* iterator = nullptr;
    if (sqlite3changeset_start(&iterator, int(changeset.size()), const_cast<char*>(changeset.constData())) !=
        SQLITE_OK)
        return keys;
    const QByteArray wanted = table.toUtf8();
    while (sqlite3changeset_next(iterator) == SQLITE_ROW) {
        const char* name = nullptr;
        int columns = 0;
        int operation = 0;
        sqlite3changeset_op(iterator, &name, &columns, &operation, nullptr);
        if (wanted != name || (only && operation != (*only == Operation::Insert   ? SQLITE_INSERT
                                                     : *only == Operation::Update ? SQLITE_UPDATE
                                                                                  : SQLITE_DELETE)))
            continue;
        sqlite3_value* key = nullptr;
        const int read = operation == SQLITE_INSERT ? sqlite3changeset_new(iterator, 0, &key)
                                                    : sqlite3changeset_old(iterator, 0, &key);
        if (read == SQLITE_OK && key && sqlite3_value_type(key) == SQLITE_INTEGER)
            keys.append(sqlite3_value_int64(key));
    }
    sqlite3changeset_finalize(iterator);
    return keys;
}

ChangeApplier::ChangeApplier(const QSqlDatabase& database)
    : m_database(database)
{}

bool ChangeApplier::apply(const QByteArray& changeset, const Decide& decide, QString* error)
{
    sqlite3* handle = SqliteHandle::of(m_database);
    if (!handle) {
        *error = QStringLiteral("the journal is not open");
        return false;
    }
    Context context{&decide, false};
    // apply_v2 runs in a savepoint of its own and rolls it back on an error or an abort.
    const int result =
        sqlite3changeset_apply_v2(handle, int(changeset.size()), const_cast<char*>(changeset.constData()),
                                  nullptr, onConflict, &context, nullptr, nullptr, 0);
    if (result == SQLITE_OK)
        return true;
    *error = context.aborted ? QStringLiteral("the changes clash with the journal here")
                             : QString::fromUtf8(sqlite3_errstr(result));
    return false;
}
