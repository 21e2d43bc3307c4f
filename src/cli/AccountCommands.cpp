#include "AccountCommands.h"

#include "DamageReport.h"
#include "PasswordPrompt.h"
#include "RestoreHint.h"

#include "core/AccountService.h"
#include "core/Journal.h"
#include "core/KeyRotation.h"
#include "core/PostLedger.h"
#include "core/SearchIndex.h"
#include "core/SearchQuery.h"
#include "core/SyncRound.h"
#include "crypto/SecretText.h"
#include "pictures/PictureFile.h"
#include "storage/Database.h"
#include "storage/SyncState.h"
#include "storage/UserRepository.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>

#include <algorithm>
#include <cstdio>
#include <functional>

namespace {

const QCommandLineOption usernameOption(QStringLiteral("username"), QStringLiteral("The account."),
                                        QStringLiteral("NAME"));
const QCommandLineOption emailOption(QStringLiteral("email"), QStringLiteral("The account's email."),
                                     QStringLiteral("EMAIL"));
const QCommandLineOption
    passwordStdinOption(QStringLiteral("password-stdin"),
                        QStringLiteral("Read the password from the first line of stdin."));

int fail(QTextStream& err, const QString& message, int status = 1)
{
    err << "soliloquy: " << message << "\n";
    return status;
}

bool parse(QCommandLineParser& parser, const QString& verb, const QStringList& arguments, QTextStream& err)
{
    parser.addOption(usernameOption);
    parser.addOption(passwordStdinOption);
    if (!parser.parse(QStringList{verb} + arguments)) {
        fail(err, parser.errorText(), 2);
        return false;
    }
    if (parser.value(usernameOption).isEmpty()) {
        fail(err, QStringLiteral("%1 needs --username NAME").arg(verb), 2);
        return false;
    }
    return true;
}

bool readPassword(const QCommandLineParser& parser, const QString& prompt, QString* password)
{
    if (parser.isSet(passwordStdinOption))
        return PasswordPrompt::readLine(stdin, password);
    return PasswordPrompt::readFromTerminal(prompt, password);
}

const QString noPasswordMessage =
    QStringLiteral("no password given (type it at the terminal, or use --password-stdin)");

// Opens the journal (by default alone, as changing keys needs) and unlocks the account;
// on failure prints why and returns nothing.
std::unique_ptr<Session> unlock(Database& database, const QCommandLineParser& parser, const QString& password,
                                QTextStream& err, const Database::Options& options = Database::Options())
{
    if (!database.open(options)) {
        fail(err, RestoreHint::explain(database.error(), database.path()));
        return nullptr;
    }
    AccountService::Outcome outcome =
        AccountService(database.connection()).login(parser.value(usernameOption), password);
    if (!outcome.session)
        fail(err, outcome.error);
    return std::move(outcome.session);
}

// The start of a verb that takes no text: parses it, reads the password and unlocks the
// account. On failure prints why, sets the exit status and returns nothing.
std::unique_ptr<Session> unlockForVerb(Database& database, QCommandLineParser& parser, const QString& verb,
                                       const QStringList& arguments, SecretText& password, QTextStream& err,
                                       int* status, const Database::Options& options = Database::Options())
{
    *status = 2;
    if (!parse(parser, verb, arguments, err))
        return nullptr;
    if (!parser.positionalArguments().isEmpty()) {
        fail(err, QStringLiteral("%1 takes no text").arg(verb));
        return nullptr;
    }
    *status = 1;
    if (!readPassword(parser, QStringLiteral("Password: "), &password.text())) {
        fail(err, noPasswordMessage);
        return nullptr;
    }
    return unlock(database, parser, password.text(), err, options);
}

// The post's text: the words given, else standard input (which --password-stdin already
// reads from). Returns 0, or the exit status after saying why not.
int readText(const QCommandLineParser& parser, const QStringList& words, QString* text, QTextStream& err)
{
    *text = words.join(QLatin1Char(' '));
    if (text->isEmpty()) {
        if (parser.isSet(passwordStdinOption))
            return fail(err, QStringLiteral("with --password-stdin, give the text as arguments"), 2);
        QFile input;
        if (!input.open(stdin, QIODevice::ReadOnly))
            return fail(err, QStringLiteral("could not read the text from stdin"));
        *text = QString::fromUtf8(input.readAll());
    }
    if (const QString problem = Journal::problemWith(*text); !problem.isEmpty())
        return fail(err, problem);
    return 0;
}

// The post id that `verb` names first, as the JSON export and search --json print it; 0
// after saying why when there is none.
qint64 postIdArgument(const QCommandLineParser& parser, const QString& verb, QTextStream& err)
{
    bool isNumber = false;
    const qint64 id = parser.positionalArguments().value(0).toLongLong(&isNumber);
    if (!isNumber || id <= 0) {
        fail(err,
             QStringLiteral("%1 needs the post's id first (a number, as `soliloquy search --json` and the "
                            "JSON export show it)")
                 .arg(verb),
             2);
        return 0;
    }
    return id;
}

// Opens the journal beside the window, unlocks the account and makes `change` to post `id`;
// returns 0, or the exit status after saying why not.
int changePost(const QString& databasePath, const QCommandLineParser& parser, const SecretText& password,
               qint64 id, QTextStream& err, const std::function<bool(Journal&, StorageError*)>& change)
{
    Database database(databasePath);
    const std::unique_ptr<Session> session =
        unlock(database, parser, password.text(), err, Database::Options::besideTheWindow());
    if (!session)
        return 1;
    Journal journal(database.connection(), *session);
    if (StorageError error; !change(journal, &error))
        return fail(err, QStringLiteral("post %1: %2").arg(id).arg(error.message));
    return 0;
}

} // namespace

