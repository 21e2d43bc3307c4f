#include "support/TestSupport.h"

#include "core/AccountService.h"
#include "core/Journal.h"
#include "core/KeyRotation.h"
#include "core/LoginThrottle.h"
#include "core/PostCipher.h"
#include "crypto/Argon2.h"
#include "crypto/CryptoRuntime.h"
#include "crypto/KeyDerivation.h"
#include "crypto/PasswordHasher.h"
#include "storage/AttachmentRepository.h"
#include "storage/Database.h"
#include "storage/UserRepository.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

namespace {

const QString password = QStringLiteral("correct horse battery staple");

// Every file of the journal: the database, its WAL and any backup.
QByteArray allJournalBytes(const QString& folder)
{
    QByteArray bytes;
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    return bytes;
}

qint64 nanosecondsOf(const std::function<void()>& work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return timer.nsecsElapsed();
}

qint64 median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

class TestAccounts : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    qint64 m_now = 1764000000000;

    AccountService accounts()
    {
        return AccountService(m_database->connection(), [this] { return m_now; });
    }

    std::unique_ptr<Session> registerAnn(QString* recoveryKey = nullptr)
    {
        AccountService::Outcome outcome =
            accounts().registerAccount(QStringLiteral("ann"), QStringLiteral("ann@example.org"), password);
        if (recoveryKey)
            *recoveryKey = outcome.recoveryKey;
        return std::move(outcome.session);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(CryptoRuntime::missingFeatures().isEmpty(), qPrintable(CryptoRuntime::missingFeatures()));
        useFastKeyDerivation();
    }

    void init()
    {
        useFastKeyDerivation(); // a test may have switched the parameters
        m_database.reset();
        QDir(m_dir.path()).removeRecursively();
        QDir().mkpath(m_dir.path());
        m_database = std::make_unique<Database>(m_dir.filePath(QStringLiteral("journal.sqlite3")));
        QVERIFY(m_database->open());
    }

    void cleanupTestCase() { m_database.reset(); }

    void anUnknownNameCostsAsMuchAsAWrongPassword()
    {
        // A first unknown name under other parameters: a decoy made once (and kept) would then
        // cost less than an account made with today's parameters.
        accounts().login(QStringLiteral("nobody"), password);
        PasswordHasher::setParametersForTesting({2048, 1, 1});
        QVERIFY(registerAnn());
        // Medians of 20 tries each, interleaved in turn; a busy machine may spoil a round, so
        // up to three rounds are made, and one within 10 % passes.
        QStringList ratios;
        for (int round = 0; round < 3; ++round) {
            QList<qint64> unknownName;
            QList<qint64> wrongPassword;
            for (int attempt = 0; attempt < 20; ++attempt) {
                m_now += 60 * 60 * 1000; // past any wait the throttle asks for
                const auto unknown = [&] {
                    unknownName << nanosecondsOf(
                        [this] { accounts().login(QStringLiteral("nobody"), password); });
                };
                const auto wrong = [&] {
                    wrongPassword << nanosecondsOf(
                        [this] { accounts().login(QStringLiteral("ann"), QStringLiteral("a guess")); });
                };
                if (attempt % 2) {
                    unknown();
                    wrong();
                } else {
                    wrong();
                    unknown();
                }
            }
            const double ratio = double(median(unknownName)) / double(median(wrongPassword));
            ratios << QString::number(ratio, 'f', 3);
            if (ratio > 0.9 && ratio < 1.1)
                return;
        }
        QFAIL(qPrintable(
            QStringLiteral("unknown name / wrong password: %1").arg(ratios.join(QStringLiteral(", ")))));
    }

    void aNameThatIsNoAccountIsNeverWritten()
    {
        QVERIFY(registerAnn());
        // Someone typed the password into the name field.
        const QString typedAsName = QStringLiteral("Tr0ub4dor-in-the-name-field");
        for (int attempt = 0; attempt < LoginThrottle::FreeAttempts; ++attempt)
            QCOMPARE(accounts().login(typedAsName, password).error,
                     AccountService::wrongCredentialsMessage());
        QVERIFY(!accounts().recover(typedAsName, QStringLiteral("AAAA-BBBB"), password).session);
        // Unknown names still slow down, together; the account's own tries do not.
        QVERIFY(accounts().login(QStringLiteral("someone else"), password).retryAfterMs > 0);
        QVERIFY(accounts().login(QStringLiteral("ann"), password).session);
        m_database->close();
        const QByteArray bytes = allJournalBytes(m_dir.path());
        QVERIFY(!bytes.contains(typedAsName.toUtf8()));
        QVERIFY(!bytes.contains(typedAsName.toLower().toUtf8()));
    }

