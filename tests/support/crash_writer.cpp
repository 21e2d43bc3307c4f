// A child process for tst_crashsafety.
//
//   crash_writer JOURNAL
// saves posts as the composer does (account "ann") as fast as it can and prints
// "saved ID LENGTH" after each send returned, until it is killed.
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
#include "storage/UserRepository.h"

#include <QCoreApplication>

#include <cstdio>

namespace {

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

int killedWriter(const QString& path)
{
    Database database(path);
    if (!database.open()) {
        std::fprintf(stderr, "%s\n", qPrintable(database.error().message));
        return 1;
    }
    const std::unique_ptr<Session> session = unlock(database);
    if (!session)
        return 1;
    std::printf("ready\n");
    std::fflush(stdout);
    // The way the composer and `soliloquy write` save a post.
    Journal journal(database.connection(), *session);
    for (qint64 n = 0;; ++n) {
        const QString text = QStringLiteral("post body %1").arg(n) + QString(n % 5000, QLatin1Char('.'));
        StorageError error;
        const std::optional<Post> post = journal.send(text, &error);
        if (!post) {
            std::fprintf(stderr, "%s\n", qPrintable(error.message));
            return 1;
        }
        std::printf("saved %lld %lld\n", static_cast<long long>(post->id),
                    static_cast<long long>(text.size()));
        std::fflush(stdout);
    }
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
    TestSupport::useFastKeyDerivation();
    if (arguments.size() == 1)
        return killedWriter(arguments.first());
    if (arguments.size() < 4 || arguments.first() != QLatin1String("--power-cut"))
        return 2;
    if (!PowerLossVfs::install(arguments.at(1).toLongLong()))
        return 2;
    const int status = powerCutRun(arguments.at(2), arguments.at(3), arguments.value(4));
    std::printf("operations %lld\n", static_cast<long long>(PowerLossVfs::operations()));
    return status;
}
