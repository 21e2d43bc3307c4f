#pragma once

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <functional>
#include <optional>

// Applies a changeset from another computer (see ChangeRecorder) with SQLite's session
// extension, whole or not at all. Where it meets the journal as it is here (a row changed on
// both computers, a row deleted here and changed there), the caller decides.
class ChangeApplier
{
public:
    enum class Operation
    {
        Insert,
        Update,
        Delete,
    };
    enum class Conflict
    {
        Data,       // the row here is not as the other computer had it before its change
        NotFound,   // the row to change or delete is not here
        Conflict,   // a row with the inserted key is here already
        Constraint, // the change breaks a constraint here
        ForeignKey, // the changeset as a whole leaves rows pointing nowhere
    };
    enum class Resolution
    {
        Omit,    // keep the row here, skip that change
        Replace, // take the other computer's row (Data and Conflict only)
        Abort,   // apply nothing of the changeset
    };
    struct Clash
    {
        QString table;
        Operation operation = Operation::Insert;
        Conflict conflict = Conflict::Data;
        QVariantList before; // the row the other computer changed, as it had it (update, delete)
        QVariantList after;  // the row as the other computer made it (insert, update); unchanged columns null
        QVariantList current; // the row here (Data, Conflict)
    };
    using Decide = std::function<Resolution(const Clash&)>;

    explicit ChangeApplier(const QSqlDatabase& database);

    // The first primary key column of each row of `table` the changeset changes (integer keys),
    // or only of the rows it changes by `only`.
    // One changeset with the effect of `changesets` applied in their order (SQLite's changegroup);
    // nothing when one of them does not read. Only changesets of rows apart give what applying
    // them one by one would: a changegroup drops an insert of a row changed before it.
    static std::optional<QByteArray> combined(const QList<QByteArray>& changesets);
    // The rows `changeset` changes, each as its table and primary key.
    static QSet<QByteArray> rowsIn(const QByteArray& changeset);
    static QList<qint64> keysIn(const QByteArray& changeset, const QString& table,
                                std::optional<Operation> only = std::nullopt);

    // Applies `changeset` in a savepoint of its own; false and `error` set when it was
    // refused, malformed or aborted, and then nothing of it is applied.
    bool apply(const QByteArray& changeset, const Decide& decide, QString* error);

private:
    QSqlDatabase m_database;
};
