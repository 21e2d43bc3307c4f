#pragma once

#include "core/AccountService.h"
#include "core/Session.h"
#include "storage/Database.h"

#include <QString>

#include <memory>

// A journal file with one registered, unlocked account, for tests of what reads
// and writes posts. Call TestSupport::useFastKeyDerivation() first.
class JournalFixture
{
public:
    static constexpr qint64 RegisteredAt = 1764000000000;

    // Opens (or creates) the journal at `path` and registers `username`, or logs in
    // when the account exists. isReady() says whether it worked.
    JournalFixture(const QString& path, const QString& username = QStringLiteral("ann"));

    bool isReady() const { return m_session != nullptr; }
    Database& database() { return *m_database; }
    QSqlDatabase connection() const { return m_database->connection(); }
    Session& session() { return *m_session; }
    qint64 postCount() const;

    static QString password() { return QStringLiteral("correct horse battery staple"); }

private:
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Session> m_session;
};
