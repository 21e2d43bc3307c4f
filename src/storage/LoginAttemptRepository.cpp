#include "LoginAttemptRepository.h"

#include <QSqlQuery>

LoginAttemptRepository::LoginAttemptRepository(const QSqlDatabase& database)
    : m_database(database)
{}

std::optional<LoginAttemptRepository::Failures> LoginAttemptRepository::failures(const QString& key) const
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT failures, last_failure_at FROM login_attempts WHERE login = ?"));
    query.addBindValue(key);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return Failures{query.value(0).toInt(), query.value(1).toLongLong()};
}

void LoginAttemptRepository::recordFailure(const QString& key, qint64 at)
{
    QSqlQuery query(m_database);
    query.prepare(
        QStringLiteral("INSERT INTO login_attempts (login, failures, last_failure_at) VALUES (?, 1, ?) "
                       "ON CONFLICT (login) DO UPDATE SET failures = failures + 1, "
                       "last_failure_at = excluded.last_failure_at"));
    query.addBindValue(key);
    query.addBindValue(at);
    query.exec();
}

void LoginAttemptRepository::forget(const QString& key)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("DELETE FROM login_attempts WHERE login = ?"));
    query.addBindValue(key);
    query.exec();
}