namespace AccountCommands {

int registerAccount(const QString& databasePath, const QStringList& arguments, QTextStream& out,
                    QTextStream& err)
{
    QCommandLineParser parser;
    parser.addOption(emailOption);
    if (!parse(parser, QStringLiteral("register"), arguments, err))
        return 2;
    if (!parser.positionalArguments().isEmpty())
        return fail(err, QStringLiteral("register takes no text"), 2);
    SecretText password;
    if (!readPassword(parser, QStringLiteral("New password: "), &password.text()))
        return fail(err, noPasswordMessage);
    if (!parser.isSet(passwordStdinOption)) {
        SecretText confirmation;
        if (!PasswordPrompt::readFromTerminal(QStringLiteral("Confirm password: "), &confirmation.text()) ||
            confirmation.text() != password.text())
            return fail(err, QStringLiteral("the passwords do not match"));
    }
    Database database(databasePath);
    if (!database.open())
        return fail(err, RestoreHint::explain(database.error(), databasePath));
    AccountService accounts(database.connection());
    const AccountService::Outcome outcome =
        accounts.registerAccount(parser.value(usernameOption), parser.value(emailOption), password.text());
    if (!outcome.session)
        return fail(err, outcome.error);
    out << "Registered " << outcome.session->username()
        << ". Recovery key (shown only now, keep it safe): " << outcome.recoveryKey << "\n";
    return 0;
}

int write(const QString& databasePath, const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    const QCommandLineOption attachOption(QStringLiteral("attach"),
                                          QStringLiteral("Add the picture in FILE (may be given again)."),
                                          QStringLiteral("FILE"));
    parser.addOption(attachOption);
    if (!parse(parser, QStringLiteral("write"), arguments, err))
        return 2;
    // Every file is checked before anything else: one that is refused stops the post.
    const QStringList files = parser.values(attachOption);
    if (files.size() > Journal::MaxPicturesPerPost)
        return fail(err, QStringLiteral("A post may have %1 pictures at most. Nothing was posted.")
                             .arg(Journal::MaxPicturesPerPost));
    QList<NewPicture> pictures;
    for (const QString& file : files) {
        const PictureFile picture = PictureFile::fromFile(file);
        if (!picture.isValid())
            return fail(err, QStringLiteral("%1 Nothing was posted.").arg(picture.error()));
        pictures << picture.toNewPicture();
    }
    SecretText password;
    if (!readPassword(parser, QStringLiteral("Password: "), &password.text()))
        return fail(err, noPasswordMessage);
    QString text;
    // With pictures the text is optional: only the words given are taken.
    if (pictures.isEmpty()) {
        if (const int status = readText(parser, parser.positionalArguments(), &text, err); status != 0)
            return status;
    } else {
        text = parser.positionalArguments().join(QLatin1Char(' '));
        if (const QString problem = Journal::problemWith(text, pictures.size()); !problem.isEmpty())
            return fail(err, problem);
    }

    Database database(databasePath);
    const std::unique_ptr<Session> session =
        unlock(database, parser, password.text(), err, Database::Options::besideTheWindow());
    if (!session)
        return 1;
    StorageError error;
    Journal journal(database.connection(), *session);
    const std::optional<Post> post = journal.send(text, pictures, &error);
    if (!post)
        return fail(err, error.message);
    out << "Saved post " << post->id << " (" << text.size() << " characters";
    if (!pictures.isEmpty())
        out << ", " << pictures.size() << (pictures.size() == 1 ? " picture" : " pictures");
    out << ").\n";
    return 0;
}

int editPost(const QString& databasePath, const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    if (!parse(parser, QStringLiteral("edit"), arguments, err))
        return 2;
    const qint64 id = postIdArgument(parser, QStringLiteral("edit"), err);
    if (id == 0)
        return 2;
    SecretText password;
    if (!readPassword(parser, QStringLiteral("Password: "), &password.text()))
        return fail(err, noPasswordMessage);
    QString text;
    if (const int status = readText(parser, parser.positionalArguments().mid(1), &text, err); status != 0)
        return status;

    const int status =
        changePost(databasePath, parser, password, id, err,
                   [&](Journal& journal, StorageError* error) { return journal.edit(id, text, error); });
    if (status != 0)
        return status;
    out << "Changed post " << id << " (" << text.size() << " characters).\n";
    return 0;
}

int deletePost(const QString& databasePath, const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    if (!parse(parser, QStringLiteral("delete"), arguments, err))
        return 2;
    const qint64 id = postIdArgument(parser, QStringLiteral("delete"), err);
    if (id == 0)
        return 2;
    if (parser.positionalArguments().size() > 1)
        return fail(err, QStringLiteral("delete takes one post id"), 2);
    SecretText password;
    if (!readPassword(parser, QStringLiteral("Password: "), &password.text()))
        return fail(err, noPasswordMessage);

    const int status =
        changePost(databasePath, parser, password, id, err,
                   [&](Journal& journal, StorageError* error) { return journal.remove(id, error); });
    if (status != 0)
        return status;
    out << "Deleted post " << id << ".\n";
    return 0;
}

int search(const QString& databasePath, const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    const QCommandLineOption limitOption(QStringLiteral("limit"), QStringLiteral("Print at most N posts."),
                                         QStringLiteral("N"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QStringLiteral("One JSON object a line: id, time, text."));
    const QCommandLineOption oldestFirstOption(QStringLiteral("oldest-first"),
                                               QStringLiteral("Print the oldest posts first."));
    parser.addOption(limitOption);
    parser.addOption(jsonOption);
    parser.addOption(oldestFirstOption);
    // After the first word everything is the query, so that "-word" leaves posts out.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    if (!parse(parser, QStringLiteral("search"), arguments, err))
        return 2;
    const QString query = parser.positionalArguments().join(QLatin1Char(' '));
    const SearchQuery parsed = SearchQuery::parse(query);
    if (!parsed.badDate.isEmpty())
        return fail(err, QStringLiteral("%1 is not a date (write it as 2024-01-31)").arg(parsed.badDate), 2);
    if (parsed.isEmpty())
        return fail(err, QStringLiteral("search needs the words to look for"), 2);
    bool limitIsNumber = true;
    const qsizetype limit =
        parser.isSet(limitOption) ? parser.value(limitOption).toLongLong(&limitIsNumber) : -1;
    if (!limitIsNumber || (parser.isSet(limitOption) && limit < 1))
        return fail(err, QStringLiteral("--limit needs a whole number of 1 or more"), 2);
    SecretText password;
    if (!readPassword(parser, QStringLiteral("Password: "), &password.text()))
        return fail(err, noPasswordMessage);
    Database database(databasePath);
    const std::unique_ptr<Session> session =
        unlock(database, parser, password.text(), err, Database::Options::besideTheWindow());
    if (!session)
        return 1;
    // The index is built in memory for this one search and is gone when the command ends.
    SearchIndex index;
    index.build(databasePath, *session);
    QList<qint64> ids =
        index.matches(query, parser.isSet(oldestFirstOption) ? SearchIndex::Order::OldestFirst
                                                             : SearchIndex::Order::NewestFirst);
    const qsizetype found = ids.size();
    if (limit > 0 && ids.size() > limit)
        ids.resize(limit);
    const bool json = parser.isSet(jsonOption);
    // A page at a time: a whole journal's text is never held twice.
    constexpr qsizetype PageSize = 500;
    for (qsizetype from = 0; from < ids.size(); from += PageSize) {
        for (const SearchHit& hit : index.hits(query, ids.mid(from, PageSize))) {
            const QDateTime when = QDateTime::fromMSecsSinceEpoch(hit.createdAt);
            if (json) {
                const QJsonObject line{{QStringLiteral("id"), hit.postId},
                                       {QStringLiteral("time"), when.toString(Qt::ISODateWithMs)},
                                       {QStringLiteral("text"), hit.text}};
                out << QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact)) << "\n";
            } else {
                out << when.toString(QStringLiteral("yyyy-MM-dd HH:mm")) << "\n" << hit.text << "\n\n";
            }
        }
    }
    if (found == 0)
        err << "No posts found.\n";
    else if (ids.size() < found)
        err << QStringLiteral("%1 post(s) found, %2 printed.").arg(found).arg(ids.size()) << "\n";
    else
        err << QStringLiteral("%1 post(s) found.").arg(found) << "\n";
    return DamageReport::report(err, index.damagedPosts(),
                                PostLedger(database.connection(), *session).check());
}

