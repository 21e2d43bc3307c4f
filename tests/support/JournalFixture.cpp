#include "JournalFixture.h"

#include <QSqlQuery>

JournalFixture::JournalFixture(const QString& path, const QString& username)
    : m_database(std::make_unique<Database>(path))
{
    if (!m_database->open())
        return;
    AccountService accounts(m_database->connection(), [] { return RegisteredAt; });
    AccountService::Outcome outcome =
        accounts.usernameTaken(username)
            ? accounts.login(username, password())
            : accounts.registerAccount(username, username + QStringLiteral("@example.org"), password());
    m_session = std::move(outcome.session);
}

qint64 JournalFixture::postCount() const
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM posts WHERE user_id = ?"));
    query.addBindValue(m_session->userId());
    return query.exec() && query.next() ? query.value(0).toLongLong() : -1;
}
