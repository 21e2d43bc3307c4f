#include "support/TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

// `soliloquy export` and `soliloquy import`, run as the real executable with no display.
class TestExportImportCommands : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString journal() const { return m_dir.filePath(QStringLiteral("journal.sqlite3")); }
    QString path(const QString& name) const { return m_dir.filePath(name); }
    ProcessResult soliloquy(const QStringList& arguments, const QByteArray& input = "terminal passphrase\n")
    {
        return runSoliloquy(QStringList{QStringLiteral("--database"), journal()} + arguments, input);
    }
    static QString sample(const QString& name) { return QStringLiteral(SOLILOQUY_TEST_DATA "/") + name; }
    ProcessResult importAs(const QString& format, const QString& file)
    {
        return soliloquy({QStringLiteral("import"), QStringLiteral("--username"), QStringLiteral("cli"),
                          QStringLiteral("--format"), format, QStringLiteral("--password-stdin"), file});
    }
    ProcessResult exportAs(const QString& format, const QString& file,
                           const QByteArray& password = "terminal passphrase\n")
    {
        return soliloquy({QStringLiteral("export"), QStringLiteral("--username"), QStringLiteral("cli"),
                          QStringLiteral("--format"), format, QStringLiteral("--output"), file,
                          QStringLiteral("--password-stdin")},
                         password);
    }

