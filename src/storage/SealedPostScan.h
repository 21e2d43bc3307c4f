#pragma once

#include <QByteArray>
#include <QSqlDatabase>

#include <memory>
#include <optional>

class QSqlQuery;

// Every sealed post of one account, oldest first, read once from start to end without
// being held in memory together (the search index is built from it).
class SealedPostScan
{
public:
    struct Size
    {
        qint64 posts = 0;
        qint64 sealedBytes = 0; // the bodies' lengths together
    };

    SealedPostScan(const QSqlDatabase& database, qint64 userId);
    ~SealedPostScan();
    SealedPostScan(const SealedPostScan&) = delete;
    SealedPostScan& operator=(const SealedPostScan&) = delete;

    // Nothing when the journal cannot be read.
    std::optional<Size> size() const;
    bool start();
    // The next post; false after the last one.
    bool next(qint64* id, qint64* createdAt, QByteArray* body);

private:
    QSqlDatabase m_database;
    qint64 m_userId;
    std::unique_ptr<QSqlQuery> m_posts;
};
