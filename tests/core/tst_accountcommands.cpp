#include "support/TestSupport.h"

#include "core/AccountService.h"
#include "core/Journal.h"
#include "storage/Database.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace TestSupport;

namespace {

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

// `soliloquy register` and `soliloquy write`, run as the real executable with no display.
class TestAccountCommands : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString journal() const { return m_dir.filePath(QStringLiteral("journal.sqlite3")); }
    ProcessResult soliloquy(const QStringList& arguments, const QByteArray& input = {})
    {
        return runSoliloquy(QStringList{QStringLiteral("--database"), journal()} + arguments, input);
    }

    // Registers NAME (email NAME@example.org) with the password "terminal passphrase".
    bool registered(const QString& name)
    {
        return soliloquy({QStringLiteral("register"), QStringLiteral("--username"), name,
                          QStringLiteral("--email"), name + QStringLiteral("@example.org"),
                          QStringLiteral("--password-stdin")},
                         "terminal passphrase\n")
                   .exitCode == 0;
    }

private Q_SLOTS:
    void init()
    {
        QDir(m_dir.path()).removeRecursively();
        QDir().mkpath(m_dir.path());
    }

    void registerThenWriteFromArgumentsAndStdin()
    {
        ProcessResult result =
            soliloquy({QStringLiteral("register"), QStringLiteral("--username"), QStringLiteral("cli"),
                       QStringLiteral("--email"), QStringLiteral("cli@example.org"),
                       QStringLiteral("--password-stdin")},
                      "terminal passphrase\n");
        QVERIFY2(result.exitCode == 0, qPrintable(result.standardError));
        QCOMPARE(result.standardOutput.count(QLatin1Char('\n')), 1);
        QVERIFY(result.standardOutput.startsWith(QStringLiteral("Registered cli.")));
        QVERIFY(result.standardOutput.contains(QStringLiteral("Recovery key")));

        result = soliloquy({QStringLiteral("write"), QStringLiteral("--username"), QStringLiteral("cli"),
                            QStringLiteral("--password-stdin"), QStringLiteral("quick"),
                            QStringLiteral("capture")},
                           "terminal passphrase\n");
        QVERIFY2(result.exitCode == 0, qPrintable(result.standardError));
        QVERIFY(result.standardOutput.startsWith(QStringLiteral("Saved post 1")));
        QCOMPARE(queryValue(journal(), QStringLiteral("SELECT count(*) FROM posts")).toInt(), 1);
        // The text is sealed: the words are nowhere in the file.
        QVERIFY(!queryValue(journal(), QStringLiteral("SELECT body FROM posts"))
                     .toByteArray()
                     .contains("capture"));
    }

