#include "SealedPostScan.h"

#include <QSqlQuery>

SealedPostScan::SealedPostScan(const QSqlDatabase& database, qint64 userId)
    : m_database(database)
    , m_userId(userId)
{}

SealedPostScan::~SealedPostScan() = default;

std::optional<SealedPostScan::Size> SealedPostScan::size() const
{
    QSqlQuery count(m_database);
    count.prepare(QStringLiteral("SELECT count(*), total(length(body)) FROM posts WHERE user_id = ?"));
    count.addBindValue(m_userId);
    if (!count.exec() || !count.next())
        return std::nullopt;
    return Size{count.value(0).toLongLong(), count.value(1).toLongLong()};
}

bool SealedPostScan::start()
{
    m_posts = std::make_unique<QSqlQuery>(m_database);
    m_posts->setForwardOnly(true);
    m_posts->prepare(QStringLiteral("SELECT id, created_at, body FROM posts WHERE user_id = ? "
                                    "ORDER BY created_at, id"));
    m_posts->addBindValue(m_userId);
    return m_posts->exec();
}

bool SealedPostScan::next(qint64* id, qint64* createdAt, QByteArray* body)
{
    if (!m_posts || !m_posts->next()) {
        if (m_posts)
            m_posts->finish();
        return false;
    }
    *id = m_posts->value(0).toLongLong();
    *createdAt = m_posts->value(1).toLongLong();
    *body = m_posts->value(2).toByteArray();
    return true;
}
