#include "support/TestSupport.h"

#include "storage/BackupFolder.h"
#include "storage/DailyBackups.h"
#include "storage/Database.h"
#include "storage/IntegrityCheck.h"
#include "storage/JournalInspector.h"
#include "storage/Migrator.h"
#include "storage/PostRepository.h"
#include "storage/SqliteErrors.h"
#include "storage/SqliteVersion.h"
#include "storage/UserRepository.h"

#include <QFile>
#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace TestSupport;

namespace {

int latestVersion()
{
    return Migration::bundled().constLast().version;
}

// The version a journal has just before `version` is applied: numbers may leave gaps.
int versionBefore(int version)
{
    int before = 0;
    for (const Migration& migration : Migration::bundled()) {
        if (migration.version < version)
            before = migration.version;
    }
    return before;
}

// Rows that exist at each schema version, so an upgrade can be checked for losing none.
void insertRowsForVersion(const QString& path, int version)
{
    if (version >= 1) {
        QVERIFY(
            execSql(path, {QStringLiteral("INSERT INTO users (username, email, password_hash, key_salt, "
                                          "wrapped_key_password, wrapped_key_recovery, created_at) VALUES "
                                          "('ann', 'ann@example.org', 'h', x'00', x'01', x'02', 1)")}));
    }
    if (version >= 2) {
        QVERIFY(execSql(path, {QStringLiteral("INSERT INTO posts (user_id, body, created_at) VALUES "
                                              "(1, x'cafe', 10), (1, x'f00d', 20)")}));
    }
    if (version >= 5) {
        QVERIFY(execSql(path, {QStringLiteral("INSERT INTO attachments (post_id, position, mime_type, body) "
                                              "VALUES (1, 1, 'image/png', x'beef')")}));
    }
    if (version >= 7) {
        QVERIFY(execSql(path, {QStringLiteral("INSERT INTO attachment_contents (user_id, digest, body) "
                                              "VALUES (1, x'd1', x'b0d1')")}));
    }
}

void verifyRowsForVersion(const QString& path, int version)
{
    if (version >= 1)
        QCOMPARE(queryValue(path, QStringLiteral("SELECT username FROM users WHERE id = 1")).toString(),
                 QStringLiteral("ann"));
    if (version >= 2)
        QCOMPARE(queryValue(path, QStringLiteral("SELECT group_concat(hex(body)) FROM posts")).toString(),
                 QStringLiteral("CAFE,F00D"));
    if (version >= 5)
        QCOMPARE(queryValue(path, QStringLiteral("SELECT hex(body) || mime_type || post_id || position "
                                                 "FROM attachments"))
                     .toString(),
                 QStringLiteral("BEEFimage/png11"));
    // A picture stored before version 11 keeps its bytes, and its size is not known.
    if (version >= 7) {
        QCOMPARE(queryValue(path, QStringLiteral("SELECT hex(digest) || hex(body) FROM attachment_contents"))
                     .toString(),
                 QStringLiteral("D1B0D1"));
        QVERIFY(queryValue(path, QStringLiteral("SELECT shown_size FROM attachment_contents")).isNull());
    }
}

// A file's permission bits, or -1 when it is missing.
int modeOf(const QString& path)
{
    struct stat info = {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 07777) : -1;
}

// Sets the process's umask for a scope.
class UmaskScope
{
public:
    explicit UmaskScope(mode_t mask)
        : m_previous(::umask(mask))
    {}
    ~UmaskScope() { ::umask(m_previous); }

private:
    mode_t m_previous;
};

QList<Migration> withFailingStep(int version)
{
    QList<Migration> migrations = Migration::bundled();
    for (Migration& migration : migrations) {
        if (migration.version == version) {
            // The first statement succeeds, the second fails: nothing of either may remain.
            migration.sql += "\nCREATE TABLE half_done (x INTEGER);\nINSERT INTO no_such_table VALUES (1);\n";
        }
    }
    return migrations;
}

// A raw post row, as these tests of the storage need (the app writes posts through Journal,
// sealed); 0 and `error` set when SQLite refuses it.
qint64 insertRow(const QSqlDatabase& database, qint64 userId, const QByteArray& body, qint64 createdAt,
                 StorageError* error)
{
    QSqlQuery query(database);
    query.prepare(QStringLiteral("INSERT INTO posts (user_id, body, created_at) VALUES (?, ?, ?)"));
    query.addBindValue(userId);
    query.addBindValue(body);
    query.addBindValue(createdAt);
    if (!query.exec()) {
        *error = SqliteErrors::toStorageError(query.lastError(), query.lastError().text());
        return 0;
    }
    return query.lastInsertId().toLongLong();
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString journal() const { return m_dir.filePath(QStringLiteral("journal.sqlite3")); }

    // A journal of one user and 300 posts: more pages than the schema alone.
    bool fillJournal() const
    {
        Database database(journal());
        if (!database.open())
            return false;
        StorageError error;
        const qint64 userId =
            UserRepository(database.connection()).insert(sampleUser(QStringLiteral("cy")), &error);
        for (int i = 0; i < 300; ++i) {
            if (insertRow(database.connection(), userId, QByteArray(200, char('a' + i % 26)), i, &error) <= 0)
                return false;
        }
        return true;
    }

private Q_SLOTS:
    // Soliloquy's own SQLite calls and Qt's driver share one library; another one in the
    // driver is refused in words that name both.
    void theDriverAndSoliloquyUseOneSqlite()
    {
        Database database(m_dir.filePath(QStringLiteral("one-sqlite.sqlite3")));
        QVERIFY(database.open());
        QCOMPARE(SqliteVersion::differenceWithDriver(database.connection()), QString());
        const QString difference =
            SqliteVersion::differenceWith(QStringLiteral("3.7.17"), QStringLiteral("2013-05-20"));
        QVERIFY(difference.contains(QStringLiteral("SQLite 3.7.17")));
        QVERIFY(difference.contains(QStringLiteral("SQLite ") + SqliteVersion::runtime()));
    }

    void init()
    {
        QDir(m_dir.path()).removeRecursively();
        QDir().mkpath(m_dir.path());
    }

    void freshFileGetsLatestSchemaAndSafePragmas()
    {
        const QString path = m_dir.filePath(QStringLiteral("new/folder/journal.sqlite3"));
        Database database(path);
        QVERIFY2(database.open(), qPrintable(database.error().message));
        QCOMPARE(database.schemaVersion(), latestVersion());
        QVERIFY(database.lastUpgradeBackup().isEmpty()); // nothing to back up in a new file

        QSqlQuery query(database.connection());
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(query.exec(QStringLiteral("PRAGMA synchronous")) && query.next());
        QCOMPARE(query.value(0).toInt(), 2); // FULL
        QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys")) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        QVERIFY(query.exec(QStringLiteral("PRAGMA application_id")) && query.next());
        QCOMPARE(query.value(0).toInt(), Migrator::ApplicationId);

        QVERIFY(query.exec(
            QStringLiteral("SELECT version, name, sha256 FROM schema_migrations ORDER BY version")));
        for (const Migration& migration : Migration::bundled()) {
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toInt(), migration.version);
            QCOMPARE(query.value(1).toString(), migration.name);
            QCOMPARE(query.value(2).toByteArray(), migration.sha256Hex());
        }
    }