    void anUnlockRunsArgon2idOnce()
    {
        // Large enough that Argon2id, not the journal, takes the time of an unlock, also while
        // other tests share the machine: two runs would read about 2.
        const Argon2::Parameters parameters{32 * 1024, 2, 1};
        PasswordHasher::setParametersForTesting(parameters);
        QVERIFY(registerAnn());
        QList<qint64> unlocks;
        QList<qint64> runs;
        for (int attempt = 0; attempt < 9; ++attempt) {
            unlocks << nanosecondsOf(
                [this] { QVERIFY(accounts().login(QStringLiteral("ann"), password).session); });
            runs << nanosecondsOf(
                [&parameters] { Argon2::hashRaw(parameters, password.toUtf8(), QByteArray(16, 's'), 32); });
        }
        const double ratio = double(median(unlocks)) / double(median(runs));
        QVERIFY2(ratio < 1.5, qPrintable(QStringLiteral("unlock / one Argon2id run: %1").arg(ratio)));
    }

    void anOlderAccountDropsItsVerifierAtItsNextUnlock()
    {
        const std::unique_ptr<Session> session = registerAnn();
        StorageError error;
        const qint64 postId =
            Journal(m_database->connection(), *session).send(QStringLiteral("written before"), &error)->id;
        // As an earlier version stored it: a full verifier beside the key wrapped under the password.
        UserRepository users(m_database->connection());
        UserRecord older = *users.findById(session->userId());
        older.passwordHash = PasswordHasher::hash(password);
        QVERIFY(KeyDerivation::holdsVerifier(older.passwordHash));
        QVERIFY(users.update(older, &error));

        QVERIFY(!accounts().login(QStringLiteral("ann"), QStringLiteral("not the password")).session);
        QCOMPARE(users.findById(session->userId())->passwordHash, older.passwordHash);
        const AccountService::Outcome outcome = accounts().login(QStringLiteral("ann"), password);
        QVERIFY2(outcome.session, qPrintable(outcome.error));
        QCOMPARE(Journal(m_database->connection(), *outcome.session).post(postId)->text,
                 QStringLiteral("written before"));
        const UserRecord converted = *users.findById(session->userId());
        QCOMPARE(converted.passwordHash, KeyDerivation::parametersOnly(PasswordHasher::currentParameters()));
        QCOMPARE(converted.wrappedKeyPassword, older.wrappedKeyPassword);
        QVERIFY(accounts().login(QStringLiteral("ann"), password).session);
        QVERIFY(!accounts().login(QStringLiteral("ann"), QStringLiteral("not the password")).session);
    }

    void registerThenLoginByNameOrEmail()
    {
        QString recoveryKey;
        const std::unique_ptr<Session> session = registerAnn(&recoveryKey);
        QVERIFY(session);
        QVERIFY(!recoveryKey.isEmpty());
        QCOMPARE(session->username(), QStringLiteral("ann"));
        for (const QString& login :
             {QStringLiteral("ann"), QStringLiteral("ANN"), QStringLiteral("Ann@Example.org")}) {
            const AccountService::Outcome outcome = accounts().login(login, password);
            QVERIFY2(outcome.session, qPrintable(outcome.error));
            QCOMPARE(outcome.session->userId(), session->userId());
        }
        const UserRecord user = *UserRepository(m_database->connection()).findById(session->userId());
        // Only the Argon2id parameters: the wrapped key is what tells a right password.
        QCOMPARE(user.passwordHash, QStringLiteral("$argon2id$v=19$m=1024,t=1,p=1$"));
    }

    void registrationRefusesTakenNamesAndBadInput()
    {
        QVERIFY(registerAnn());
        QVERIFY(accounts()
                    .registerAccount(QStringLiteral("ANN"), QStringLiteral("x@example.org"), password)
                    .error.contains(QStringLiteral("taken")));
        QVERIFY(accounts()
                    .registerAccount(QStringLiteral("bo"), QStringLiteral("y@example.org"), password)
                    .error.contains(QStringLiteral("3 characters")));
        QVERIFY(!accounts()
                     .registerAccount(QStringLiteral("bob"), QStringLiteral("ANN@example.org"), password)
                     .session);
        QVERIFY(!accounts()
                     .registerAccount(QStringLiteral("bob"), QStringLiteral("no-at-sign"), password)
                     .session);
        QVERIFY(!accounts()
                     .registerAccount(QStringLiteral("bob"), QStringLiteral("b@example.org"),
                                      QStringLiteral("short"))
                     .session);
        QCOMPARE(UserRepository(m_database->connection()).count(), 1);
    }

