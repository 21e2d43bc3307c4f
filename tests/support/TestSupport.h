#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace TestSupport {

// The folder holding the built soliloquy executable.
QString binaryDirectory();

struct ProcessResult
{
    int exitCode = -1;
    QString standardOutput;
    QString standardError;
};

// Keeps this test's settings (QSettings) in `folder`, never in the user's, under the
// application name `testName`.
void keepSettingsIn(const QString& folder, const QString& testName);

// Starts the real soliloquy executable without a display, feeding `input` to its stdin; false
// when it did not start.
bool startSoliloquy(QProcess& process, const QStringList& arguments, const QByteArray& input = {},
                    const QProcessEnvironment& extraEnvironment = {});
// Runs the real soliloquy executable without a display, feeding `input` to its stdin.
ProcessResult runSoliloquy(const QStringList& arguments, const QByteArray& input = {},
                           const QProcessEnvironment& extraEnvironment = {});

} // namespace TestSupport

#include "storage/Migration.h"
#include "storage/UserRecord.h"

#include <QSqlDatabase>

#include <functional>

namespace TestSupport {

// A journal at `version`, made by applying the first migrations in order.
bool createJournal(const QString& path, int version);
QList<Migration> bundledUpTo(int version);
// Runs SQL statements on a plain connection (no lock, no checks); false on the first error.
bool execSql(const QString& path, const QStringList& statements);
QVariant queryValue(const QString& path, const QString& sql);
QByteArray fileSha256(const QString& path);
// Overwrites the last `pages` 4 KiB pages of an SQLite file: its header and schema stay
// readable, its data does not.
bool damageLastPages(const QString& path, int pages);
UserRecord sampleUser(const QString& username);

} // namespace TestSupport

namespace TestSupport {
// Argon2id with m=1 MiB, t=1 instead of 64 MiB, t=3, so that tests run fast.
void useFastKeyDerivation();
} // namespace TestSupport

class Session;

namespace TestSupport {
// Stores `count` sealed posts of the session's user, `stepMs` apart from `firstAt`,
// in one transaction. The text of post i is textOf(i), or "post i".
bool seedPosts(QSqlDatabase database, const Session& session, int count, qint64 firstAt, qint64 stepMs,
               const std::function<QString(int)>& textOf = nullptr);
} // namespace TestSupport
