#include "SyncAccount.h"

#include "crypto/Sealer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace {

constexpr qint64 MaxAccountFileBytes = qint64(64) * 1024;

QString accountPath(const SyncFolder& folder, const QByteArray& computerId)
{
    return QFileInfo(folder.pathOf(computerId, SyncFile::Kind::Changes, 0))
        .dir()
        .filePath(QStringLiteral("account.json"));
}

QString base64(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

QByteArray fromBase64(const QJsonValue& value)
{
    return QByteArray::fromBase64(value.toString().toLatin1());
}

const QByteArray ProfileContext = QByteArrayLiteral("account profile");

// The account files of a folder, oldest first.
QList<QJsonObject> accountFiles(const SyncFolder& folder)
{
    QList<QJsonObject> found;
    const QDir computers(QDir(folder.path()).filePath(QStringLiteral("computers")));
    const QStringList names =
        computers.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Time | QDir::Reversed);
    for (const QString& name : names) {
        QFile file(QDir(computers.filePath(name)).filePath(QStringLiteral("account.json")));
        if (!file.open(QIODevice::ReadOnly) || file.size() > MaxAccountFileBytes)
            continue;
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
        if (document.isObject() && document.object().value(QStringLiteral("soliloquy_account")).toInt() == 1)
            found.append(document.object());
    }
    return found;
}

} // namespace

bool SyncAccount::write(const SyncFolder& folder, const QByteArray& computerId, const QString& computerName,
                        const UserRecord& user, const Session& session, QString* error)
{
    const QString path = accountPath(folder, computerId);
    if (QFileInfo::exists(path))
        return true;
    const QByteArray profile =
        QJsonDocument(QJsonObject{{QStringLiteral("username"), user.username},
                                  {QStringLiteral("email"), user.email},
                                  {QStringLiteral("computer"), QString::fromLatin1(computerId.toHex())},
                                  {QStringLiteral("computer_name"), computerName}})
            .toJson(QJsonDocument::Compact);
    const QJsonObject account{
        {QStringLiteral("soliloquy_account"), 1},
        {QStringLiteral("id"), user.id},
        {QStringLiteral("password_parameters"), user.passwordHash},
        {QStringLiteral("key_salt"), base64(user.keySalt)},
        {QStringLiteral("wrapped_key_password"), base64(user.wrappedKeyPassword)},
        {QStringLiteral("wrapped_key_recovery"), base64(user.wrappedKeyRecovery)},
        {QStringLiteral("import_key_base"), base64(user.importKeyBase)},
        {QStringLiteral("avatar"), base64(user.avatar)},
        {QStringLiteral("created_at"), user.createdAt},
        {QStringLiteral("profile"),
         base64(Sealer::seal(session.dataKey(), profile, Session::syncContext(ProfileContext)))},
    };
    if (!QDir().mkpath(QFileInfo(path).path())) {
        *error = tr("The sync folder %1 cannot be written to.").arg(QDir::toNativeSeparators(folder.path()));
        return false;
    }
    QSaveFile file(path);
    const QByteArray bytes = QJsonDocument(account).toJson();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = tr("Soliloquy could not write to the sync folder %1: %2")
                     .arg(QDir::toNativeSeparators(folder.path()), file.errorString());
        return false;
    }
    return true;
}

std::optional<UserRecord> SyncAccount::find(const SyncFolder& folder, QString* error)
{
    const QList<QJsonObject> files = accountFiles(folder);
    if (files.isEmpty()) {
        *error = tr("The folder %1 holds no journal to join.").arg(QDir::toNativeSeparators(folder.path()));
        return std::nullopt;
    }
    // The first computer's: every computer of the account writes the same keys.
    const QJsonObject& account = files.first();
    UserRecord user;
    user.id = account.value(QStringLiteral("id")).toInteger();
    user.passwordHash = account.value(QStringLiteral("password_parameters")).toString();
    user.keySalt = fromBase64(account.value(QStringLiteral("key_salt")));
    user.wrappedKeyPassword = fromBase64(account.value(QStringLiteral("wrapped_key_password")));
    user.wrappedKeyRecovery = fromBase64(account.value(QStringLiteral("wrapped_key_recovery")));
    user.importKeyBase = fromBase64(account.value(QStringLiteral("import_key_base")));
    user.avatar = fromBase64(account.value(QStringLiteral("avatar")));
    user.createdAt = account.value(QStringLiteral("created_at")).toInteger();
    if (user.id <= 0 || user.keySalt.isEmpty() || user.wrappedKeyPassword.isEmpty()) {
        *error = tr("The account in %1 is damaged.").arg(QDir::toNativeSeparators(folder.path()));
        return std::nullopt;
    }
    return user;
}

namespace {

// The sealed profiles of the folder's account files that open with the session's key.
QList<QJsonObject> openedProfiles(const SyncFolder& folder, const Session& session)
{
    QList<QJsonObject> opened;
    const QList<QJsonObject> files = accountFiles(folder);
    for (const QJsonObject& account : files) {
        const std::optional<QByteArray> profile =
            Sealer::open(session.dataKey(), fromBase64(account.value(QStringLiteral("profile"))),
                         Session::syncContext(ProfileContext));
        if (profile)
            opened.append(QJsonDocument::fromJson(*profile).object());
    }
    return opened;
}

} // namespace

bool SyncAccount::openProfile(const SyncFolder& folder, const Session& session, UserRecord* user)
{
    const QList<QJsonObject> profiles = openedProfiles(folder, session);
    if (profiles.isEmpty())
        return false;
    user->username = profiles.first().value(QStringLiteral("username")).toString();
    user->email = profiles.first().value(QStringLiteral("email")).toString();
    return true;
}

QMap<QByteArray, QString> SyncAccount::computers(const SyncFolder& folder, const Session& session)
{
    QMap<QByteArray, QString> names;
    const QList<QJsonObject> profiles = openedProfiles(folder, session);
    for (const QJsonObject& fields : profiles)
        names.insert(QByteArray::fromHex(fields.value(QStringLiteral("computer")).toString().toLatin1()),
                     fields.value(QStringLiteral("computer_name")).toString());
    return names;
}