    // `write --attach` stores each picture with its bytes as they were; a post may be pictures
    // alone, and a file that is refused is named and nothing is posted.
    void writeAttachesPicturesAndRefusesOtherFiles()
    {
        QVERIFY(registered(QStringLiteral("pia")));
        const QString png = QStringLiteral(SOLILOQUY_TEST_DATA "/dayone-photo.png");
        const QString jpeg = QStringLiteral(SOLILOQUY_TEST_DATA "/three-by-two.jpg");
        const QByteArray jpegBytes = readFile(jpeg);
        QVERIFY(!jpegBytes.isEmpty());
        const QString notes = m_dir.filePath(QStringLiteral("notes.txt"));
        QFile notesFile(notes);
        QVERIFY(notesFile.open(QIODevice::WriteOnly) && notesFile.write("not a picture") > 0);
        notesFile.close();
        // Over the limit: a PNG's first bytes, then nothing (a sparse file).
        const QString huge = m_dir.filePath(QStringLiteral("huge.png"));
        QFile hugeFile(huge);
        QVERIFY(hugeFile.open(QIODevice::WriteOnly) &&
                hugeFile.write(QByteArray::fromHex("89504e470d0a1a0a")) > 0);
        QVERIFY(hugeFile.resize(50LL * 1024 * 1024 + 1));
        hugeFile.close();
        const QStringList as{QStringLiteral("write"), QStringLiteral("--username"), QStringLiteral("pia"),
                             QStringLiteral("--password-stdin")};
        const QByteArray password = "terminal passphrase\n";

        for (const QString& refused : {notes, huge}) {
            const ProcessResult result =
                soliloquy(as + QStringList{QStringLiteral("--attach"), png, QStringLiteral("--attach"),
                                           refused, QStringLiteral("both")},
                          password);
            QCOMPARE(result.exitCode, 1);
            QVERIFY2(result.standardError.contains(QFileInfo(refused).fileName()),
                     qPrintable(result.standardError));
            QVERIFY2(result.standardError.contains(QStringLiteral("Nothing was posted.")),
                     qPrintable(result.standardError));
        }
        QCOMPARE(queryValue(journal(), QStringLiteral("SELECT count(*) FROM posts")).toInt(), 0);
        QCOMPARE(queryValue(journal(), QStringLiteral("SELECT count(*) FROM attachments")).toInt(), 0);

        ProcessResult result =
            soliloquy(as + QStringList{QStringLiteral("--attach"), png, QStringLiteral("--attach"), jpeg,
                                       QStringLiteral("two"), QStringLiteral("pictures")},
                      password);
        QVERIFY2(result.exitCode == 0, qPrintable(result.standardError));
        QVERIFY2(result.standardOutput.contains(QStringLiteral("2 pictures")),
                 qPrintable(result.standardOutput));
        // Pictures alone, with --password-stdin and no text.
        result = soliloquy(as + QStringList{QStringLiteral("--attach"), jpeg}, password);
        QVERIFY2(result.exitCode == 0, qPrintable(result.standardError));
        QVERIFY2(result.standardOutput.contains(QStringLiteral("1 picture")),
                 qPrintable(result.standardOutput));

        Database database(journal());
        QVERIFY(database.open());
        const std::unique_ptr<Session> session =
            AccountService(database.connection())
                .login(QStringLiteral("pia"), QStringLiteral("terminal passphrase"))
                .session;
        QVERIFY(session);
        Journal posts(database.connection(), *session);
        const QList<Post> written = posts.newest(10);
        QCOMPARE(written.size(), 2);
        QCOMPARE(written.at(0).text, QStringLiteral("two pictures"));
        QCOMPARE(written.at(0).pictures.size(), 2);
        QCOMPARE(posts.pictureBytes(written.at(0).pictures.at(0).attachmentId), std::optional(readFile(png)));
        QCOMPARE(posts.pictureBytes(written.at(0).pictures.at(1).attachmentId), std::optional(jpegBytes));
        QCOMPARE(written.at(0).pictures.at(0).mimeType, QStringLiteral("image/png"));
        QCOMPARE(written.at(0).pictures.at(1).size, QSize(3, 2));
        QCOMPARE(written.at(0).pictures.at(1).mimeType, QStringLiteral("image/jpeg"));
        QCOMPARE(written.at(1).text, QString());
        QCOMPARE(written.at(1).pictures.size(), 1);
        QCOMPARE(posts.pictureBytes(written.at(1).pictures.at(0).attachmentId), std::optional(jpegBytes));
        // The bytes are sealed: the JPEG's are nowhere in the file.
        QCOMPARE(
            queryValue(journal(),
                       QStringLiteral("SELECT count(*) FROM attachment_contents WHERE instr(body, X'%1') > 0")
                           .arg(QString::fromLatin1(jpegBytes.toHex())))
                .toInt(),
            0);
    }