    void wrongUserAndWrongPasswordGetTheSameMessage()
    {
        QVERIFY(registerAnn());
        const QString wrongPassword =
            accounts().login(QStringLiteral("ann"), QStringLiteral("not the password")).error;
        const QString wrongUser = accounts().login(QStringLiteral("nobody"), password).error;
        QCOMPARE(wrongPassword, AccountService::wrongCredentialsMessage());
        QCOMPARE(wrongUser, wrongPassword);
    }

    void aWriteGuardRefusesEveryWriteInItsOwnWords()
    {
        QVERIFY(registerAnn());
        const QString damaged = QStringLiteral("The journal file is damaged.");
        AccountService guarded(m_database->connection());
        guarded.setWriteGuard([&damaged] { return QString(damaged); });
        const auto attempts = [this] {
            QSqlQuery query(m_database->connection());
            return query.exec(QStringLiteral("SELECT count(*) FROM login_attempts")) && query.next()
                       ? query.value(0).toLongLong()
                       : -1;
        };
        const qint64 before = attempts();
        const AccountService::Outcome login = guarded.login(QStringLiteral("ann"), password);
        QVERIFY(!login.session);
        QCOMPARE(login.error, damaged);
        QCOMPARE(attempts(), before); // not even the attempt was written
        QCOMPARE(
            guarded.registerAccount(QStringLiteral("bo"), QStringLiteral("bo@example.org"), password).error,
            damaged);
        QVERIFY(!guarded.usernameTaken(QStringLiteral("bo")));
        guarded.setWriteGuard([] { return QString(); });
        QVERIFY(guarded.login(QStringLiteral("ann"), password).session);
    }

    void failedAttemptsSlowDownAndTheDelayOutlivesARestart()
    {
        QVERIFY(registerAnn());
        for (int attempt = 0; attempt < LoginThrottle::FreeAttempts; ++attempt) {
            const AccountService::Outcome outcome =
                accounts().login(QStringLiteral("ann"), QStringLiteral("guess%1").arg(attempt));
            QCOMPARE(outcome.retryAfterMs, 0);
        }
        // The sixth try, even with the right password, must wait.
        AccountService::Outcome outcome = accounts().login(QStringLiteral("ann"), password);
        QVERIFY(!outcome.session);
        QVERIFY(outcome.retryAfterMs > 0);
        QVERIFY(outcome.error.contains(QStringLiteral("Try again")));

        // A restart: a new connection to the same file remembers the attempts.
        const QString path = m_database->path();
        m_database = std::make_unique<Database>(path);
        QVERIFY(m_database->open());
        QVERIFY(accounts().login(QStringLiteral("ann"), password).retryAfterMs > 0);

        m_now += outcome.retryAfterMs;
        QVERIFY(accounts().login(QStringLiteral("ann"), QStringLiteral("wrong again")).error ==
                AccountService::wrongCredentialsMessage());
        const qint64 secondDelay = accounts().login(QStringLiteral("ann"), password).retryAfterMs;
        QVERIFY2(secondDelay > outcome.retryAfterMs, "the delay grows");
        m_now += secondDelay;
        QVERIFY(accounts().login(QStringLiteral("ann"), password).session);
        QCOMPARE(accounts().login(QStringLiteral("ann"), QStringLiteral("one miss")).retryAfterMs,
                 0); // reset on success
    }

    void theAttemptsCountPerAccountWhateverNameIsTyped()
    {
        QVERIFY(registerAnn());
        // Five guesses by name, then more by email or in capitals: the same account's guesses.
        for (const QString& login :
             {QStringLiteral("ann"), QStringLiteral("ann@example.org"), QStringLiteral("ANN"),
              QStringLiteral(" Ann@Example.org"), QStringLiteral("ann")}) {
            QCOMPARE(accounts().login(login, QStringLiteral("a guess")).retryAfterMs, 0);
        }
        QVERIFY(accounts().login(QStringLiteral("ann@example.org"), password).retryAfterMs > 0);
        QVERIFY(accounts().login(QStringLiteral("ANN"), password).retryAfterMs > 0);
        QVERIFY(
            accounts()
                .recover(QStringLiteral("ann@example.org"), QStringLiteral("AAAA-BBBB"), QStringLiteral("x"))
                .session == nullptr);
        // A name that is no account has its own count.
        QCOMPARE(accounts().login(QStringLiteral("bea"), QStringLiteral("a guess")).retryAfterMs, 0);
    }

