#pragma once

#include "PostRecord.h"

#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QVariantList>

#include <optional>

// One account's posts read by time, sealed. Pages go by keyset on (created_at, id), never
// OFFSET, each range over the (user_id, created_at) index, so any page of a huge journal
// costs the same.
class PostTimeline
{
public:
    PostTimeline(const QSqlDatabase& database, qint64 userId);

    // Up to `count` posts, newest first.
    QList<PostRecord> latest(int count) const;
    // Up to `count` posts before the one written at (createdAt, id), newest first.
    QList<PostRecord> before(qint64 createdAt, qint64 id, int count) const;
    // Up to `count` posts after the one written at (createdAt, id), oldest first.
    QList<PostRecord> after(qint64 createdAt, qint64 id, int count) const;
    // The posts with these ids, oldest first (ids of other accounts are left out).
    QList<PostRecord> withIds(const QList<qint64>& ids) const;
    // Up to `count` posts written at or after `time` (UTC milliseconds), oldest first.
    QList<PostRecord> from(qint64 time, int count) const;
    // Up to `count` posts written before `time`, newest first.
    QList<PostRecord> until(qint64 time, int count) const;
    // Up to `count` posts written from `fromMs` up to (not including) `untilMs`, newest first.
    QList<PostRecord> between(qint64 fromMs, qint64 untilMs, int count) const;
    // When the first post was written; nothing without posts.
    std::optional<qint64> earliestTime() const;
    // The times of the posts written from `fromMs` up to `untilMs`, oldest first.
    QList<qint64> timesBetween(qint64 fromMs, qint64 untilMs) const;
    // How many posts each range [first, second) holds, by one statement prepared once.
    QList<qint64> countsBetween(const QList<QPair<qint64, qint64>>& ranges) const;

private:
    QList<PostRecord> select(const QString& condition, const QString& order, const QVariantList& values,
                             int count) const;

    QSqlDatabase m_database;
    qint64 m_userId;
};