int checkPosts(const QString& databasePath, const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    SecretText password;
    Database database(databasePath);
    int status = 0;
    const std::unique_ptr<Session> session =
        unlockForVerb(database, parser, QStringLiteral("db check"), arguments, password, err, &status,
                      Database::Options::besideTheWindow());
    if (!session)
        return status;
    // Opening every post, as a search does, finds those that fail authentication.
    SearchIndex index;
    if (!index.build(databasePath, *session))
        return fail(err, QStringLiteral("could not read the posts of %1").arg(session->username()));
    const PostLedger::Check ledger = PostLedger(database.connection(), *session).check();
    status = DamageReport::report(err, index.damagedPosts(), ledger);
    if (status == 0)
        out << "ok: all " << ledger.present << (ledger.present == 1 ? " post" : " posts") << " of "
            << session->username() << " open, and none is missing or changed.\n";
    return status;
}

int recoveryKey(const QString& databasePath, const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    SecretText password;
    Database database(databasePath);
    int status = 0;
    const std::unique_ptr<Session> session =
        unlockForVerb(database, parser, QStringLiteral("recovery-key"), arguments, password, err, &status);
    if (!session)
        return status;
    const AccountService::Outcome issued =
        AccountService(database.connection()).issueRecoveryKey(*session, password.text());
    if (issued.recoveryKey.isEmpty())
        return fail(err, issued.error);
    out << "New recovery key (shown only now, keep it safe; the old one no longer works): "
        << issued.recoveryKey << "\n";
    return 0;
}

