// A child process for tst_crashsafety.
//
//   crash_writer JOURNAL
// saves posts as fast as it can and prints "saved ID" after each commit returned,
// until it is killed.
//
//   crash_writer --power-cut N send|import|migrate|restore JOURNAL [FILE]
// does what the app does (sends posts, imports FILE, opens an older journal, restores
// the backup FILE) through PowerLossVfs, which cuts the power at its Nth write, sync or
// rename (0: never; "operations N" is printed at the end). It prints each step the app
// would have acknowledged to its user as it returns.
#include "support/PowerLossVfs.h"
#include "support/TestSupport.h"

#include "core/AccountService.h"
#include "core/Importer.h"
#include "core/Journal.h"
#include "storage/Database.h"
#include "storage/PostRepository.h"
#include "storage/UserRepository.h"

#include <QCoreApplication>

#include <cstdio>

namespace {

int killedWriter(const QString& path)
{
    Database database(path);
    if (!database.open()) {
        std::fprintf(stderr, "%s\n", qPrintable(database.error().message));
        return 1;
    }
    UserRepository users(database.connection());
    StorageError error;
    qint64 userId = 1;
    if (users.count() == 0) {
        UserRecord user;
        user.username = QStringLiteral("crash");
        user.email = QStringLiteral("crash@example.org");
        user.passwordHash = QStringLiteral("x");
        user.keySalt = user.wrappedKeyPassword = user.wrappedKeyRecovery = QByteArray(16, 'k');
        userId = users.insert(user, &error);
    }
    std::printf("ready\n");
    std::fflush(stdout);
    PostRepository posts(database.connection());
    for (qint64 n = 0;; ++n) {
        const QByteArray body = QByteArray("post body ") + QByteArray::number(n) + QByteArray(n % 5000, '.');
        const qint64 id = posts.insert(userId, body, n, &error);
        if (id == 0) {
            std::fprintf(stderr, "%s\n", qPrintable(error.message));
            return 1;
        }
        std::printf("saved %lld %lld\n", static_cast<long long>(id), static_cast<long long>(body.size()));
        std::fflush(stdout);
    }
}

void acknowledge(const QByteArray& line)
{
    std::printf("%s\n", line.constData());
    std::fflush(stdout);
}

// The account "ann" (password "a long enough passphrase"), registered when the journal has none.
std::unique_ptr<Session> unlock(Database& database)
{
    AccountService accounts(database.connection());
    const QString password = QStringLiteral("a long enough passphrase");
    AccountService::Outcome outcome =
        UserRepository(database.connection()).count() == 0
            ? accounts.registerAccount(QStringLiteral("ann"), QStringLiteral("ann@example.org"), password)
            : accounts.login(QStringLiteral("ann"), password);
    if (!outcome.session)
        std::fprintf(stderr, "%s\n", qPrintable(outcome.error));
    return std::move(outcome.session);
}

int powerCutRun(const QString& mode, const QString& path, const QString& file)
{
    if (mode == QLatin1String("restore")) {
        const StorageError error = Database::restore(path, file);
        if (error.isError()) {
            std::fprintf(stderr, "%s\n", qPrintable(error.message));
            return 1;
        }
        acknowledge("restored");
        return 0;
    }
    Database database(path);
    if (!database.open()) {
        std::fprintf(stderr, "%s\n", qPrintable(database.error().message));
        return 1;
    }
    acknowledge("opened");
    if (mode == QLatin1String("migrate"))
        return 0;
    const std::unique_ptr<Session> session = unlock(database);
    if (!session)
        return 1;
    acknowledge("unlocked");
    if (mode == QLatin1String("import")) {
        const Importer::Result result =
            Importer(database.connection(), *session).importFile(file, Importer::Format::Jrnl);
        if (!result.ok) {
            std::fprintf(stderr, "%s\n", qPrintable(result.error));
            return 1;
        }
        acknowledge("imported " + QByteArray::number(result.imported));
        return 0;
    }
    Journal journal(database.connection(), *session);
    for (int n = 0; n < 12; ++n) {
        StorageError error;
        const std::optional<Post> post = journal.send(QStringLiteral("post %1").arg(n), &error);
        if (!post) {
            std::fprintf(stderr, "%s\n", qPrintable(error.message));
            return 1;
        }
        acknowledge("saved " + QByteArray::number(post->id) + " post " + QByteArray::number(n));
    }
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments().mid(1);
    if (arguments.size() == 1)
        return killedWriter(arguments.first());
    if (arguments.size() < 4 || arguments.first() != QLatin1String("--power-cut"))
        return 2;
    TestSupport::useFastKeyDerivation();
    if (!PowerLossVfs::install(arguments.at(1).toLongLong()))
        return 2;
    const int status = powerCutRun(arguments.at(2), arguments.at(3), arguments.value(4));
    std::printf("operations %lld\n", static_cast<long long>(PowerLossVfs::operations()));
    return status;
}