    void usernamesAndEmailsAreUniqueRegardlessOfCase()
    {
        Database database(journal());
        QVERIFY(database.open());
        UserRepository users(database.connection());
        StorageError error;
        QVERIFY(users.insert(sampleUser(QStringLiteral("Ann")), &error) > 0);
        QVERIFY(users.usernameTaken(QStringLiteral("aNN")));
        QVERIFY(users.emailTaken(QStringLiteral("ANN@EXAMPLE.ORG")));
        UserRecord twin = sampleUser(QStringLiteral("ANN"));
        twin.email = QStringLiteral("other@example.org");
        QCOMPARE(users.insert(twin, &error), 0);
        QVERIFY(error.isError());
        QCOMPARE(users.findByLogin(QStringLiteral("ann@Example.org"))->username, QStringLiteral("Ann"));
    }

    void deletingAUserDeletesTheirPosts()
    {
        Database database(journal());
        QVERIFY(database.open());
        StorageError error;
        const qint64 userId =
            UserRepository(database.connection()).insert(sampleUser(QStringLiteral("bo")), &error);
        PostRepository posts(database.connection());
        QVERIFY(insertRow(database.connection(), userId, "sealed", 1, &error) > 0);
        QCOMPARE(insertRow(database.connection(), userId + 100, "orphan", 1, &error),
                 0); // foreign keys are enforced
        QSqlQuery query(database.connection());
        QVERIFY(query.exec(QStringLiteral("DELETE FROM users WHERE id = %1").arg(userId)));
        QCOMPARE(posts.countForUser(userId), 0);
    }

