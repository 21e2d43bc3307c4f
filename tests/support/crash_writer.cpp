// A child process for tst_crashsafety: saves posts as fast as it can and
// prints "saved ID" after each commit returned, until it is killed.
#include "storage/Database.h"
#include "storage/PostRepository.h"
#include "storage/UserRepository.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2)
        return 2;
    Database database(QString::fromLocal8Bit(argv[1]));
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