    void postsAreSealedAndNoPlaintextReachesAnyFile()
    {
        const std::unique_ptr<Session> session = registerAnn();
        Journal journal(m_database->connection(), *session);
        const QString marker = QStringLiteral("ZEBRA-MARKER-%1").arg(QDateTime::currentMSecsSinceEpoch());
        StorageError error;
        const std::optional<Post> post = journal.send(QStringLiteral("Dear diary, ") + marker, &error);
        QVERIFY(post);
        QCOMPARE(journal.post(post->id)->text, QStringLiteral("Dear diary, ") + marker);
        QVERIFY(!m_database->backupTo(m_dir.filePath(QStringLiteral("copy.sqlite3"))).isError());

        const QByteArray bytes = allJournalBytes(m_dir.path());
        QVERIFY(bytes.size() > 10000);
        QVERIFY(!bytes.contains(marker.toUtf8()));
        QVERIFY(
            !bytes.contains(QByteArray(reinterpret_cast<const char*>(marker.utf16()), marker.size() * 2)));
        QVERIFY(!bytes.contains(password.toUtf8()));
    }

    void tamperedOrSwappedRowsDoNotOpen()
    {
        const std::unique_ptr<Session> ann = registerAnn();
        const std::unique_ptr<Session> bob =
            accounts()
                .registerAccount(QStringLiteral("bob"), QStringLiteral("bob@example.org"), password)
                .session;
        StorageError error;
        Journal annJournal(m_database->connection(), *ann);
        Journal bobJournal(m_database->connection(), *bob);
        const qint64 first = annJournal.send(QStringLiteral("first"), &error)->id;
        const qint64 second = annJournal.send(QStringLiteral("second"), &error)->id;
        const qint64 bobs = bobJournal.send(QStringLiteral("bob's"), &error)->id;

        QSqlQuery query(m_database->connection());
        // Swap the bodies of two posts of the same user.
        QVERIFY(query.exec(
            QStringLiteral("UPDATE posts SET body = (SELECT body FROM posts WHERE id = %1) WHERE id = %2")
                .arg(first)
                .arg(second)));
        std::optional<Post> swapped = annJournal.post(second);
        QVERIFY(swapped && !swapped->readable);
        QVERIFY(swapped->text.isEmpty()); // nothing garbled is shown

        // Move Bob's post to Ann: she cannot read it, and Bob's key does not open it for her.
        QVERIFY(query.exec(
            QStringLiteral("UPDATE posts SET user_id = %1 WHERE id = %2").arg(ann->userId()).arg(bobs)));
        QVERIFY(!annJournal.post(bobs)->readable);
        QVERIFY(!bobJournal.post(bobs)); // no longer his

        // Flip one bit of a stored body.
        QVERIFY(query.exec(
            QStringLiteral("UPDATE posts SET body = (SELECT body FROM posts WHERE id = %1) WHERE id = %1")
                .arg(first)));
        QByteArray body =
            query.exec(QStringLiteral("SELECT body FROM posts WHERE id = %1").arg(first)) && query.next()
                ? query.value(0).toByteArray()
                : QByteArray();
        QVERIFY(body.size() > 20);
        body[body.size() / 2] = char(body.at(body.size() / 2) ^ 0x01);
        query.prepare(QStringLiteral("UPDATE posts SET body = ? WHERE id = ?"));
        query.addBindValue(body);
        query.addBindValue(first);
        QVERIFY(query.exec());
        QVERIFY(!annJournal.post(first)->readable);
    }

    void aDeletedPostsIdIsNeverGivenAgain()
    {
        // A body is sealed to its post's id: were the id given again, an old copy of the deleted
        // post (in a backup) would open in the new post's place.
        const std::unique_ptr<Session> session = registerAnn();
        StorageError error;
        Journal journal(m_database->connection(), *session);
        QVERIFY(journal.send(QStringLiteral("kept"), &error));
        const qint64 deleted = journal.send(QStringLiteral("deleted secret"), &error)->id;
        QSqlQuery query(m_database->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT body FROM posts WHERE id = %1").arg(deleted)) &&
                query.next());
        const QByteArray oldBody = query.value(0).toByteArray();
        query.finish();
        QVERIFY(journal.remove(deleted, &error));

        const qint64 next = journal.send(QStringLiteral("written later"), &error)->id;
        QVERIFY(next > deleted);
        query.prepare(QStringLiteral("UPDATE posts SET body = ? WHERE id = ?"));
        query.addBindValue(oldBody);
        query.addBindValue(next);
        QVERIFY(query.exec());
        QVERIFY(!journal.post(next)->readable);
        // And past it again, when the newest is deleted once more.
        QVERIFY(journal.remove(next, &error));
        QVERIFY(journal.send(QStringLiteral("after"), &error)->id > next);
    }