    void everyFileIsPrivateUnderADesktopUmask()
    {
        const UmaskScope desktop(022);
        const QString folder = m_dir.filePath(QStringLiteral("made/here"));
        const QString path = folder + QStringLiteral("/journal.sqlite3");
        const QString copy = folder + QStringLiteral("/copy.sqlite3");
        {
            Database database(path);
            QVERIFY2(database.open(), qPrintable(database.error().message));
            StorageError error;
            const qint64 userId =
                UserRepository(database.connection()).insert(sampleUser(QStringLiteral("di")), &error);
            QVERIFY(insertRow(database.connection(), userId, QByteArray("sealed"), 1, &error) > 0);
            for (const QString& suffix :
                 {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral(".lock")})
                QCOMPARE(modeOf(path + suffix), 0600);
            QCOMPARE(modeOf(m_dir.filePath(QStringLiteral("made"))), 0700);
            QCOMPARE(modeOf(folder), 0700);

            QVERIFY(!database.backupTo(copy).isError());
            QCOMPARE(modeOf(copy), 0600);
            QString daily;
            QVERIFY(!DailyBackups::takeNow(database, &daily).isError());
            QCOMPARE(modeOf(daily), 0600);
            QCOMPARE(modeOf(BackupFolder(path).path()), 0700);
            QCOMPARE(modeOf(BackupFolder::daily(path).path()), 0700);
        }
        // The restore's new journal and the journal it sets aside.
        QVERIFY(!Database::restore(path, copy).isError());
        QCOMPARE(modeOf(path), 0600);
        const QStringList replaced =
            QDir(BackupFolder(path).path()).entryList({QStringLiteral("*-replaced-*")}, QDir::Files);
        QVERIFY(!replaced.isEmpty());
        for (const QString& file : replaced)
            QCOMPARE(modeOf(BackupFolder(path).path() + QLatin1Char('/') + file), 0600);
    }

    void anExistingJournalIsMadePrivateWhenOpened()
    {
        QVERIFY(fillJournal());
        const QString backups = BackupFolder(journal()).path();
        QVERIFY(QDir().mkpath(backups));
        const QString oldBackup = backups + QStringLiteral("/journal-v0006-20261101-101500123.sqlite3");
        QVERIFY(QFile::copy(journal(), oldBackup));
        // As an earlier version left them: readable by everyone.
        for (const QString& file : {journal(), journal() + QStringLiteral("-wal"), oldBackup})
            QVERIFY(::chmod(QFile::encodeName(file).constData(), 0644) == 0 || !QFile::exists(file));
        QVERIFY(::chmod(QFile::encodeName(backups).constData(), 0755) == 0);
        Database database(journal());
        QVERIFY(database.open());
        QCOMPARE(modeOf(journal()), 0600);
        QCOMPARE(modeOf(oldBackup), 0600);
        QCOMPARE(modeOf(backups), 0700);
        if (QFile::exists(journal() + QStringLiteral("-wal")))
            QCOMPARE(modeOf(journal() + QStringLiteral("-wal")), 0600);
    }

    void upgradeFromEveryEarlierVersionKeepsEveryRow_data()
    {
        QTest::addColumn<int>("from");
        for (const Migration& migration : Migration::bundled())
            QTest::addRow("from version %d", versionBefore(migration.version))
                << versionBefore(migration.version);
    }

