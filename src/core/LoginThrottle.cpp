#include "LoginThrottle.h"

#include <QSqlQuery>

#include <algorithm>

LoginThrottle::LoginThrottle(const QSqlDatabase& database, std::function<qint64()> clock)
    : m_database(database)
    , m_clock(std::move(clock))
{}

qint64 LoginThrottle::delayAfter(int failures)
{
    if (failures < FreeAttempts)
        return 0;
    const int doublings = std::min(failures - FreeAttempts, 10);
    return std::min<qint64>(1000LL << doublings, 15 * 60 * 1000);
}

qint64 LoginThrottle::waitBeforeNextAttempt(const QString& key) const
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT failures, last_failure_at FROM login_attempts WHERE login = ?"));
    query.addBindValue(key);
    if (!query.exec() || !query.next())
        return 0;
    const qint64 readyAt = query.value(1).toLongLong() + delayAfter(query.value(0).toInt());
    return std::max<qint64>(0, readyAt - m_clock());
}

void LoginThrottle::recordFailure(const QString& key)
{
    QSqlQuery query(m_database);
    query.prepare(
        QStringLiteral("INSERT INTO login_attempts (login, failures, last_failure_at) VALUES (?, 1, ?) "
                       "ON CONFLICT (login) DO UPDATE SET failures = failures + 1, "
                       "last_failure_at = excluded.last_failure_at"));
    query.addBindValue(key);
    query.addBindValue(m_clock());
    query.exec();
}

void LoginThrottle::recordSuccess(const QString& key)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("DELETE FROM login_attempts WHERE login = ?"));
    query.addBindValue(key);
    query.exec();
}