    void eachAccountSeesOnlyItsOwnPosts()
    {
        const std::unique_ptr<Session> ann = registerAnn();
        const std::unique_ptr<Session> bob =
            accounts()
                .registerAccount(QStringLiteral("bob"), QStringLiteral("bob@example.org"), password)
                .session;
        StorageError error;
        Journal(m_database->connection(), *ann).send(QStringLiteral("ann's secret"), &error);
        Journal(m_database->connection(), *bob).send(QStringLiteral("bob's secret"), &error);
        const QList<Post> seenByBob = Journal(m_database->connection(), *bob).newest(10);
        QCOMPARE(seenByBob.size(), 1);
        QCOMPARE(seenByBob.first().text, QStringLiteral("bob's secret"));
        // Even with the file in hand, Bob's key cannot open Ann's post.
        QSqlQuery query(m_database->connection());
        QVERIFY(
            query.exec(QStringLiteral("SELECT id, body FROM posts WHERE user_id = %1").arg(ann->userId())) &&
            query.next());
        const qint64 annsPost = query.value(0).toLongLong();
        const QByteArray annsBody = query.value(1).toByteArray();
        QVERIFY(!bob->openPost(annsPost, annsBody));
        // The bulk path (search index, import, export) reads and writes the same format.
        QVERIFY(!PostCipher(*bob).open(annsPost, annsBody));
        PostCipher annsCipher(*ann);
        QCOMPARE(annsCipher.open(annsPost, annsBody).value_or(QByteArray()), QByteArray("ann's secret"));
        QVERIFY(!annsCipher.open(annsPost + 1, annsBody)); // bound to its post
        const QByteArray resealed = annsCipher.seal(annsPost, "ann's second thought");
        QCOMPARE(ann->openPost(annsPost, resealed).value_or(QString()),
                 QStringLiteral("ann's second thought"));
    }

    void raisedDefaultParametersStillUnlockAndRehashAtLogin()
    {
        // Tiny stand-ins for the parameters of an older and a newer version.
        const Argon2::Parameters older{1024, 1, 1};
        const Argon2::Parameters newer{2048, 2, 1};
        PasswordHasher::setParametersForTesting(older);
        const std::unique_ptr<Session> session = registerAnn();
        QVERIFY(session);
        StorageError error;
        const qint64 postId =
            Journal(m_database->connection(), *session).send(QStringLiteral("written before"), &error)->id;
        const UserRecord before = *UserRepository(m_database->connection()).findById(session->userId());
        QVERIFY(before.passwordHash.contains(QStringLiteral("$m=1024,t=1,p=1$")));

        PasswordHasher::setParametersForTesting(newer);
        QCOMPARE(accounts().login(QStringLiteral("ann"), QStringLiteral("not the password")).error,
                 AccountService::wrongCredentialsMessage());
        const AccountService::Outcome outcome = accounts().login(QStringLiteral("ann"), password);
        QVERIFY2(outcome.session, qPrintable(outcome.error));
        QCOMPARE(Journal(m_database->connection(), *outcome.session).post(postId)->text,
                 QStringLiteral("written before"));

        // The login rehashed: verifier and wrapped key now both use the newer parameters.
        const UserRecord after = *UserRepository(m_database->connection()).findById(session->userId());
        QVERIFY(after.passwordHash.contains(QStringLiteral("$m=2048,t=2,p=1$")));
        QVERIFY(after.keySalt != before.keySalt);
        QVERIFY(after.wrappedKeyPassword != before.wrappedKeyPassword);
        QCOMPARE(after.wrappedKeyRecovery, before.wrappedKeyRecovery);

        // The rehashed account opens again, and only with the right password.
        const AccountService::Outcome again = accounts().login(QStringLiteral("ann"), password);
        QVERIFY2(again.session, qPrintable(again.error));
        QCOMPARE(Journal(m_database->connection(), *again.session).post(postId)->text,
                 QStringLiteral("written before"));
        QVERIFY(!accounts().login(QStringLiteral("ann"), QStringLiteral("not the password")).session);

        // Lower defaults do not lock anyone out either; the stronger hash is kept.
        PasswordHasher::setParametersForTesting(older);
        QVERIFY(accounts().login(QStringLiteral("ann"), password).session);
        QCOMPARE(UserRepository(m_database->connection()).findById(session->userId())->passwordHash,
                 after.passwordHash);
    }