    void editAndDeleteChangeThePostsTheIdNames()
    {
        const QByteArray password = "terminal passphrase\n";
        QVERIFY(registered(QStringLiteral("cli")));
        const auto as = [](const char* verb, const QStringList& rest) {
            return QStringList{QString::fromLatin1(verb), QStringLiteral("--username"), QStringLiteral("cli"),
                               QStringLiteral("--password-stdin")} +
                   rest;
        };
        QCOMPARE(soliloquy(as("write", {QStringLiteral("first draft")}), password).exitCode, 0);
        QCOMPARE(soliloquy(as("write", {QStringLiteral("to be deleted")}), password).exitCode, 0);
        QCOMPARE(soliloquy(as("write", {QStringLiteral("stays")}), password).exitCode, 0);

        // The ids are the ones search --json prints.
        ProcessResult result =
            soliloquy(as("search", {QStringLiteral("--json"), QStringLiteral("first")}), password);
        QCOMPARE(result.exitCode, 0);
        const qint64 firstId = QJsonDocument::fromJson(result.standardOutput.toUtf8())
                                   .object()
                                   .value(QStringLiteral("id"))
                                   .toInteger();
        QVERIFY(firstId > 0);

        result = soliloquy(
            as("edit", {QString::number(firstId), QStringLiteral("second"), QStringLiteral("thought")}),
            password);
        QVERIFY2(result.exitCode == 0, qPrintable(result.standardError));
        QCOMPARE(result.standardOutput, QStringLiteral("Changed post %1 (14 characters).\n").arg(firstId));
        result = soliloquy(as("delete", {QString::number(firstId + 1)}), password);
        QVERIFY2(result.exitCode == 0, qPrintable(result.standardError));
        QCOMPARE(result.standardOutput, QStringLiteral("Deleted post %1.\n").arg(firstId + 1));

        result = soliloquy(as("search", {QStringLiteral("--oldest-first"), QStringLiteral("--json"),
                                         QStringLiteral("from:2000-01-01")}),
                           password);
        QCOMPARE(result.exitCode, 0);
        QStringList texts;
        for (const QString& line : result.standardOutput.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            texts << QJsonDocument::fromJson(line.toUtf8()).object().value(QStringLiteral("text")).toString();
        QCOMPARE(texts, (QStringList{QStringLiteral("second thought"), QStringLiteral("stays")}));
        // The record of posts agrees: edits and deletes from a terminal are not damage.
        result = soliloquy({QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--username"),
                            QStringLiteral("cli"), QStringLiteral("--password-stdin")},
                           password);
        QVERIFY2(result.exitCode == 0, qPrintable(result.standardError + result.standardOutput));

        // Mistakes are told and change nothing.
        result = soliloquy(as("edit", {QStringLiteral("first"), QStringLiteral("text")}), password);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.standardError.contains(QStringLiteral("edit needs the post's id first")),
                 qPrintable(result.standardError));
        result = soliloquy(as("delete", {QString::number(firstId + 1)}), password);
        QCOMPARE(result.exitCode, 1);
        QCOMPARE(result.standardError,
                 QStringLiteral("soliloquy: post %1: This post no longer exists.\n").arg(firstId + 1));
        result =
            soliloquy(as("edit", {QString::number(firstId), QString(70000, QLatin1Char('x'))}), password);
        QCOMPARE(result.exitCode, 1);
        result = soliloquy(as("delete", {QString::number(firstId + 2), QStringLiteral("extra")}), password);
        QCOMPARE(result.exitCode, 2);
        QCOMPARE(queryValue(journal(), QStringLiteral("SELECT count(*) FROM posts")).toInt(), 2);
    }

    void aLongPasswordFromStdinIsReadWhole()
    {
        // Longer than the prompt's first buffer, which grows (and is wiped) as it goes; with a
        // Windows line end, which is not part of the password.
        const QByteArray password = QByteArray("a long passphrase ").repeated(40);
        QCOMPARE(soliloquy({QStringLiteral("register"), QStringLiteral("--username"), QStringLiteral("eve"),
                            QStringLiteral("--email"), QStringLiteral("eve@example.org"),
                            QStringLiteral("--password-stdin")},
                           password + "\r\n")
                     .exitCode,
                 0);
        const QStringList write{QStringLiteral("write"), QStringLiteral("--username"), QStringLiteral("eve"),
                                QStringLiteral("--password-stdin"), QStringLiteral("hello")};
        ProcessResult result = soliloquy(write, password + "\n");
        QVERIFY2(result.exitCode == 0, qPrintable(result.standardError));
        QVERIFY(soliloquy(write, password.chopped(1) + "\n").exitCode != 0);
        QVERIFY(soliloquy(write, password.left(256) + "\n").exitCode != 0);
    }

    void recoveryKeyIssuesANewKeyForTheRightPasswordOnly()
    {
        ProcessResult result =
            soliloquy({QStringLiteral("register"), QStringLiteral("--username"), QStringLiteral("fay"),
                       QStringLiteral("--email"), QStringLiteral("fay@example.org"),
                       QStringLiteral("--password-stdin")},
                      "terminal passphrase\n");
        QCOMPARE(result.exitCode, 0);
        const QString oldKey = result.standardOutput.section(QLatin1Char(' '), -1).trimmed();
        const QStringList issue{QStringLiteral("recovery-key"), QStringLiteral("--username"),
                                QStringLiteral("fay"), QStringLiteral("--password-stdin")};
        const QVariant wrappedBefore =
            queryValue(journal(), QStringLiteral("SELECT hex(wrapped_key_recovery) FROM users"));
        result = soliloquy(issue, "a wrong guess\n");
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.standardError.contains(QStringLiteral("not right")),
                 qPrintable(result.standardError));
        QCOMPARE(queryValue(journal(), QStringLiteral("SELECT hex(wrapped_key_recovery) FROM users")),
                 wrappedBefore);

