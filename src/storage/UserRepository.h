#pragma once

#include "StorageError.h"
#include "UserRecord.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

// The users table; usernames and emails compare without regard to case.
class UserRepository
{
public:
    explicit UserRepository(const QSqlDatabase& database);

    // Stores a new account and returns its id, or sets `error` and returns 0.
    qint64 insert(const UserRecord& user, StorageError* error);
    bool update(const UserRecord& user, StorageError* error);
    // Removes an account and, through the foreign keys, everything of it.
    bool remove(qint64 id, StorageError* error);
    std::optional<UserRecord> findById(qint64 id) const;
    // By username or email, whichever `login` is.
    std::optional<UserRecord> findByLogin(const QString& login) const;
    bool usernameTaken(const QString& username) const;
    bool emailTaken(const QString& email) const;
    qint64 count() const;
    // Up to `limit` usernames, oldest account first.
    QStringList usernames(int limit) const;
    // The id the next insert() will get when given explicitly (call inside a transaction).
    qint64 nextId() const;

private:
    std::optional<UserRecord> findWhere(const QString& condition, const QVariant& value) const;
    bool exists(const QString& column, const QString& value) const;

    QSqlDatabase m_database;
};