private Q_SLOTS:
    void init()
    {
        QDir(m_dir.path()).removeRecursively();
        QDir().mkpath(m_dir.path());
        const ProcessResult result =
            soliloquy({QStringLiteral("register"), QStringLiteral("--username"), QStringLiteral("cli"),
                       QStringLiteral("--email"), QStringLiteral("cli@example.org"),
                       QStringLiteral("--password-stdin")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.standardError));
    }

    void importThenExportEveryFormat()
    {
        ProcessResult result = importAs(QStringLiteral("jrnl"), sample(QStringLiteral("jrnl.json")));
        QVERIFY2(result.exitCode == 0, qPrintable(result.standardError));
        QCOMPARE(result.standardOutput,
                 QStringLiteral("Imported 4 posts from %1.\n").arg(sample(QStringLiteral("jrnl.json"))));
        result = importAs(QStringLiteral("dayone"), sample(QStringLiteral("dayone.zip")));
        QVERIFY2(result.exitCode == 0, qPrintable(result.standardError));
        QCOMPARE(result.standardOutput, QStringLiteral("Imported 4 posts (1 file attached) from %1.\n")
                                            .arg(sample(QStringLiteral("dayone.zip"))));
        result = importAs(QStringLiteral("soliloquy"), sample(QStringLiteral("soliloquy.json")));
        QVERIFY2(result.exitCode == 0, qPrintable(result.standardError));
        QVERIFY(result.standardOutput.startsWith(
            QStringLiteral("Imported 3 posts (1 empty left out, 1 file attached)")));

        // The same file again: one line saying nothing was added.
        result = importAs(QStringLiteral("jrnl"), sample(QStringLiteral("jrnl.json")));
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.standardOutput.startsWith(QStringLiteral("Imported 0 posts (4 already there) from ")));
        QCOMPARE(queryValue(journal(), QStringLiteral("SELECT count(*) FROM posts")).toInt(), 11);

        result = exportAs(QStringLiteral("json"), path(QStringLiteral("out.json")));
        QVERIFY2(result.exitCode == 0, qPrintable(result.standardError));
        QCOMPARE(result.standardOutput,
                 QStringLiteral("Exported 11 posts to %1.\n").arg(path(QStringLiteral("out.json"))));
        QFile json(path(QStringLiteral("out.json")));
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonArray posts =
            QJsonDocument::fromJson(json.readAll()).object().value(QStringLiteral("posts")).toArray();
        QCOMPARE(posts.size(), 11);
        // Oldest first: Day One's entry of 2024-01-05 09:30 UTC, with its photo.
        const QJsonObject oldest = posts.first().toObject();
        QVERIFY(oldest.value(QStringLiteral("text")).toString().startsWith(QStringLiteral("# Tram 28")));
        QCOMPARE(oldest.value(QStringLiteral("attachments")).toArray().size(), 1);

        for (const QString& format : {QStringLiteral("markdown"), QStringLiteral("html")}) {
            result = exportAs(format, path(QStringLiteral("out.") + format));
            QVERIFY2(result.exitCode == 0, qPrintable(result.standardError));
            QFile file(path(QStringLiteral("out.") + format));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY(QString::fromUtf8(file.readAll()).contains(QStringLiteral("桜がとてもきれいでした 🌸")));
        }
    }

    // The command line's page renders Markdown as the window's does, and shows HTML typed in a
    // post as text.
    void theHtmlExportRendersMarkdownAndKeepsTypedHtmlAsText()
    {
        for (const QString& text : {QStringLiteral("**bold** [link](https://example.org)"),
                                    QStringLiteral("<img src=x onerror=alert(1)>")}) {
            const ProcessResult written =
                soliloquy({QStringLiteral("write"), QStringLiteral("--username"), QStringLiteral("cli"),
                           QStringLiteral("--password-stdin"), text});
            QVERIFY2(written.exitCode == 0, qPrintable(written.standardError));
        }
        const ProcessResult result = exportAs(QStringLiteral("html"), path(QStringLiteral("out.html")));
        QVERIFY2(result.exitCode == 0, qPrintable(result.standardError));
        QFile file(path(QStringLiteral("out.html")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(file.readAll());
        QVERIFY2(html.contains(QStringLiteral("<strong>bold</strong>")), qPrintable(html));
        QVERIFY(html.contains(QStringLiteral("<a href=\"https://example.org\">link</a>")));
        QVERIFY(!html.contains(QStringLiteral("**bold**")));
        QVERIFY(html.contains(QStringLiteral("&lt;img src=x onerror=alert(1)&gt;")));
        QVERIFY(!html.contains(QStringLiteral("<img src=x")));
    }

    void aTamperedPostIsNamedAndTheRestIsGivenWithStatus3()
    {
        QCOMPARE(importAs(QStringLiteral("jrnl"), sample(QStringLiteral("jrnl.json"))).exitCode, 0);
        const QString file = path(QStringLiteral("clean.json"));
        ProcessResult result = exportAs(QStringLiteral("json"), file);
        QCOMPARE(result.exitCode, 0); // a clean journal: status 0, nothing on standard error
        QVERIFY(result.standardError.isEmpty());

        // One byte of one stored post changed outside Soliloquy.
        const qint64 tampered =
            queryValue(journal(), QStringLiteral("SELECT min(id) FROM posts")).toLongLong();
        QVERIFY(
            execSql(journal(), {QStringLiteral("UPDATE posts SET body = unhex(substr(hex(body), 1, 40) || "
                                               "iif(substr(hex(body), 41, 2) = '00', '01', '00') || "
                                               "substr(hex(body), 43)) WHERE id = %1")
                                    .arg(tampered)}));
        const QString damaged = path(QStringLiteral("damaged.json"));
        result = exportAs(QStringLiteral("json"), damaged);
        QCOMPARE(result.exitCode, 3);
        QVERIFY(result.standardOutput.startsWith(QStringLiteral("Exported 4 posts")));
        QVERIFY2(result.standardError.contains(
                     QStringLiteral("damaged: 1 post does not open (post %1)").arg(tampered)),
                 qPrintable(result.standardError));
        QFile written(damaged);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QJsonArray posts =
            QJsonDocument::fromJson(written.readAll()).object().value(QStringLiteral("posts")).toArray();
        QCOMPARE(posts.size(), 4);
        QCOMPARE(std::count_if(posts.begin(), posts.end(),
                               [](const QJsonValue& post) {
                                   return post.toObject().contains(QStringLiteral("unreadable"));
                               }),
                 1);

        result = soliloquy({QStringLiteral("search"), QStringLiteral("--username"), QStringLiteral("cli"),
                            QStringLiteral("--password-stdin"), QStringLiteral("the")});
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(result.standardError.contains(QStringLiteral("(post %1)").arg(tampered)),
                 qPrintable(result.standardError));
    }

    void aPostRemovedOutsideIsToldByExportSearchAndDbCheck()
    {
        QCOMPARE(importAs(QStringLiteral("jrnl"), sample(QStringLiteral("jrnl.json"))).exitCode, 0);
        const QStringList dbCheck{QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--username"),
                                  QStringLiteral("cli"), QStringLiteral("--password-stdin")};
        ProcessResult result = soliloquy(dbCheck);
        QVERIFY2(result.exitCode == 0, qPrintable(result.standardError));
        QVERIFY2(result.standardOutput.contains(QStringLiteral("ok: all 4 posts of cli open")),
                 qPrintable(result.standardOutput));

        // One row deleted outside Soliloquy: every post left still opens.
        QVERIFY(
            execSql(journal(), {QStringLiteral("DELETE FROM posts WHERE id = (SELECT max(id) FROM posts)")}));
        const QString missing =
            QStringLiteral("1 post is missing (the journal's record names 4, it holds 3)");
        result = exportAs(QStringLiteral("json"), path(QStringLiteral("after.json")));
        QCOMPARE(result.exitCode, 3);
        QVERIFY(result.standardOutput.startsWith(QStringLiteral("Exported 3 posts")));
        QVERIFY2(result.standardError.contains(missing), qPrintable(result.standardError));
        result = soliloquy({QStringLiteral("search"), QStringLiteral("--username"), QStringLiteral("cli"),
                            QStringLiteral("--password-stdin"), QStringLiteral("the")});
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(result.standardError.contains(missing), qPrintable(result.standardError));
        result = soliloquy(dbCheck);
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(result.standardError.contains(missing), qPrintable(result.standardError));
        QVERIFY(!result.standardOutput.contains(QStringLiteral("ok: all")));
        // A wrong password is refused before anything is checked.
        result = soliloquy(dbCheck, "not the password\n");
        QCOMPARE(result.exitCode, 1);
    }

    void aMalformedFileIsRefusedWithWhereAndNothingImported()
    {
        QFile original(sample(QStringLiteral("dayone-Journal.json")));
        QVERIFY(original.open(QIODevice::ReadOnly));
        QFile broken(path(QStringLiteral("Journal.json")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write(original.readAll().replace("2024-06-01T12:00:00Z", "next Tuesday"));
        broken.close();
        const ProcessResult result = importAs(QStringLiteral("dayone"), broken.fileName());
        QCOMPARE(result.exitCode, 1);
        QCOMPARE(result.standardOutput, QString());
        QCOMPARE(
            result.standardError,
            QStringLiteral(
                "soliloquy: cannot import %1: entry 3: 'creationDate' is not a date. Nothing was imported.\n")
                .arg(broken.fileName()));
        QCOMPARE(queryValue(journal(), QStringLiteral("SELECT count(*) FROM posts")).toInt(), 0);
    }

    // Nobody has to know the names of export formats: the file says what it is.
    void importWithoutAFormatRecognisesEachKindOfFile()
    {
        for (const auto& [file, added] :
             {std::pair{QStringLiteral("jrnl.json"), 4}, std::pair{QStringLiteral("dayone.zip"), 4},
              std::pair{QStringLiteral("dayone-Journal.json"), 0},
              std::pair{QStringLiteral("soliloquy.json"), 3}}) {
            const ProcessResult result =
                soliloquy({QStringLiteral("import"), QStringLiteral("--username"), QStringLiteral("cli"),
                           QStringLiteral("--password-stdin"), sample(file)});
            QVERIFY2(result.exitCode == 0, qPrintable(file + result.standardError));
            QVERIFY2(result.standardOutput.startsWith(QStringLiteral("Imported %1 post").arg(added)),
                     qPrintable(file + result.standardOutput));
        }
    }

    // A file of another kind than the one named, or of no kind Soliloquy reads, is refused in
    // a sentence that says what it looks like and what was expected; nothing is imported.
    void aFileOfTheWrongKindIsNamedForWhatItIs()
    {
        ProcessResult result = importAs(QStringLiteral("soliloquy"), sample(QStringLiteral("jrnl.json")));
        QCOMPARE(result.exitCode, 1);
        QCOMPARE(result.standardError,
                 QStringLiteral("soliloquy: cannot import %1: This file looks like a jrnl export, not a "
                                "Soliloquy export. Leave out --format and Soliloquy imports it as what it "
                                "is. Nothing was imported.\n")
                     .arg(sample(QStringLiteral("jrnl.json"))));

        QFile other(path(QStringLiteral("settings.json")));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write(R"({"theme": "dark", "fontSize": 12})");
        other.close();
        result = soliloquy({QStringLiteral("import"), QStringLiteral("--username"), QStringLiteral("cli"),
                            QStringLiteral("--password-stdin"), other.fileName()});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.standardError.contains(QStringLiteral(": This JSON file is not a journal export "
                                                              "Soliloquy knows")),
                 qPrintable(result.standardError));
        QVERIFY(result.standardError.contains(QStringLiteral("Soliloquy imports its own JSON exports, jrnl's "
                                                             "JSON exports and Day One's exports")));

        QFile text(path(QStringLiteral("notes.txt")));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("Dear diary,\n");
        text.close();
        result = soliloquy({QStringLiteral("import"), QStringLiteral("--username"), QStringLiteral("cli"),
                            QStringLiteral("--password-stdin"), text.fileName()});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(
            result.standardError.contains(QStringLiteral(": This file is neither JSON nor a ZIP archive.")),
            qPrintable(result.standardError));
        QCOMPARE(queryValue(journal(), QStringLiteral("SELECT count(*) FROM posts")).toInt(), 0);
    }

    void badArgumentsAndPasswordsGetAClearMessage()
    {
        ProcessResult result =
            soliloquy({QStringLiteral("export"), QStringLiteral("--username"), QStringLiteral("cli"),
                       QStringLiteral("--output"), path(QStringLiteral("x.json"))});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.standardError.contains(QStringLiteral("--format json|markdown|html")));
        result = soliloquy({QStringLiteral("export"), QStringLiteral("--username"), QStringLiteral("cli"),
                            QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.standardError.contains(QStringLiteral("--output FILE")));
        result = soliloquy({QStringLiteral("import"), QStringLiteral("--username"), QStringLiteral("cli"),
                            QStringLiteral("--format"), QStringLiteral("evernote"),
                            sample(QStringLiteral("jrnl.json"))});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.standardError.contains(QStringLiteral("--format soliloquy|jrnl|dayone")));
        result = soliloquy({QStringLiteral("import"), QStringLiteral("--username"), QStringLiteral("cli"),
                            QStringLiteral("--format"), QStringLiteral("jrnl"),
                            QStringLiteral("--password-stdin")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.standardError.contains(QStringLiteral("one FILE")));

        // A wrong password writes no file.
        result = exportAs(QStringLiteral("json"), path(QStringLiteral("x.json")), "not it\n");
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.standardError.startsWith(QStringLiteral("soliloquy: The username or password")));
        QVERIFY(!QFile::exists(path(QStringLiteral("x.json"))));
        // No terminal and no --password-stdin: no password can be read.
        result = soliloquy({QStringLiteral("export"), QStringLiteral("--username"), QStringLiteral("cli"),
                            QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--output"),
                            path(QStringLiteral("x.json"))},
                           {});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.standardError.contains(QStringLiteral("no password")));
        result = importAs(QStringLiteral("jrnl"), path(QStringLiteral("missing.json")));
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.standardError.contains(QStringLiteral("cannot read")));
    }

    void helpListsTheVerbs()
    {
        const ProcessResult result = runSoliloquy({QStringLiteral("--help")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.standardOutput.contains(
            QStringLiteral("export --username NAME --format json|markdown|html")));
        QVERIFY(result.standardOutput.contains(
            QStringLiteral("import --username NAME [--format soliloquy|jrnl|dayone]")));
    }
};

QTEST_GUILESS_MAIN(TestExportImportCommands)
#include "tst_exportimportcommands.moc"
