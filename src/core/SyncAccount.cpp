#include "SyncAccount.h"

#include "crypto/Sealer.h"
#include "storage/UserRepository.h"

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

// Stamps go beyond what a JSON number keeps exactly: they are written as text.
QString stampText(quint64 stamp)
{
    return QString::number(stamp);
}

quint64 stampOf(const QJsonValue& value)
{
    return value.toString().toULongLong();
}

// The parts of an account that are the same on every computer, as JSON.
QJsonObject accountFields(const UserRecord& user)
{
    return {
        {QStringLiteral("email"), user.email},
        {QStringLiteral("password_parameters"), user.passwordHash},
        {QStringLiteral("key_salt"), base64(user.keySalt)},
        {QStringLiteral("wrapped_key_password"), base64(user.wrappedKeyPassword)},
        {QStringLiteral("wrapped_key_recovery"), base64(user.wrappedKeyRecovery)},
        {QStringLiteral("import_key_base"), base64(user.importKeyBase)},
        {QStringLiteral("avatar"), base64(user.avatar)},
        {QStringLiteral("created_at"), user.createdAt},
    };
}

void readAccountFields(const QJsonObject& fields, UserRecord* user)
{
    user->email = fields.value(QStringLiteral("email")).toString();
    user->passwordHash = fields.value(QStringLiteral("password_parameters")).toString();
    user->keySalt = fromBase64(fields.value(QStringLiteral("key_salt")));
    user->wrappedKeyPassword = fromBase64(fields.value(QStringLiteral("wrapped_key_password")));
    user->wrappedKeyRecovery = fromBase64(fields.value(QStringLiteral("wrapped_key_recovery")));
    user->importKeyBase = fromBase64(fields.value(QStringLiteral("import_key_base")));
    user->avatar = fromBase64(fields.value(QStringLiteral("avatar")));
    user->createdAt = fields.value(QStringLiteral("created_at")).toInteger();
}

bool sameAccount(const UserRecord& one, const UserRecord& other)
{
    return accountFields(one) == accountFields(other);
}

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
                        const UserRecord& user, quint64 changedAt, const Session& session, QString* error)
{
    const QString path = accountPath(folder, computerId);
    const QByteArray profile =
        QJsonDocument(QJsonObject{{QStringLiteral("username"), user.username},
                                  {QStringLiteral("email"), user.email},
                                  {QStringLiteral("computer"), QString::fromLatin1(computerId.toHex())},
                                  {QStringLiteral("computer_name"), computerName},
                                  {QStringLiteral("changed_at"), stampText(changedAt)},
                                  {QStringLiteral("account"), accountFields(user)}})
            .toJson(QJsonDocument::Compact);
    QJsonObject account = accountFields(user);
    account.remove(QStringLiteral("email"));
    account.insert(QStringLiteral("soliloquy_account"), 1);
    account.insert(QStringLiteral("id"), user.id);
    account.insert(QStringLiteral("changed_at"), stampText(changedAt));
    account.insert(QStringLiteral("profile"),
                   base64(Sealer::seal(session.dataKey(), profile, Session::syncContext(ProfileContext))));
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
    // The keys as last changed: a password changed on one computer opens the account on all.
    const QJsonObject* account = &files.first();
    for (const QJsonObject& file : files) {
        if (stampOf(file.value(QStringLiteral("changed_at"))) >
            stampOf(account->value(QStringLiteral("changed_at"))))
            account = &file;
    }
    UserRecord user;
    readAccountFields(*account, &user);
    user.email.clear();
    user.id = account->value(QStringLiteral("id")).toInteger();
    if (user.id <= 0 || user.keySalt.isEmpty() || user.wrappedKeyPassword.isEmpty()) {
        *error = tr("The account in %1 is damaged.").arg(QDir::toNativeSeparators(folder.path()));
        return std::nullopt;
    }
    return user;
}

QList<SyncAccount::Profile> SyncAccount::profiles(const SyncFolder& folder, const Session& session)
{
    QList<Profile> opened;
    const QList<QJsonObject> files = accountFiles(folder);
    for (const QJsonObject& file : files) {
        const std::optional<QByteArray> sealed =
            Sealer::open(session.dataKey(), fromBase64(file.value(QStringLiteral("profile"))),
                         Session::syncContext(ProfileContext));
        if (!sealed)
            continue;
        const QJsonObject fields = QJsonDocument::fromJson(*sealed).object();
        Profile profile;
        profile.computerId =
            QByteArray::fromHex(fields.value(QStringLiteral("computer")).toString().toLatin1());
        profile.computerName = fields.value(QStringLiteral("computer_name")).toString();
        profile.changedAt = stampOf(fields.value(QStringLiteral("changed_at")));
        profile.hasAccount = fields.value(QStringLiteral("account")).isObject();
        readAccountFields(fields.value(QStringLiteral("account")).toObject(), &profile.account);
        profile.account.id = session.userId();
        profile.account.username = fields.value(QStringLiteral("username")).toString();
        profile.account.email = fields.value(QStringLiteral("email")).toString();
        opened.append(profile);
    }
    return opened;
}

bool SyncAccount::openProfile(const SyncFolder& folder, const Session& session, UserRecord* user)
{
    const QList<Profile> opened = profiles(folder, session);
    if (opened.isEmpty())
        return false;
    const Profile* newest = &opened.first();
    for (const Profile& profile : opened) {
        if (profile.changedAt > newest->changedAt)
            newest = &profile;
    }
    user->username = newest->account.username;
    user->email = newest->account.email;
    return true;
}

QMap<QByteArray, QString> SyncAccount::computers(const SyncFolder& folder, const Session& session)
{
    QMap<QByteArray, QString> names;
    const QList<Profile> opened = profiles(folder, session);
    for (const Profile& profile : opened)
        names.insert(profile.computerId, profile.computerName);
    return names;
}

bool SyncAccount::keepInStep(QSqlDatabase database, const SyncFolder& folder, const QByteArray& computerId,
                             const QString& computerName, HybridLogicalClock& clock, const Session& session,
                             bool* taken, QString* error)
{
    *taken = false;
    UserRepository users(database);
    std::optional<UserRecord> user = users.findById(session.userId());
    if (!user)
        return true;
    const QList<Profile> opened = profiles(folder, session);
    const Profile* own = nullptr;
    const Profile* newest = nullptr;
    for (const Profile& profile : opened) {
        clock.observe(profile.changedAt);
        if (profile.computerId == computerId)
            own = &profile;
        else if (profile.hasAccount &&
                 (!newest || profile.changedAt > newest->changedAt ||
                  (profile.changedAt == newest->changedAt && profile.computerId > newest->computerId)))
            newest = &profile;
    }
    const quint64 ownChangedAt = own ? own->changedAt : 0;
    // Changed later on another computer: the journal takes the account as it is there.
    if (newest && newest->changedAt > ownChangedAt && !sameAccount(newest->account, *user)) {
        UserRecord changed = newest->account;
        changed.id = user->id;
        changed.username = user->username;
        if (StorageError stored; !users.update(changed, &stored)) {
            *error = stored.message;
            return false;
        }
        *user = changed;
        *taken = true;
    }
    quint64 changedAt = ownChangedAt;
    if ((own && own->hasAccount && !sameAccount(own->account, *user)) || (!own && *taken))
        changedAt = clock.now();
    if (own && own->hasAccount && changedAt == ownChangedAt && own->computerName == computerName &&
        own->account.username == user->username)
        return true; // the file says it all already
    return write(folder, computerId, computerName, *user, changedAt, session, error);
}
