#include "support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

// `soliloquy sync` from a terminal: turning sync on, joining the account on a second computer
// with only the folder and the password, and rounds that carry posts both ways.
class TestSyncCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    const QByteArray m_password = "terminal passphrase\n";

    QString journal(const QString& computer) const
    {
        return m_dir.filePath(computer + QStringLiteral(".sqlite3"));
    }
    QString folder() const { return m_dir.filePath(QStringLiteral("Sync")); }
    ProcessResult on(const QString& computer, const QStringList& arguments, const QByteArray& input)
    {
        return runSoliloquy(QStringList{QStringLiteral("--database"), journal(computer)} + arguments, input);
    }
    ProcessResult as(const QString& computer, const char* verb, const QStringList& rest,
                     const QByteArray& password = "terminal passphrase\n")
    {
        return on(computer,
                  QStringList{QString::fromLatin1(verb), QStringLiteral("--username"), QStringLiteral("ann"),
                              QStringLiteral("--password-stdin")} +
                      rest,
                  password);
    }
    // The texts of the computer's posts, oldest first, as its JSON export has them.
    QStringList texts(const QString& computer)
    {
        const QString file = m_dir.filePath(computer + QStringLiteral("-export.json"));
        QFile::remove(file);
        const ProcessResult result =
            as(computer, "export",
               {QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--output"), file});
        if (result.exitCode != 0)
            return {result.standardError};
        QFile exported(file);
        if (!exported.open(QIODevice::ReadOnly))
            return {};
        QStringList found;
        const QJsonArray posts =
            QJsonDocument::fromJson(exported.readAll()).object().value(QStringLiteral("posts")).toArray();
        for (const auto& post : posts)
            found << post.toObject().value(QStringLiteral("text")).toString();
        return found;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const ProcessResult registered =
            on(QStringLiteral("laptop"),
               {QStringLiteral("register"), QStringLiteral("--username"), QStringLiteral("ann"),
                QStringLiteral("--email"), QStringLiteral("ann@example.org"),
                QStringLiteral("--password-stdin")},
               m_password);
        QCOMPARE(registered.exitCode, 0);
    }

    void aSecondComputerJoinsWithTheFolderAndThePassword()
    {
        QCOMPARE(as(QStringLiteral("laptop"), "write", {QStringLiteral("on the train")}).exitCode, 0);
        QCOMPARE(as(QStringLiteral("laptop"), "write", {QStringLiteral("arrived in Porto")}).exitCode, 0);
        ProcessResult result = as(QStringLiteral("laptop"), "sync",
                                  {QStringLiteral("--folder"), folder(), QStringLiteral("--computer-name"),
                                   QStringLiteral("Laptop")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.standardError));
        QVERIFY2(result.standardOutput.contains(QStringLiteral("Sync is on for ann")),
                 qPrintable(result.standardOutput));
        QVERIFY(result.standardOutput.contains(QStringLiteral("Sent 1 change(s)")));

        result = as(QStringLiteral("desktop"), "sync", {QStringLiteral("--folder"), folder()});
        QVERIFY2(result.exitCode == 0, qPrintable(result.standardError));
        QVERIFY2(result.standardOutput.contains(QStringLiteral("Joined ann")),
                 qPrintable(result.standardOutput));
        QCOMPARE(texts(QStringLiteral("desktop")),
                 QStringList({QStringLiteral("on the train"), QStringLiteral("arrived in Porto")}));

        // And back: written on the desktop, synced there, then on the laptop.
        QCOMPARE(as(QStringLiteral("desktop"), "write", {QStringLiteral("written at the desk")}).exitCode, 0);
        QCOMPARE(as(QStringLiteral("desktop"), "sync", {}).exitCode, 0);
        result = as(QStringLiteral("laptop"), "sync", {});
        QVERIFY2(result.exitCode == 0, qPrintable(result.standardError));
        QVERIFY(result.standardOutput.contains(QStringLiteral("applied 1 from other computers")));
        QCOMPARE(texts(QStringLiteral("laptop")).size(), 3);
        // The record of posts agrees on both.
        for (const QString& computer : {QStringLiteral("laptop"), QStringLiteral("desktop")}) {
            result = on(computer,
                        {QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--username"),
                         QStringLiteral("ann"), QStringLiteral("--password-stdin")},
                        m_password);
            QVERIFY2(result.exitCode == 0, qPrintable(computer + result.standardError));
        }
    }

    void aWrongPasswordJoinsNothing()
    {
        const ProcessResult result =
            as(QStringLiteral("stranger"), "sync", {QStringLiteral("--folder"), folder()}, "guessing\n");
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(!result.standardError.isEmpty(), qPrintable(result.standardOutput));
        // No account was left behind: joining with the right password still works.
        const ProcessResult retry =
            as(QStringLiteral("stranger"), "sync", {QStringLiteral("--folder"), folder()});
        QVERIFY2(retry.exitCode == 0, qPrintable(retry.standardError));
    }

    // Runs after the join above: the laptop and the desktop keep one journal.
    void aNewPasswordFromTheTerminalOpensTheOtherComputerToo()
    {
        const QByteArray passwords = m_password + "a newer terminal passphrase\n";
        ProcessResult result = as(QStringLiteral("laptop"), "password", {}, passwords);
        QVERIFY2(result.exitCode == 0, qPrintable(result.standardError));
        QVERIFY2(result.standardOutput.contains(QStringLiteral("its key stays as it is")),
                 qPrintable(result.standardOutput));
        QCOMPARE(as(QStringLiteral("laptop"), "sync", {}, "a newer terminal passphrase\n").exitCode, 0);
        // The desktop still opens with the password it knew, and takes the new one in its round.
        result = as(QStringLiteral("desktop"), "sync", {});
        QVERIFY2(result.exitCode == 0, qPrintable(result.standardError));
        QCOMPARE(as(QStringLiteral("desktop"), "sync", {}).exitCode, 1);
        result = as(QStringLiteral("desktop"), "sync", {}, "a newer terminal passphrase\n");
        QVERIFY2(result.exitCode == 0, qPrintable(result.standardError));
        // Posts sealed before are read with the new password: the key did not change.
        QCOMPARE(as(QStringLiteral("desktop"), "export",
                    {QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--output"),
                     m_dir.filePath(QStringLiteral("after-password.json"))},
                    "a newer terminal passphrase\n")
                     .exitCode,
                 0);
    }

    void aFolderWithoutAJournalOrNoFolderIsSaid()
    {
        const QString empty = m_dir.filePath(QStringLiteral("Empty"));
        QVERIFY(QDir().mkpath(empty));
        ProcessResult result = as(QStringLiteral("other"), "sync", {QStringLiteral("--folder"), empty});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.standardError.contains(QStringLiteral("holds no journal to join")),
                 qPrintable(result.standardError));
        result = as(QStringLiteral("other"), "sync", {});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.standardError.contains(QStringLiteral("--folder")));
    }
};

QTEST_GUILESS_MAIN(TestSyncCommand)
#include "tst_synccommand.moc"
