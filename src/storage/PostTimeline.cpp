#include "PostTimeline.h"

#include <QSqlQuery>
#include <QStringList>

namespace {

const QString NewestFirst = QStringLiteral("DESC");
const QString OldestFirst = QStringLiteral("ASC");

} // namespace

PostTimeline::PostTimeline(const QSqlDatabase& database, qint64 userId)
    : m_database(database)
    , m_userId(userId)
{}

QList<PostRecord> PostTimeline::select(const QString& condition, const QString& order,
                                       const QVariantList& values, int count) const
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, body, created_at, coalesce(edited_at, 0) FROM posts "
                                 "WHERE user_id = ? %1 ORDER BY created_at %2, id %2 LIMIT ?")
                      .arg(condition, order));
    query.addBindValue(m_userId);
    for (const QVariant& value : values)
        query.addBindValue(value);
    query.addBindValue(count);
    QList<PostRecord> rows;
    if (query.exec()) {
        while (query.next()) {
            rows.append(PostRecord{query.value(0).toLongLong(), m_userId, query.value(1).toByteArray(),
                                   query.value(2).toLongLong(), query.value(3).toLongLong()});
        }
    }
    return rows;
}

QList<PostRecord> PostTimeline::latest(int count) const
{
    return select(QString(), NewestFirst, {}, count);
}

QList<PostRecord> PostTimeline::before(qint64 createdAt, qint64 id, int count) const
{
    return select(QStringLiteral("AND (created_at, id) < (?, ?)"), NewestFirst, {createdAt, id}, count);
}

QList<PostRecord> PostTimeline::after(qint64 createdAt, qint64 id, int count) const
{
    return select(QStringLiteral("AND (created_at, id) > (?, ?)"), OldestFirst, {createdAt, id}, count);
}

QList<PostRecord> PostTimeline::withIds(const QList<qint64>& ids) const
{
    if (ids.isEmpty())
        return {};
    QStringList marks;
    QVariantList values;
    for (const qint64 id : ids) {
        marks << QStringLiteral("?");
        values << id;
    }
    return select(QStringLiteral("AND id IN (%1)").arg(marks.join(QLatin1Char(','))), OldestFirst, values,
                  int(ids.size()));
}

QList<PostRecord> PostTimeline::from(qint64 time, int count) const
{
    return select(QStringLiteral("AND created_at >= ?"), OldestFirst, {time}, count);
}

QList<PostRecord> PostTimeline::until(qint64 time, int count) const
{
    return select(QStringLiteral("AND created_at < ?"), NewestFirst, {time}, count);
}

QList<PostRecord> PostTimeline::between(qint64 fromMs, qint64 untilMs, int count) const
{
    return select(QStringLiteral("AND created_at >= ? AND created_at < ?"), NewestFirst, {fromMs, untilMs},
                  count);
}

std::optional<qint64> PostTimeline::earliestTime() const
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT min(created_at) FROM posts WHERE user_id = ?"));
    query.addBindValue(m_userId);
    if (!query.exec() || !query.next() || query.value(0).isNull())
        return std::nullopt;
    return query.value(0).toLongLong();
}

QList<qint64> PostTimeline::timesBetween(qint64 fromMs, qint64 untilMs) const
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT created_at FROM posts WHERE user_id = ? AND created_at >= ? AND "
                                 "created_at < ? ORDER BY created_at"));
    query.addBindValue(m_userId);
    query.addBindValue(fromMs);
    query.addBindValue(untilMs);
    QList<qint64> times;
    if (query.exec()) {
        while (query.next())
            times.append(query.value(0).toLongLong());
    }
    return times;
}

QList<qint64> PostTimeline::countsBetween(const QList<QPair<qint64, qint64>>& ranges) const
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT count(*) FROM posts WHERE user_id = ? AND created_at >= ? "
                                 "AND created_at < ?"));
    QList<qint64> counts;
    counts.reserve(ranges.size());
    for (const auto& [fromMs, untilMs] : ranges) {
        query.addBindValue(m_userId);
        query.addBindValue(fromMs);
        query.addBindValue(untilMs);
        counts.append(query.exec() && query.next() ? query.value(0).toLongLong() : 0);
    }
    return counts;
}