        result = soliloquy(issue, "terminal passphrase\n");
        QVERIFY2(result.exitCode == 0, qPrintable(result.standardError));
        QVERIFY(result.standardOutput.startsWith(QStringLiteral("New recovery key")));
        const QString newKey = result.standardOutput.section(QLatin1Char(' '), -1).trimmed();
        QCOMPARE(newKey.size(), oldKey.size());
        QVERIFY(newKey != oldKey);
        QVERIFY(queryValue(journal(), QStringLiteral("SELECT hex(wrapped_key_recovery) FROM users")) !=
                wrappedBefore);
    }

    void passwordChangesThePasswordAndTheKey()
    {
        QVERIFY(registered(QStringLiteral("gus")));
        const auto write = [this](const QByteArray& password) {
            return soliloquy({QStringLiteral("write"), QStringLiteral("--username"), QStringLiteral("gus"),
                              QStringLiteral("--password-stdin"), QStringLiteral("kept")},
                             password + "\n");
        };
        QCOMPARE(write("terminal passphrase").exitCode, 0);
        const QVariant bodyBefore = queryValue(journal(), QStringLiteral("SELECT hex(body) FROM posts"));
        const QStringList change{QStringLiteral("password"), QStringLiteral("--username"),
                                 QStringLiteral("gus"), QStringLiteral("--password-stdin")};

        ProcessResult result = soliloquy(change, "terminal passphrase\n");
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.standardError.contains(QStringLiteral("two lines")),
                 qPrintable(result.standardError));
        result = soliloquy(change, "a wrong guess\nan entirely new passphrase\n");
        QCOMPARE(result.exitCode, 1);
        result = soliloquy(change, "terminal passphrase\nshort\n");
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.standardError.contains(QStringLiteral("Too short")),
                 qPrintable(result.standardError));
        QCOMPARE(queryValue(journal(), QStringLiteral("SELECT hex(body) FROM posts")), bodyBefore);

        result = soliloquy(change, "terminal passphrase\nan entirely new passphrase\n");
        QVERIFY2(result.exitCode == 0, qPrintable(result.standardError));
        QVERIFY(result.standardOutput.startsWith(QStringLiteral("Password changed")));
        QVERIFY(result.standardOutput.contains(QStringLiteral("New recovery key")));
        QVERIFY(queryValue(journal(), QStringLiteral("SELECT hex(body) FROM posts")) != bodyBefore);
        QCOMPARE(write("terminal passphrase").exitCode, 1);
        result = soliloquy({QStringLiteral("search"), QStringLiteral("--username"), QStringLiteral("gus"),
                            QStringLiteral("--password-stdin"), QStringLiteral("kept")},
                           "an entirely new passphrase\n");
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.standardOutput.contains(QStringLiteral("kept")));
    }

    void aPasswordChangeKilledAtAnyPointLosesNothing()
    {
        useFastKeyDerivation();
        constexpr int posts = 20000;
        {
            Database database(journal());
            QVERIFY(database.open());
            const AccountService::Outcome outcome =
                AccountService(database.connection())
                    .registerAccount(QStringLiteral("hal"), QStringLiteral("hal@example.org"),
                                     QStringLiteral("terminal passphrase"));
            QVERIFY(outcome.session);
            QVERIFY(seedPosts(database.connection(), *outcome.session, posts, 0, 1000));
        }
        QRandomGenerator random(20261203);
        QString current = QStringLiteral("terminal passphrase");
        int interrupted = 0;
        for (int round = 0; round < 4; ++round) {
            const QString next = QStringLiteral("new passphrase number %1").arg(round);
            QProcess process;
            process.start(QDir(binaryDirectory()).filePath(QStringLiteral("soliloquy")),
                          {QStringLiteral("--database"), journal(), QStringLiteral("password"),
                           QStringLiteral("--username"), QStringLiteral("hal"),
                           QStringLiteral("--password-stdin")});
            QVERIFY(process.waitForStarted());
            process.write((current + QLatin1Char('\n') + next + QLatin1Char('\n')).toUtf8());
            process.closeWriteChannel();
            // Killed while it seals (or just after): the point where a crash costs most.
            QByteArray said;
            const auto sealingOrEnded = [&] {
                said += process.readAllStandardError();
                return said.contains("Sealing") || process.state() != QProcess::Running;
            };
            QTRY_VERIFY_WITH_TIMEOUT(sealingOrEnded(), 60000);
            QTest::qWait(int(random.bounded(0, 400)));
            if (process.state() == QProcess::Running)
                ::kill(pid_t(process.processId()), SIGKILL);
            QVERIFY(process.waitForFinished());
            if (process.exitStatus() == QProcess::CrashExit)
                ++interrupted;

            Database database(journal());
            QVERIFY2(database.open(), qPrintable(database.error().message));
            AccountService accounts(database.connection());
            AccountService::Outcome outcome = accounts.login(QStringLiteral("hal"), next);
            if (outcome.session)
                current = next;
            else
                outcome = accounts.login(QStringLiteral("hal"), current);
            QVERIFY2(outcome.session,
                     qPrintable(QStringLiteral("round %1: neither password opens").arg(round)));
            const QList<Post> all = Journal(database.connection(), *outcome.session).newest(posts);
            QCOMPARE(all.size(), posts);
            QVERIFY2(std::all_of(all.begin(), all.end(), [](const Post& post) { return post.readable; }),
                     qPrintable(QStringLiteral("round %1: a post does not open").arg(round)));
        }
        QVERIFY2(interrupted > 0, "no round was cut short");
        qInfo("%d of 4 password changes killed; the journal opened after each", interrupted);
    }

    void wrongPasswordAndUnknownUserFailTheSameWay()
    {
        QVERIFY(registered(QStringLiteral("dee")));
        const ProcessResult wrongPassword =
            soliloquy({QStringLiteral("write"), QStringLiteral("--username"), QStringLiteral("dee"),
                       QStringLiteral("--password-stdin"), QStringLiteral("text")},
                      "not it\n");
        const ProcessResult unknownUser =
            soliloquy({QStringLiteral("write"), QStringLiteral("--username"), QStringLiteral("nobody"),
                       QStringLiteral("--password-stdin"), QStringLiteral("text")},
                      "terminal passphrase\n");
        QCOMPARE(wrongPassword.exitCode, 1);
        QCOMPARE(unknownUser.exitCode, 1);
        QCOMPARE(wrongPassword.standardError.section(QLatin1Char('\n'), 0, 0),
                 unknownUser.standardError.section(QLatin1Char('\n'), 0, 0));
        QVERIFY(
            wrongPassword.standardError.startsWith(QStringLiteral("soliloquy: The username or password")));
        QVERIFY(wrongPassword.standardOutput.isEmpty());
        QCOMPARE(queryValue(journal(), QStringLiteral("SELECT count(*) FROM posts")).toInt(), 0);
    }

    void theCommandLineSpeaksEnglishWhateverTheLanguage()
    {
        QVERIFY(registered(QStringLiteral("dee")));
        // A German desktop: the window speaks German, while scripts and the README's examples
        // read the command line's English.
        QProcessEnvironment german;
        german.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
        german.insert(QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8"));
        german.insert(QStringLiteral("LANGUAGE"), QStringLiteral("de"));
        const ProcessResult wrongPassword = runSoliloquy(
            {QStringLiteral("--database"), journal(), QStringLiteral("write"), QStringLiteral("--username"),
             QStringLiteral("dee"), QStringLiteral("--password-stdin"), QStringLiteral("text")},
            "not it\n", german);
        QCOMPARE(wrongPassword.exitCode, 1);
        // (Where the German locale is not installed, Qt first warns about it on a line of its own.)
        const QStringList lines = wrongPassword.standardError.split(QLatin1Char('\n'));
        QVERIFY2(lines.contains(QStringLiteral("soliloquy: The username or password is not right.")),
                 qPrintable(wrongPassword.standardError));
    }

    void badInputGetsAClearMessage()
    {
        ProcessResult result = soliloquy({QStringLiteral("write"), QStringLiteral("hello")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.standardError.contains(QStringLiteral("--username")));

        result = soliloquy({QStringLiteral("register"), QStringLiteral("--username"), QStringLiteral("x"),
                            QStringLiteral("--email"), QStringLiteral("x@example.org"),
                            QStringLiteral("--password-stdin")},
                           "terminal passphrase\n");
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.standardError.contains(QStringLiteral("3 characters")));

        // No terminal and no --password-stdin: no password can be read.
        result = soliloquy({QStringLiteral("write"), QStringLiteral("--username"), QStringLiteral("x"),
                            QStringLiteral("text")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.standardError.contains(QStringLiteral("no password")));

        result = soliloquy({QStringLiteral("write"), QStringLiteral("--username"), QStringLiteral("x"),
                            QStringLiteral("--password-stdin")},
                           "pw\n");
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.standardError.contains(QStringLiteral("give the text as arguments")));
    }
};

QTEST_GUILESS_MAIN(TestAccountCommands)
#include "tst_accountcommands.moc"