    void aVerifierAskingForGigabytesIsRefusedAtOnce()
    {
        const std::unique_ptr<Session> session = registerAnn();
        QVERIFY(session);
        // A crafted file: the verifier's parameters raised to 1 GiB (libargon2 would run it).
        UserRecord user = *UserRepository(m_database->connection()).findById(session->userId());
        user.passwordHash.replace(QRegularExpression(QStringLiteral("\\$m=\\d+,t=\\d+,p=\\d+\\$")),
                                  QStringLiteral("$m=1048576,t=3,p=1$"));
        StorageError error;
        QVERIFY(UserRepository(m_database->connection()).update(user, &error));
        QElapsedTimer timer;
        timer.start();
        const AccountService::Outcome outcome = accounts().login(QStringLiteral("ann"), password);
        QVERIFY(!outcome.session);
        QVERIFY2(outcome.error.contains(QStringLiteral("far more memory or time than Soliloquy ever uses")),
                 qPrintable(outcome.error));
        QVERIFY2(timer.elapsed() < 500, qPrintable(QString::number(timer.elapsed())));
    }

    void passwordChangeRewrapsTheKeyOnly()
    {
        const std::unique_ptr<Session> session = registerAnn();
        StorageError error;
        const qint64 postId =
            Journal(m_database->connection(), *session).send(QStringLiteral("kept"), &error)->id;
        const QByteArray bodyBefore =
            queryValue(m_database->path(), QStringLiteral("SELECT hex(body) FROM posts")).toByteArray();
        const QString newPassword = QStringLiteral("a brand new passphrase");
        QVERIFY(!accounts().changePassword(*session, QStringLiteral("wrong current"), newPassword).isEmpty());
        QCOMPARE(accounts().changePassword(*session, password, newPassword), QString());
        QCOMPARE(queryValue(m_database->path(), QStringLiteral("SELECT hex(body) FROM posts")).toByteArray(),
                 bodyBefore);
        QVERIFY(!accounts().login(QStringLiteral("ann"), password).session);
        const AccountService::Outcome outcome = accounts().login(QStringLiteral("ann"), newPassword);
        QVERIFY(outcome.session);
        QCOMPARE(Journal(m_database->connection(), *outcome.session).post(postId)->text,
                 QStringLiteral("kept"));
    }

    void aLockedSessionChangesNeitherPasswordNorProfile()
    {
        // A dialog left open across a lock once held such a session: its key is gone, and
        // wrapping nothing under the new password would have left only the recovery key.
        std::unique_ptr<Session> session = registerAnn();
        session->lock();
        const QString newPassword = QStringLiteral("a brand new passphrase");
        QVERIFY(
            accounts().changePassword(*session, password, newPassword).contains(QStringLiteral("locked")));
        QVERIFY(accounts()
                    .updateProfile(*session, QStringLiteral("new@example.org"), QByteArray("png"))
                    .contains(QStringLiteral("locked")));
        const AccountService::Outcome outcome = accounts().login(QStringLiteral("ann"), password);
        QVERIFY2(outcome.session, qPrintable(outcome.error));
        QCOMPARE(accounts().profile(*outcome.session)->email, QStringLiteral("ann@example.org"));
    }

    void recoveryKeySetsANewPassword()
    {
        QString recoveryKey;
        const std::unique_ptr<Session> session = registerAnn(&recoveryKey);
        StorageError error;
        const qint64 postId =
            Journal(m_database->connection(), *session).send(QStringLiteral("still here"), &error)->id;
        const QString newPassword = QStringLiteral("remembered this time");

        QVERIFY(!accounts().recover(QStringLiteral("ann"), QStringLiteral("AAAA-BBBB"), newPassword).session);
        QString typo = recoveryKey;
        typo[2] = typo[2] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        QVERIFY(!accounts().recover(QStringLiteral("ann"), typo, newPassword).session);

        const AccountService::Outcome outcome =
            accounts().recover(QStringLiteral("ann@example.org"), recoveryKey.toLower(), newPassword);
        QVERIFY2(outcome.session, qPrintable(outcome.error));
        QCOMPARE(Journal(m_database->connection(), *outcome.session).post(postId)->text,
                 QStringLiteral("still here"));
        QVERIFY(accounts().login(QStringLiteral("ann"), newPassword).session);
        QVERIFY(!accounts().login(QStringLiteral("ann"), password).session);
    }

    QString bodies() const
    {
        return queryValue(
                   m_database->path(),
                   QStringLiteral("SELECT group_concat(hex(body)) FROM "
                                  "(SELECT body FROM posts UNION ALL SELECT body FROM attachment_contents "
                                  "UNION ALL SELECT body FROM drafts)"))
            .toString();
    }

