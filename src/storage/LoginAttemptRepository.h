#pragma once

#include <QSqlDatabase>
#include <QString>

#include <optional>

// The failed logins kept in the journal file (table login_attempts), by key: an account's
// name, or one key for all names that are no account's (see LoginThrottle).
class LoginAttemptRepository
{
public:
    struct Failures
    {
        int count = 0;
        qint64 lastAt = 0; // UTC milliseconds
    };

    explicit LoginAttemptRepository(const QSqlDatabase& database);

    std::optional<Failures> failures(const QString& key) const;
    void recordFailure(const QString& key, qint64 at);
    void forget(const QString& key);

private:
    QSqlDatabase m_database;
};