    void upgradeFromEveryEarlierVersionKeepsEveryRow()
    {
        QFETCH(int, from);
        if (from > 0) {
            QVERIFY(createJournal(journal(), from));
            insertRowsForVersion(journal(), from);
        }
        Database database(journal());
        QVERIFY2(database.open(), qPrintable(database.error().message));
        QCOMPARE(database.schemaVersion(), latestVersion());
        database.close();
        verifyRowsForVersion(journal(), from);

        const QStringList backups = BackupFolder(journal()).backups();
        if (from == 0) {
            QVERIFY(backups.isEmpty());
        } else {
            // The backup holds the file as it was before the upgrade.
            QCOMPARE(backups.size(), 1);
            QVERIFY(backups.first().contains(QStringLiteral("-v%1-").arg(from, 4, 10, QLatin1Char('0'))));
            QCOMPARE(queryValue(backups.first(), QStringLiteral("PRAGMA user_version")).toInt(), from);
            verifyRowsForVersion(backups.first(), from);
        }
    }

    void anUpgradeDropsTheNamesTypedAtTheLogin()
    {
        // Version 6 kept failed attempts under the text typed as the name, whatever it was.
        QVERIFY(createJournal(journal(), 6));
        insertRowsForVersion(journal(), 6);
        const QString typedIntoTheName = QStringLiteral("hunter2-typed-as-a-name");
        QVERIFY(execSql(journal(), {QStringLiteral("INSERT INTO login_attempts VALUES ('%1', 3, 10), "
                                                   "(char(10) || 'account 1', 2, 20)")
                                        .arg(typedIntoTheName)}));
        Database database(journal());
        QVERIFY2(database.open(), qPrintable(database.error().message));
        database.close();
        QCOMPARE(queryValue(journal(), QStringLiteral("SELECT group_concat(replace(login, char(10), '/') "
                                                      "|| ':' || failures) FROM login_attempts"))
                     .toString(),
                 QStringLiteral("/account 1:2")); // the account's count is kept
        QFile file(journal());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(typedIntoTheName.toUtf8()));
    }

    void failingMigrationLeavesThePreviousVersion_data()
    {
        QTest::addColumn<int>("failing");
        for (const Migration& migration : Migration::bundled())
            QTest::addRow("%s", qPrintable(migration.name)) << migration.version;
    }

    void failingMigrationLeavesThePreviousVersion()
    {
        QFETCH(int, failing);
        const int previous = versionBefore(failing);
        if (previous > 0) {
            QVERIFY(createJournal(journal(), previous));
            insertRowsForVersion(journal(), previous);
        }
        Database database(journal());
        Database::Options options;
        options.migrations = withFailingStep(failing);
        QVERIFY(!database.open(options));
        QCOMPARE(database.error().code, StorageError::Code::MigrationFailed);
        QVERIFY2(
            database.error().message.contains(Migration::bundled().at(bundledUpTo(failing).size() - 1).name),
            qPrintable(database.error().message));
        QVERIFY(!database.isOpen());

        QCOMPARE(queryValue(journal(), QStringLiteral("PRAGMA user_version")).toInt(), previous);
        QCOMPARE(queryValue(journal(),
                            QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'half_done'"))
                     .toInt(),
                 0);
        verifyRowsForVersion(journal(), previous);
        // The next launch with the real migrations completes the upgrade.
        QVERIFY(database.open());
        QCOMPARE(database.schemaVersion(), latestVersion());
    }

    void changedMigrationIsRefusedByName()
    {
        QVERIFY(createJournal(journal(), latestVersion()));
        QList<Migration> changed = Migration::bundled();
        changed.first().sql += "\n-- edited after release\n";
        Database database(journal());
        Database::Options options;
        options.migrations = changed;
        QVERIFY(!database.open(options));
        QCOMPARE(database.error().code, StorageError::Code::ChecksumMismatch);
        QVERIFY(database.error().message.contains(changed.first().name));
    }

    void newerVersionIsRefusedAndNotWritten()
    {
        QVERIFY(createJournal(journal(), latestVersion()));
        insertRowsForVersion(journal(), latestVersion());
        QVERIFY(execSql(journal(), {QStringLiteral("PRAGMA user_version = 99")}));
        const QByteArray before = fileSha256(journal());

        Database database(journal());
        QVERIFY(!database.open());
        QCOMPARE(database.error().code, StorageError::Code::NewerVersion);
        QVERIFY(database.error().message.contains(QStringLiteral("99")));
        QVERIFY(database.error().message.contains(QString::number(latestVersion())));
        QCOMPARE(fileSha256(journal()), before);
        QVERIFY(BackupFolder(journal()).backups().isEmpty());
    }

    void fileThatIsNotSqliteIsLeftUntouched()
    {
        QFile file(journal());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Dear diary, this is a plain text file.\n");
        file.close();
        const QByteArray before = fileSha256(journal());
        Database database(journal());
        QVERIFY(!database.open());
        QCOMPARE(database.error().code, StorageError::Code::NotSqlite);
        QVERIFY(database.error().suggestsRestore());
        QCOMPARE(fileSha256(journal()), before);
    }

    void otherApplicationsDatabaseIsLeftUntouched()
    {
        QVERIFY(execSql(journal(), {QStringLiteral("CREATE TABLE recipes (name TEXT)"),
                                    QStringLiteral("INSERT INTO recipes VALUES ('bread')")}));
        const QByteArray before = fileSha256(journal());
        Database database(journal());
        QVERIFY(!database.open());
        QCOMPARE(database.error().code, StorageError::Code::ForeignApplication);
        QCOMPARE(fileSha256(journal()), before);
    }

    void damagedFileIsRefusedAndLeftUntouched()
    {
        QVERIFY(fillJournal());
        QVERIFY(damageLastPages(journal(), 4));
        const QByteArray before = fileSha256(journal());

        Database database(journal());
        QVERIFY(!database.open());
        QCOMPARE(database.error().code, StorageError::Code::Corrupt);
        QVERIFY(database.error().suggestsRestore());
        QCOMPARE(fileSha256(journal()), before);

        // At launch the check runs beside the open, which does not wait for it: the file
        // opens, untouched, and the check answers that it is damaged.
        IntegrityCheck check(journal());
        Database::Options options;
        options.integrityCheck = &check;
        Database launched(journal());
        QVERIFY2(launched.open(options), qPrintable(launched.error().message));
        QVERIFY(!check.passed());
        launched.close();
        QCOMPARE(fileSha256(journal()), before);
    }

    void anUpgradeWaitsForTheCheckAndRefusesADamagedFile()
    {
        QVERIFY(createJournal(journal(), 1));
        QStringList users;
        for (int i = 0; i < 300; ++i) {
            users << QStringLiteral("INSERT INTO users (username, email, password_hash, key_salt, "
                                    "wrapped_key_password, wrapped_key_recovery, created_at) VALUES "
                                    "('u%1', 'u%1@example.org', '%2', x'00', x'01', x'02', 1)")
                         .arg(i)
                         .arg(QString(200, QLatin1Char('h')));
        }
        QVERIFY(execSql(journal(), users));
        QVERIFY(damageLastPages(journal(), 4));
        const QByteArray before = fileSha256(journal());
        IntegrityCheck check(journal());
        Database::Options options;
        options.integrityCheck = &check;
        Database database(journal());
        QVERIFY(!database.open(options));
        QCOMPARE(database.error().code, StorageError::Code::Corrupt);
        QCOMPARE(fileSha256(journal()), before);
    }

    void anEarlyCheckPassesAHealthyJournalAndWaitsForNone()
    {
        QVERIFY2(!IntegrityCheck(journal()).passed(), "no file yet: nothing passed");
        // Nothing is read until the launch starts it (once the first dialog is up): made before
        // the journal is there, it checks the journal as it is once started.
        IntegrityCheck check(journal());
        QVERIFY(!check.isFinished());
        QVERIFY(fillJournal());
        check.start();
        QTRY_VERIFY(check.isFinished());
        QVERIFY(check.passed());
        Database::Options options;
        options.integrityCheck = &check;
        Database database(journal());
        QVERIFY2(database.open(options), qPrintable(database.error().message));
        QCOMPARE(QSqlQuery(QStringLiteral("SELECT count(*) FROM posts"), database.connection()).next(), true);
        // A check that is dropped unanswered (a start that handed over) does not block.
        IntegrityCheck dropped(journal());
    }

    void anUpgradeTellsEachLongStepBeforeItRuns()
    {
        using Step = Database::UpgradeStep;
        QVERIFY(createJournal(journal(), 1));
        insertRowsForVersion(journal(), 1);
        IntegrityCheck check(journal());
        QList<Step> steps;
        Database::Options options;
        options.integrityCheck = &check;
        options.upgradeProgress = [&](Step step) {
            steps << step;
            // Each step is told before it runs: no backup yet when the backing up begins.
            if (step == Step::BackingUp)
                QVERIFY(BackupFolder(journal()).backups().isEmpty());
            if (step == Step::Upgrading)
                QCOMPARE(queryValue(journal(), QStringLiteral("PRAGMA user_version")).toInt(), 1);
        };
        {
            Database database(journal());
            QVERIFY2(database.open(options), qPrintable(database.error().message));
            QCOMPARE(database.schemaVersion(), latestVersion());
        }
        QCOMPARE(steps, (QList<Step>{Step::Checking, Step::BackingUp, Step::Upgrading}));

        // Up to date: nothing to tell, and a new journal is made without an upgrade's window.
        steps.clear();
        IntegrityCheck again(journal());
        options.integrityCheck = &again;
        QVERIFY(Database(journal()).open(options));
        options.integrityCheck = nullptr;
        QVERIFY(Database(m_dir.filePath(QStringLiteral("new.sqlite3"))).open(options));
        QVERIFY(steps.isEmpty());
    }

    void secondInstanceIsRefusedUntilTheFirstCloses()
    {
        Database first(journal());
        QVERIFY(first.open());
        Database second(journal());
        QVERIFY(!second.open());
        QCOMPARE(second.error().code, StorageError::Code::Locked);
        QVERIFY(second.error().message.contains(QStringLiteral("already open")));
        QVERIFY(first.isOpen()); // the refusal did not disturb the first
        QVERIFY(Database::isOpenElsewhere(journal()));
        first.close();
        QVERIFY(!Database::isOpenElsewhere(journal()));
        QVERIFY(second.open());
    }

    void theRefusalNamesTheProcessThatHasTheJournal()
    {
        Database first(journal());
        QVERIFY(first.open());
        Database second(journal());
        QVERIFY(!second.open());
        QVERIFY2(second.error().message.contains(
                     QStringLiteral("process %1").arg(QCoreApplication::applicationPid())),
                 qPrintable(second.error().message));
    }

    void aLockLeftByACrashDoesNotKeepTheJournalClosed()
    {
        // A process that died holding the journal leaves its lock file; the system
        // dropped the lock itself with the process.
        QFile stale(journal() + QStringLiteral(".lock"));
        QVERIFY(stale.open(QIODevice::WriteOnly));
        stale.write("999999\nsoliloquy\nsomewhere\n\n\n");
        stale.close();
        // Readable by others, as an older version's QLockFile left it under a desktop umask.
        QVERIFY(stale.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                     QFileDevice::ReadGroup | QFileDevice::ReadOther));
        {
            Database database(journal());
            QVERIFY2(database.open(), qPrintable(database.error().message));
            QVERIFY(Database::isOpenElsewhere(journal()));
            // It names this machine and program now: for the user alone.
            QCOMPARE(modeOf(journal() + QStringLiteral(".lock")), 0600);
        }
        QVERIFY2(!QFile::exists(journal() + QStringLiteral(".lock")), "closing removes the lock file");
        QVERIFY(!Database::isOpenElsewhere(journal()));
    }

    void aQLockFileAndTheJournalLockExcludeEachOther()
    {
        // Versions that locked with QLockFile, and this one, never write at once.
        {
            QLockFile older(journal() + QStringLiteral(".lock"));
            QVERIFY(older.tryLock(0));
            Database database(journal());
            QVERIFY(!database.open());
            QCOMPARE(database.error().code, StorageError::Code::Locked);
        }
        Database database(journal());
        QVERIFY(database.open());
        QLockFile older(journal() + QStringLiteral(".lock"));
        older.setStaleLockTime(0);
        QVERIFY(!older.tryLock(0));
        QCOMPARE(older.error(), QLockFile::LockFailedError);
    }

    void fullDiskKeepsEverySavedPost()
    {
        Database database(journal());
        QVERIFY(database.open());
        StorageError error;
        const qint64 userId =
            UserRepository(database.connection()).insert(sampleUser(QStringLiteral("di")), &error);
        PostRepository posts(database.connection());
        const qint64 saved = insertRow(database.connection(), userId, "the last post that fit", 1, &error);
        QVERIFY(saved > 0);

        QSqlQuery query(database.connection());
        QVERIFY(query.exec(QStringLiteral("PRAGMA page_count")) && query.next());
        const int pages = query.value(0).toInt();
        QVERIFY(query.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));

        QCOMPARE(insertRow(database.connection(), userId, QByteArray(qsizetype(64) * 1024, 'x'), 2, &error),
                 0);
        QCOMPARE(error.code, StorageError::Code::DiskFull);
        QVERIFY(error.message.contains(QStringLiteral("disk is full")));
        QCOMPARE(posts.countForUser(userId), 1);
        QCOMPARE(posts.find(saved)->body, QByteArray("the last post that fit"));
        database.close();
        StorageError checkError;
        QVERIFY(JournalInspector::problems(journal(), &checkError).isEmpty());
        QVERIFY(!checkError.isError());
    }

    void aDiskFullAtTheCommitIsToldAsAFullDisk()
    {
        // In WAL mode a transaction's posts reach the disk as it commits, so a full disk fails
        // the commit; Qt reports a failed commit with SQLite's message and without its code
        // (as seen with a file size limit standing in for the disk: "disk I/O error", no code).
        const QSqlError commit(QStringLiteral("Unable to commit transaction"),
                               QStringLiteral("database or disk is full"), QSqlError::TransactionError);
        const StorageError error = SqliteErrors::toStorageError(commit, commit.text());
        QCOMPARE(error.code, StorageError::Code::DiskFull);
        QVERIFY(error.message.contains(QStringLiteral("disk is full")));
        const QSqlError busy(QStringLiteral("Unable to commit transaction"),
                             QStringLiteral("database is locked"), QSqlError::TransactionError);
        QCOMPARE(SqliteErrors::toStorageError(busy, busy.text()).code, StorageError::Code::Locked);
        // Any other message stays what it says.
        const QSqlError other(QStringLiteral("Unable to commit transaction"),
                              QStringLiteral("something else"), QSqlError::TransactionError);
        QCOMPARE(SqliteErrors::toStorageError(other, other.text()).code, StorageError::Code::Io);
    }

    void backupFolderKeepsTheNewestTen()
    {
        QVERIFY(createJournal(journal(), latestVersion()));
        const BackupFolder folder(journal());
        QDir().mkpath(folder.path());
        const QDateTime start(QDate(2026, 1, 1), QTime(9, 0), QTimeZone::UTC);
        QStringList made;
        for (int day = 0; day < 12; ++day) {
            const QString path = folder.newBackupPath(1, start.addDays(day));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            made.prepend(path);
        }
        QCOMPARE(folder.backups(), made);
        folder.keepNewest(10);
        QCOMPARE(folder.backups(), made.mid(0, 10));
        QCOMPARE(folder.newest(), made.first());
    }

    // Names carry the time to the millisecond: backups made within one still get a name each,
    // none replacing another, and they sort in the order they were made.
    void backupsMadeInOneMillisecondAreAllKept()
    {
        QVERIFY(createJournal(journal(), latestVersion()));
        Database database(journal());
        QVERIFY(database.open());
        const BackupFolder folder(journal());
        QDir().mkpath(folder.path());
        const QDateTime instant(QDate(2026, 1, 1), QTime(9, 0), QTimeZone::UTC);
        QStringList made;
        for (int i = 0; i < 3; ++i) {
            const QString path = folder.newBackupPath(latestVersion(), instant);
            QVERIFY(!database.backupTo(path).isError());
            made.prepend(path);
        }
        // And back to back at the clock's own time, as the app takes them.
        for (int i = 0; i < 5; ++i) {
            const QString path = folder.newBackupPath(latestVersion());
            QVERIFY(!database.backupTo(path).isError());
            made.prepend(path);
        }
        QCOMPARE(folder.backups().size(), 8);
        QCOMPARE(folder.backups().mid(5), made.mid(5)); // the three of one millisecond, in order
        for (const QString& backup : made)
            QVERIFY2(QFileInfo(backup).size() > 0, qPrintable(backup));
    }

    void upgradesKeepAtMostTenBackups()
    {
        for (int round = 0; round < 12; ++round) {
            for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(journal() + suffix);
            QVERIFY(createJournal(journal(), 1));
            Database database(journal());
            QVERIFY(database.open());
        }
        QCOMPARE(BackupFolder(journal()).backups().size(), 10);

        // A copy a crash cut short (as large as the journal) goes with the next backup.
        const QString cutShort =
            QDir(BackupFolder(journal()).path())
                .filePath(QStringLiteral("journal-v0001-20240101-000000000.sqlite3.partial"));
        QFile partial(cutShort);
        QVERIFY(partial.open(QIODevice::WriteOnly));
        partial.write(QByteArray(4096, 'p'));
        partial.close();
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(journal() + suffix);
        QVERIFY(createJournal(journal(), 1));
        QVERIFY(Database(journal()).open());
        QVERIFY(!QFile::exists(cutShort));
        QCOMPARE(BackupFolder(journal()).backups().size(), 10);
    }

    void restoreBringsBackTheBackupAndKeepsTheReplacedFile()
    {
        Database database(journal());
        QVERIFY(database.open());
        StorageError error;
        const qint64 userId =
            UserRepository(database.connection()).insert(sampleUser(QStringLiteral("ed")), &error);
        QVERIFY(insertRow(database.connection(), userId, "before the backup", 1, &error) > 0);
        const QString backupFile = m_dir.filePath(QStringLiteral("manual.sqlite3"));
        QVERIFY(!database.backupTo(backupFile).isError());
        QVERIFY(database.backupTo(backupFile).isError()); // never overwrites a file
        QVERIFY(insertRow(database.connection(), userId, "after the backup", 2, &error) > 0);

        // While the journal is open, restoring is refused by the lock.
        QCOMPARE(Database::restore(journal(), backupFile).code, StorageError::Code::Locked);
        database.close();
        QVERIFY(!Database::restore(journal(), backupFile).isError());

        QVERIFY(database.open());
        QCOMPARE(PostRepository(database.connection()).countForUser(userId), 1);
        const QStringList replaced =
            QDir(BackupFolder(journal()).path()).entryList({QStringLiteral("*-replaced-*.sqlite3")});
        QCOMPARE(replaced.size(), 1);
        // The replaced journal, kept, holds a post the backup does not: its id is not given again.
        QSqlQuery query(database.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT last FROM post_ids")) && query.next());
        QCOMPARE(query.value(0).toInt(), 2);
    }

    void restoreRefusesAFileThatIsNoBackup()
    {
        QVERIFY(createJournal(journal(), latestVersion()));
        insertRowsForVersion(journal(), latestVersion());
        const QByteArray before = fileSha256(journal());
        const QString bogus = m_dir.filePath(QStringLiteral("bogus.sqlite3"));
        QFile file(bogus);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a backup");
        file.close();
        const StorageError error = Database::restore(journal(), bogus);
        QCOMPARE(error.code, StorageError::Code::BackupFailed);
        QVERIFY(error.message.contains(QStringLiteral("not a usable Soliloquy backup")));
        QCOMPARE(fileSha256(journal()), before);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
