#include "JournalInspector.h"

#include "Migrator.h"
#include "ReadOnlyConnection.h"
#include "SqliteErrors.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QObject>
#include <QSqlError>
#include <QSqlQuery>

namespace {

bool hasSqliteHeader(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
}

StorageError queryError(const QSqlQuery& query)
{
    return SqliteErrors::toStorageError(
        query.lastError(),
        QCoreApplication::translate("JournalInspector", "Soliloquy could not read the journal file: %1")
            .arg(query.lastError().text()));
}

// The inspection; pending is every migration until the file is known to hold fewer.
JournalInspection inspectFile(const QString& path, const QList<Migration>& migrations,
                              JournalInspector::Depth depth)
{
    JournalInspection result;
    result.latestVersion = migrations.isEmpty() ? 0 : migrations.constLast().version;
    result.pending = migrations;
    const QFileInfo info(path);
    result.exists = info.exists();
    if (!result.exists || info.size() == 0)
        return result;
    if (!hasSqliteHeader(path)) {
        result.error = {
            StorageError::Code::NotSqlite,
            QCoreApplication::translate("JournalInspector",
                                        "%1 is not a Soliloquy journal (it is not an SQLite database). "
                                        "The file was left untouched.")
                .arg(path)};
        return result;
    }

    ReadOnlyConnection connection(path);
    if (!connection.isOpen()) {
        result.error = {StorageError::Code::CannotOpen,
                        QCoreApplication::translate("JournalInspector", "Soliloquy could not open %1: %2")
                            .arg(path, connection.database().lastError().text())};
        return result;
    }
    QSqlQuery query(connection.database());
    if (!query.exec(QStringLiteral("SELECT (SELECT application_id FROM pragma_application_id), "
                                   "(SELECT user_version FROM pragma_user_version), "
                                   "(SELECT count(*) FROM sqlite_schema)")) ||
        !query.next()) {
        result.error = queryError(query);
        return result;
    }
    const int applicationId = query.value(0).toInt();
    result.version = query.value(1).toInt();
    result.holdsSchema = applicationId != 0 || result.version != 0 || query.value(2).toInt() != 0;
    query.finish();
    if (!result.holdsSchema)
        return result;

    if (applicationId != Migrator::ApplicationId) {
        result.error = {StorageError::Code::ForeignApplication,
                        QCoreApplication::translate("JournalInspector",
                                                    "%1 belongs to another application, not Soliloquy. "
                                                    "The file was left untouched.")
                            .arg(path)};
        return result;
    }
    if (result.version > result.latestVersion) {
        result.error = {StorageError::Code::NewerVersion,
                        QCoreApplication::translate(
                            "JournalInspector",
                            "This journal was written by a newer version of Soliloquy (schema version %1; "
                            "this version knows up to %2). Update Soliloquy to open it. "
                            "The file was left untouched.")
                            .arg(result.version)
                            .arg(result.latestVersion)};
        return result;
    }
    if (depth == JournalInspector::Depth::QuickCheck) {
        if (!query.exec(QStringLiteral("PRAGMA quick_check"))) {
            result.error = queryError(query);
            return result;
        }
        if (!query.next() || query.value(0).toString() != QLatin1String("ok")) {
            result.error = {StorageError::Code::Corrupt,
                            QCoreApplication::translate(
                                "JournalInspector", "The journal file %1 is damaged. It was left untouched; "
                                                    "restore it from a backup.")
                                .arg(path)};
            return result;
        }
        query.finish();
    }
    const Migrator migrator(connection.database(), migrations);
    result.error = migrator.verifyChecksums();
    result.pending = migrator.pending();
    return result;
}

} // namespace

namespace JournalInspector {

JournalInspection inspect(const QString& path, const QList<Migration>& migrations, Depth depth)
{
    JournalInspection result = inspectFile(path, migrations, depth);
    // A file that cannot be read, or is newer, has no steps this version could apply.
    if (result.error.isError())
        result.pending.clear();
    return result;
}

QStringList problems(const QString& path, StorageError* error)
{
    QStringList found;
    ReadOnlyConnection connection(path);
    QSqlQuery query(connection.database());
    if (!connection.isOpen() || !query.exec(QStringLiteral("PRAGMA quick_check"))) {
        *error = queryError(query);
        return found;
    }
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != QLatin1String("ok"))
            found << line;
    }
    if (!query.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        *error = queryError(query);
        return found;
    }
    while (query.next()) {
        found << QCoreApplication::translate("JournalInspector",
                                             "row %1 of table %2 refers to a missing row in table %3")
                     .arg(query.value(1).toString(), query.value(0).toString(), query.value(2).toString());
    }
    return found;
}

} // namespace JournalInspector