    void aPasswordChangeCanSealTheWholeJournalUnderANewKey()
    {
        QString oldRecoveryKey;
        const std::unique_ptr<Session> session = registerAnn(&oldRecoveryKey);
        QCOMPARE(accounts().updateProfile(*session, QStringLiteral("ann@example.org"), QByteArray("a png")),
                 QString());
        QVERIFY(seedPosts(m_database->connection(), *session, 25, m_now, 60000));
        Journal journal(m_database->connection(), *session);
        StorageError error;
        QVERIFY(journal.saveDraft(QStringLiteral("half a thought"), &error));
        const qint64 firstPost = journal.newest(25).first().id;
        // One photo, stored once by content, shown by two posts.
        AttachmentRepository attachments(m_database->connection());
        const QByteArray digest = session->attachmentDigest("photo bytes");
        AttachmentRecord photo;
        photo.postId = firstPost;
        photo.position = 1;
        photo.mimeType = QStringLiteral("image/png");
        photo.contentId = attachments.insertContent(session->userId(), digest,
                                                    session->sealAttachment(digest, "photo bytes"), &error,
                                                    session->sealPictureSize(digest, QSize(640, 480)));
        QVERIFY(photo.contentId > 0);
        QVERIFY(attachments.insert(photo, &error) > 0);
        photo.postId = journal.newest(25).last().id;
        QVERIFY(attachments.insert(photo, &error) > 0);
        const QByteArray importKey = session->importKey("jrnl", "entry 1");
        const QString before = bodies();

        const QString newPassword = QStringLiteral("a brand new passphrase");
        QString refusal;
        QVERIFY(
            !accounts().beginKeyRotation(*session, QStringLiteral("wrong current"), newPassword, &refusal));
        QCOMPARE(refusal, QStringLiteral("The current password is not right."));
        std::unique_ptr<KeyRotation> rotation =
            accounts().beginKeyRotation(*session, password, newPassword, &refusal);
        QVERIFY2(rotation, qPrintable(refusal));
        QCOMPARE(rotation->total(), 25 + 1 + 1);
        QVERIFY(rotation->step(10));
        QCOMPARE(rotation->done(), 10);
        const AccountService::Outcome outcome = rotation->finish();
        QVERIFY2(outcome.session, qPrintable(outcome.error));
        QCOMPARE(rotation->done(), rotation->total());
        QCOMPARE(rotation->damaged(), 0);
        QVERIFY(!outcome.recoveryKey.isEmpty() && outcome.recoveryKey != oldRecoveryKey);

        // Every sealed row changed, and the old key opens none of them.
        const QString after = bodies();
        QCOMPARE(after.count(QLatin1Char(',')), before.count(QLatin1Char(',')));
        const QStringList beforeRows = before.split(QLatin1Char(','));
        for (const QString& row : after.split(QLatin1Char(',')))
            QVERIFY(!beforeRows.contains(row));
        QVERIFY(!Journal(m_database->connection(), *session).newest(25).first().readable);

        // The new password opens all of it; the old password and recovery key open nothing.
        QCOMPARE(accounts().login(QStringLiteral("ann"), password).error,
                 AccountService::wrongCredentialsMessage());
        QVERIFY(!accounts()
                     .recover(QStringLiteral("ann"), oldRecoveryKey, QStringLiteral("another passphrase"))
                     .session);
        const AccountService::Outcome unlocked = accounts().login(QStringLiteral("ann"), newPassword);
        QVERIFY2(unlocked.session, qPrintable(unlocked.error));
        Journal reopened(m_database->connection(), *unlocked.session);
        const QList<Post> posts = reopened.newest(25);
        QCOMPARE(posts.size(), 25);
        QCOMPARE(posts.last().text, QStringLiteral("post 24"));
        QVERIFY(std::all_of(posts.begin(), posts.end(), [](const Post& post) { return post.readable; }));
        QCOMPARE(reopened.loadDraft(), QStringLiteral("half a thought"));
        QCOMPARE(accounts().profile(*unlocked.session)->avatarPng, QByteArray("a png"));
        for (const qint64 postId : {firstPost, posts.last().id}) {
            const AttachmentRecord stored =
                AttachmentRepository(m_database->connection()).forPost(postId).first();
            QCOMPARE(unlocked.session->openAttachment(stored).value_or(QByteArray()),
                     QByteArray("photo bytes"));
        }
        // The size the picture shows at came along, sealed under the new key.
        QCOMPARE(posts.first().pictures.size(), 1);
        QCOMPARE(posts.first().pictures.first().size, QSize(640, 480));
        QCOMPARE(posts.last().pictures.first().size, QSize(640, 480));
        // Still stored once, under a digest of the new key.
        QCOMPARE(AttachmentRepository(m_database->connection()).contentCount(unlocked.session->userId()), 1);
        QVERIFY(AttachmentRepository(m_database->connection())
                    .findContent(unlocked.session->userId(),
                                 unlocked.session->attachmentDigest("photo bytes")) > 0);
        // Entries imported before are still known, so a second import adds nothing.
        QCOMPARE(unlocked.session->importKey("jrnl", "entry 1"), importKey);
        // And the new recovery key is the way in now.
        QVERIFY(accounts()
                    .recover(QStringLiteral("ann"), outcome.recoveryKey, QStringLiteral("another passphrase"))
                    .session);
    }

