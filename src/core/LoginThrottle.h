#pragma once

#include <QSqlDatabase>
#include <QString>

#include <functional>

// Slows down password guessing: after five failed attempts under the same key (an
// account, or all names that are no account's together), each further try must wait, twice as
// long each time (up to 15 minutes). Attempts are kept in the journal file, so a
// restart does not reset them.
class LoginThrottle
{
public:
    static constexpr int FreeAttempts = 5;

    LoginThrottle(const QSqlDatabase& database, std::function<qint64()> clock);

    // Milliseconds until `key` may try again; 0 when it may try now.
    qint64 waitBeforeNextAttempt(const QString& key) const;
    void recordFailure(const QString& key);
    void recordSuccess(const QString& key);

private:
    static qint64 delayAfter(int failures);

    QSqlDatabase m_database;
    std::function<qint64()> m_clock;
};