int changePassword(const QString& databasePath, const QStringList& arguments, QTextStream& out,
                   QTextStream& err)
{
    QCommandLineParser parser;
    if (!parse(parser, QStringLiteral("password"), arguments, err))
        return 2;
    if (!parser.positionalArguments().isEmpty())
        return fail(err, QStringLiteral("password takes no text"), 2);
    SecretText current;
    SecretText next;
    if (!readPassword(parser, QStringLiteral("Current password: "), &current.text()) ||
        !readPassword(parser, QStringLiteral("New password: "), &next.text()))
        return fail(err, parser.isSet(passwordStdinOption)
                             ? QStringLiteral("give the current and the new password as two lines of stdin")
                             : noPasswordMessage);
    if (!parser.isSet(passwordStdinOption)) {
        SecretText confirmation;
        if (!PasswordPrompt::readFromTerminal(QStringLiteral("Confirm new password: "),
                                              &confirmation.text()) ||
            confirmation.text() != next.text())
            return fail(err, QStringLiteral("the new passwords do not match"));
    }
    Database database(databasePath);
    const std::unique_ptr<Session> session = unlock(database, parser, current.text(), err);
    if (!session)
        return 1;
    // A journal that syncs keeps its key, which the other computers share; the new password
    // comes to them with the account.
    if (SyncState(database.connection()).settings(session->userId())) {
        if (const QString error =
                AccountService(database.connection()).changePassword(*session, current.text(), next.text());
            !error.isEmpty())
            return fail(err, error);
        out << "Password changed. This journal syncs: its key stays as it is, and the new password opens it "
               "on the other computers after their next sync.\n";
        return 0;
    }
    QString error;
    const std::unique_ptr<KeyRotation> rotation =
        AccountService(database.connection()).beginKeyRotation(*session, current.text(), next.text(), &error);
    if (!rotation)
        return fail(err, error);
    err << "Sealing " << rotation->total() << " posts, attachments and drafts under a new key...\n";
    err.flush();
    const AccountService::Outcome outcome = rotation->finish();
    if (!outcome.session)
        return fail(err, outcome.error);
    out << "Password changed; every post is sealed under a new key. New recovery key (shown only now, "
           "keep it safe; the old one no longer works): "
        << outcome.recoveryKey << "\n";
    if (rotation->damaged() > 0) {
        err << "soliloquy: " << rotation->damaged()
            << " post(s) or attachment(s) did not open and were left as they were\n";
        return 3;
    }
    return 0;
}

