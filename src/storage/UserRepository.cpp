#include "UserRepository.h"

#include "SqliteErrors.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace {

const QString selectColumns =
    QStringLiteral("SELECT id, username, email, password_hash, key_salt, "
                   "wrapped_key_password, wrapped_key_recovery, avatar, created_at, "
                   "import_key_base FROM users ");

// NULL for an empty blob: no avatar, no import key base of its own.
QVariant optionalBlob(const QByteArray& bytes)
{
    return bytes.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(bytes);
}

} // namespace

UserRepository::UserRepository(const QSqlDatabase& database)
    : m_database(database)
{}

qint64 UserRepository::insert(const UserRecord& user, StorageError* error)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("INSERT INTO users (id, username, email, password_hash, key_salt, "
                                 "wrapped_key_password, wrapped_key_recovery, avatar, created_at, "
                                 "import_key_base) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(user.id > 0 ? QVariant(user.id) : QVariant(QMetaType(QMetaType::LongLong)));
    query.addBindValue(user.username);
    query.addBindValue(user.email);
    query.addBindValue(user.passwordHash);
    query.addBindValue(user.keySalt);
    query.addBindValue(user.wrappedKeyPassword);
    query.addBindValue(user.wrappedKeyRecovery);
    query.addBindValue(optionalBlob(user.avatar));
    query.addBindValue(user.createdAt);
    query.addBindValue(optionalBlob(user.importKeyBase));
    if (!query.exec()) {
        *error = SqliteErrors::toStorageError(
            query.lastError(),
            QCoreApplication::translate("UserRepository", "Soliloquy could not save the account: %1")
                .arg(query.lastError().text()));
        return 0;
    }
    return query.lastInsertId().toLongLong();
}

bool UserRepository::remove(qint64 id, StorageError* error)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("DELETE FROM users WHERE id = ?"));
    query.addBindValue(id);
    if (query.exec())
        return true;
    *error = SqliteErrors::toStorageError(query.lastError(), query.lastError().text());
    return false;
}

bool UserRepository::update(const UserRecord& user, StorageError* error)
{
    QSqlQuery query(m_database);
    query.prepare(
        QStringLiteral("UPDATE users SET username = ?, email = ?, password_hash = ?, key_salt = ?, "
                       "wrapped_key_password = ?, wrapped_key_recovery = ?, avatar = ?, import_key_base = ? "
                       "WHERE id = ?"));
    query.addBindValue(user.username);
    query.addBindValue(user.email);
    query.addBindValue(user.passwordHash);
    query.addBindValue(user.keySalt);
    query.addBindValue(user.wrappedKeyPassword);
    query.addBindValue(user.wrappedKeyRecovery);
    query.addBindValue(optionalBlob(user.avatar));
    query.addBindValue(optionalBlob(user.importKeyBase));
    query.addBindValue(user.id);
    if (!query.exec()) {
        *error = SqliteErrors::toStorageError(
            query.lastError(),
            QCoreApplication::translate("UserRepository", "Soliloquy could not save the account: %1")
                .arg(query.lastError().text()));
        return false;
    }
    return true;
}

std::optional<UserRecord> UserRepository::findWhere(const QString& condition, const QVariant& value) const
{
    QSqlQuery query(m_database);
    query.prepare(selectColumns + condition);
    query.addBindValue(value);
    if (!query.exec() || !query.next())
        return std::nullopt;
    UserRecord user;
    user.id = query.value(0).toLongLong();
    user.username = query.value(1).toString();
    user.email = query.value(2).toString();
    user.passwordHash = query.value(3).toString();
    user.keySalt = query.value(4).toByteArray();
    user.wrappedKeyPassword = query.value(5).toByteArray();
    user.wrappedKeyRecovery = query.value(6).toByteArray();
    user.avatar = query.value(7).toByteArray();
    user.createdAt = query.value(8).toLongLong();
    user.importKeyBase = query.value(9).toByteArray();
    return user;
}

std::optional<UserRecord> UserRepository::findById(qint64 id) const
{
    return findWhere(QStringLiteral("WHERE id = ?"), id);
}

std::optional<UserRecord> UserRepository::findByLogin(const QString& login) const
{
    const QString column =
        login.contains(QLatin1Char('@')) ? QStringLiteral("email") : QStringLiteral("username");
    return findWhere(QStringLiteral("WHERE %1 = ?").arg(column), login.trimmed());
}

bool UserRepository::exists(const QString& column, const QString& value) const
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT 1 FROM users WHERE %1 = ?").arg(column));
    query.addBindValue(value.trimmed());
    return query.exec() && query.next();
}

bool UserRepository::usernameTaken(const QString& username) const
{
    return exists(QStringLiteral("username"), username);
}

bool UserRepository::emailTaken(const QString& email) const
{
    return exists(QStringLiteral("email"), email);
}

qint64 UserRepository::count() const
{
    QSqlQuery query(m_database);
    return query.exec(QStringLiteral("SELECT count(*) FROM users")) && query.next()
               ? query.value(0).toLongLong()
               : 0;
}

QStringList UserRepository::usernames(int limit) const
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT username FROM users ORDER BY id LIMIT ?"));
    query.addBindValue(limit);
    QStringList names;
    if (query.exec()) {
        while (query.next())
            names << query.value(0).toString();
    }
    return names;
}

qint64 UserRepository::nextId() const
{
    QSqlQuery query(m_database);
    return query.exec(QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM users")) && query.next()
               ? query.value(0).toLongLong()
               : 1;
}
