#include "LoginThrottle.h"

#include "storage/LoginAttemptRepository.h"

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
    return std::min<qint64>(1000LL << doublings, 15LL * 60 * 1000);
}

qint64 LoginThrottle::waitBeforeNextAttempt(const QString& key) const
{
    const std::optional<LoginAttemptRepository::Failures> failures =
        LoginAttemptRepository(m_database).failures(key);
    if (!failures)
        return 0;
    const qint64 readyAt = failures->lastAt + delayAfter(failures->count);
    return std::max<qint64>(0, readyAt - m_clock());
}

void LoginThrottle::recordFailure(const QString& key)
{
    LoginAttemptRepository(m_database).recordFailure(key, m_clock());
}

void LoginThrottle::recordSuccess(const QString& key)
{
    LoginAttemptRepository(m_database).forget(key);
}