int sync(const QString& databasePath, const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    const QCommandLineOption folderOption(QStringLiteral("folder"),
                                          QStringLiteral("The folder a sync tool keeps in step."),
                                          QStringLiteral("DIR"));
    const QCommandLineOption computerOption(QStringLiteral("computer-name"),
                                            QStringLiteral("What the other computers call this one."),
                                            QStringLiteral("NAME"), QSysInfo::machineHostName());
    parser.addOption(folderOption);
    parser.addOption(computerOption);
    if (!parse(parser, QStringLiteral("sync"), arguments, err))
        return 2;
    if (!parser.positionalArguments().isEmpty())
        return fail(err, QStringLiteral("sync takes no text"), 2);
    const QString folder =
        parser.isSet(folderOption) ? QDir(parser.value(folderOption)).absolutePath() : QString();
    SecretText password;
    if (!readPassword(parser, QStringLiteral("Password: "), &password.text()))
        return fail(err, noPasswordMessage);
    Database database(databasePath);
    if (!database.open(Database::Options::besideTheWindow()))
        return fail(err, RestoreHint::explain(database.error(), database.path()));
    const QString username = parser.value(usernameOption);
    std::unique_ptr<Session> session;
    QString error;
    if (UserRepository(database.connection()).findByLogin(username)) {
        AccountService::Outcome outcome =
            AccountService(database.connection()).login(username, password.text());
        if (!outcome.session)
            return fail(err, outcome.error);
        session = std::move(outcome.session);
        const std::optional<SyncState::Settings> settings =
            SyncState(database.connection()).settings(session->userId());
        if (!settings) {
            if (folder.isEmpty())
                return fail(
                    err,
                    QStringLiteral("%1 does not sync yet: give the folder with --folder DIR").arg(username),
                    2);
            if (!SyncRound::enable(database.connection(), *session, folder, parser.value(computerOption),
                                   &error))
                return fail(err, error);
            out << "Sync is on for " << username << " with " << QDir::toNativeSeparators(folder) << ".\n";
        } else if (!folder.isEmpty() && QDir(folder) != QDir(settings->folder)) {
            return fail(err, QStringLiteral("%1 syncs with %2, not with %3")
                                 .arg(username, QDir::toNativeSeparators(settings->folder),
                                      QDir::toNativeSeparators(folder)));
        }
    } else {
        if (folder.isEmpty())
            return fail(
                err,
                QStringLiteral("no account named %1 here: give --folder DIR to join it from a sync folder")
                    .arg(username),
                2);
        session = SyncRound::join(database.connection(), folder, username, password.text(),
                                  parser.value(computerOption), &error);
        if (!session)
            return fail(err, error);
        out << "Joined " << username << " from " << QDir::toNativeSeparators(folder) << ".\n";
    }
    const SyncRound::Report report = SyncRound(database.connection(), *session).run();
    if (!report.folderAvailable) {
        err << "soliloquy: the sync folder is not there (a drive not plugged in?); the changes wait here\n";
        return 3;
    }
    out << "Sent " << report.sent << " change(s); applied " << report.applied << " from other computers.\n";
    if (!report.waiting.isEmpty())
        err << "Waiting for " << report.waiting.size() << " file(s) still arriving.\n";
    for (const QString& problem : report.problems)
        err << "soliloquy: " << problem << "\n";
    return report.problems.isEmpty() ? 0 : 3;
}

} // namespace AccountCommands