    void anInterruptedRotationLeavesTheJournalAsItWas()
    {
        const std::unique_ptr<Session> session = registerAnn();
        QVERIFY(seedPosts(m_database->connection(), *session, 30, m_now, 60000));
        const QString before = bodies();
        const QString newPassword = QStringLiteral("a brand new passphrase");
        QString error;
        {
            std::unique_ptr<KeyRotation> rotation =
                accounts().beginKeyRotation(*session, password, newPassword, &error);
            QVERIFY2(rotation, qPrintable(error));
            QVERIFY(rotation->step(7));
            QVERIFY(rotation->step(7));
            QCOMPARE(rotation->done(), 14);
        } // cancelled (a window closed, a crash) half way
        QCOMPARE(bodies(), before);
        QVERIFY(!accounts().login(QStringLiteral("ann"), newPassword).session);
        const AccountService::Outcome outcome = accounts().login(QStringLiteral("ann"), password);
        QVERIFY2(outcome.session, qPrintable(outcome.error));
        const QList<Post> posts = Journal(m_database->connection(), *outcome.session).newest(30);
        QCOMPARE(posts.size(), 30);
        QVERIFY(std::all_of(posts.begin(), posts.end(), [](const Post& post) { return post.readable; }));
    }

    void aNewRecoveryKeyReplacesTheOldOne()
    {
        QString oldKey;
        const std::unique_ptr<Session> session = registerAnn(&oldKey);
        StorageError error;
        const qint64 postId =
            Journal(m_database->connection(), *session).send(QStringLiteral("still here"), &error)->id;
        const QByteArray wrappedBefore =
            UserRepository(m_database->connection()).findById(session->userId())->wrappedKeyRecovery;
        const AccountService::Outcome refused =
            accounts().issueRecoveryKey(*session, QStringLiteral("not the password"));
        QVERIFY(refused.recoveryKey.isEmpty());
        QCOMPARE(refused.error, QStringLiteral("The current password is not right."));
        QCOMPARE(UserRepository(m_database->connection()).findById(session->userId())->wrappedKeyRecovery,
                 wrappedBefore);

        const AccountService::Outcome issued = accounts().issueRecoveryKey(*session, password);
        QVERIFY2(!issued.recoveryKey.isEmpty(), qPrintable(issued.error));
        QVERIFY(issued.recoveryKey != oldKey);
        const QString newPassword = QStringLiteral("remembered this time");
        QCOMPARE(accounts().recover(QStringLiteral("ann"), oldKey, newPassword).error,
                 QStringLiteral("The username or recovery key is not right."));
        const AccountService::Outcome recovered =
            accounts().recover(QStringLiteral("ann"), issued.recoveryKey, newPassword);
        QVERIFY2(recovered.session, qPrintable(recovered.error));
        QCOMPARE(Journal(m_database->connection(), *recovered.session).post(postId)->text,
                 QStringLiteral("still here"));
    }

    void lockWipesTheKey()
    {
        std::unique_ptr<Session> session = registerAnn();
        StorageError error;
        Journal journal(m_database->connection(), *session);
        const qint64 postId = journal.send(QStringLiteral("before lock"), &error)->id;
        session->lock();
        QVERIFY(!session->isUnlocked());
        QVERIFY(session->dataKey().isEmpty());
        QVERIFY(!journal.post(postId)->readable);
        QVERIFY(!journal.send(QStringLiteral("after lock"), &error));
        QCOMPARE(journal.count(), 1);
    }

    void oversizedAndEmptyPostsAreRefused()
    {
        const std::unique_ptr<Session> session = registerAnn();
        Journal journal(m_database->connection(), *session);
        StorageError error;
        QVERIFY(!journal.send(QStringLiteral("   \n\t"), &error));
        QVERIFY(!journal.send(QString(Journal::MaxPostBytes + 1, QLatin1Char('x')), &error));
        QVERIFY(error.message.contains(QStringLiteral("64 KiB")));
        QVERIFY(journal.send(QString(Journal::MaxPostBytes, QLatin1Char('x')), &error));
    }
};

QTEST_GUILESS_MAIN(TestAccounts)
#include "tst_accounts.moc"
