#include "TestSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QTest>

namespace TestSupport {

QString binaryDirectory()
{
    const QString fromEnvironment = qEnvironmentVariable("SOLILOQUY_BIN_DIR");
    return fromEnvironment.isEmpty() ? QCoreApplication::applicationDirPath() : fromEnvironment;
}

void keepSettingsIn(const QString& folder, const QString& testName)
{
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, folder);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, folder);
    QCoreApplication::setOrganizationName(QStringLiteral("soliloquy-tests"));
    QCoreApplication::setApplicationName(testName);
}

bool startSoliloquy(QProcess& process, const QStringList& arguments, const QByteArray& input,
                    const QProcessEnvironment& extraEnvironment)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // Command-line verbs must work where there is no display at all.
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    environment.remove(QStringLiteral("SOLILOQUY_DATABASE"));
    for (const QString& key : extraEnvironment.keys())
        environment.insert(key, extraEnvironment.value(key));

    process.setProcessEnvironment(environment);
    process.start(QDir(binaryDirectory()).filePath(QStringLiteral("soliloquy")), arguments);
    if (!process.waitForStarted(10000))
        return false;
    process.write(input);
    process.closeWriteChannel();
    return true;
}

ProcessResult runSoliloquy(const QStringList& arguments, const QByteArray& input,
                           const QProcessEnvironment& extraEnvironment)
{
    QProcess process;
    if (!startSoliloquy(process, arguments, input, extraEnvironment))
        return {};
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    ProcessResult result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.standardOutput = QString::fromUtf8(process.readAllStandardOutput());
    result.standardError = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace TestSupport

#include "storage/Database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

namespace TestSupport {

namespace {

// A uniquely named plain connection, removed when it goes out of scope.
class PlainConnection
{
public:
    explicit PlainConnection(const QString& path)
        : m_name(QStringLiteral("test-plain-%1").arg(++s_counter))
    {
        m_database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_database.setDatabaseName(path);
        m_database.open();
    }
    ~PlainConnection()
    {
        m_database.close();
        m_database = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase& database() { return m_database; }

private:
    static inline int s_counter = 0;
    QString m_name;
    QSqlDatabase m_database;
};

} // namespace

QList<Migration> bundledUpTo(int version)
{
    QList<Migration> migrations;
    for (const Migration& migration : Migration::bundled()) {
        if (migration.version <= version)
            migrations << migration;
    }
    return migrations;
}

bool createJournal(const QString& path, int version)
{
    Database database(path);
    Database::Options options;
    options.migrations = bundledUpTo(version);
    return database.open(options) && database.schemaVersion() == version;
}

bool execSql(const QString& path, const QStringList& statements)
{
    PlainConnection connection(path);
    QSqlQuery query(connection.database());
    for (const QString& statement : statements) {
        if (!query.exec(statement)) {
            qWarning() << statement << query.lastError().text();
            return false;
        }
    }
    return true;
}

QVariant queryValue(const QString& path, const QString& sql)
{
    PlainConnection connection(path);
    QSqlQuery query(connection.database());
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

QByteArray fileSha256(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

bool damageLastPages(const QString& path, int pages)
{
    constexpr qint64 PageSize = 4096;
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || file.size() < (pages + 2) * PageSize)
        return false;
    return file.seek(file.size() - pages * PageSize) &&
           file.write(QByteArray(int(pages * PageSize), '\x5a')) > 0;
}

UserRecord sampleUser(const QString& username)
{
    UserRecord user;
    user.username = username;
    user.email = username + QStringLiteral("@example.org");
    user.passwordHash = QStringLiteral("$argon2id$v=19$m=65536,t=3,p=1$c2FsdA$aGFzaA");
    user.keySalt = QByteArray(16, 's');
    user.wrappedKeyPassword = QByteArray(61, 'p');
    user.wrappedKeyRecovery = QByteArray(61, 'r');
    user.createdAt = 1764000000000;
    return user;
}

} // namespace TestSupport

#include "core/PostLedger.h"
#include "crypto/PasswordHasher.h"

void TestSupport::useFastKeyDerivation()
{
    PasswordHasher::setParametersForTesting({1024, 1, 1});
}

#include "core/Session.h"

bool TestSupport::seedPosts(QSqlDatabase database, const Session& session, int count, qint64 firstAt,
                            qint64 stepMs, const std::function<QString(int)>& textOf)
{
    // One transaction for all, so that thousands of posts take a moment and not minutes of fsyncs.
    if (!database.transaction())
        return false;
    QSqlQuery query(database);
    query.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM posts"));
    qint64 id = query.next() ? query.value(0).toLongLong() : 0;
    query.prepare(QStringLiteral("INSERT INTO posts (id, user_id, body, created_at) VALUES (?, ?, ?, ?)"));
    for (int i = 0; i < count; ++i) {
        ++id;
        query.addBindValue(id);
        query.addBindValue(session.userId());
        query.addBindValue(session.sealPost(id, textOf ? textOf(i) : QStringLiteral("post %1").arg(i)));
        query.addBindValue(firstAt + i * stepMs);
        if (!query.exec()) {
            qWarning() << query.lastError().text();
            database.rollback();
            return false;
        }
    }
    // Seeded as the app writes: with the record of posts kept current (see PostLedger).
    QSqlError error;
    if (!PostLedger(database, session).rebuild(&error)) {
        qWarning() << error.text();
        database.rollback();
        return false;
    }
    return database.commit();
}
