#include "support/JournalFixture.h"
#include "support/TestSupport.h"

#include "core/Exporter.h"
#include "core/Importer.h"
#include "core/Journal.h"
#include "core/NewPicture.h"
#include "pictures/PictureFile.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

qint64 utc(const char* iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
}

// The export without what differs between two journals holding the same posts:
// the time of the export and the posts' ids.
QJsonObject withoutIds(const QByteArray& json)
{
    QJsonObject root = QJsonDocument::fromJson(json).object();
    root.remove(QStringLiteral("exported_at"));
    QJsonArray posts;
    for (const auto& post : root.value(QStringLiteral("posts")).toArray()) {
        QJsonObject object = post.toObject();
        object.remove(QStringLiteral("id"));
        posts.append(object);
    }
    root.insert(QStringLiteral("posts"), posts);
    return root;
}

} // namespace

// Exporting a journal as JSON, Markdown and HTML (the tests run with TZ=America/New_York).
class TestExporter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<JournalFixture> m_journal;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    Exporter::Result exportAs(Exporter::Format format, const QString& file,
                              const Exporter::Progress& progress = {})
    {
        return Exporter(m_journal->connection(), m_journal->session()).exportTo(path(file), format, progress);
    }

    void post(const QString& text, const char* when, const char* edited = nullptr)
    {
        Post post{0, text, utc(when), edited ? utc(edited) : 0, true, {}};
        StorageError error;
        QVERIFY(Journal(m_journal->connection(), m_journal->session()).undelete(post, &error));
    }

    // Every name in the test's folder, hidden ones included.
    QStringList namesInFolder() const
    {
        return QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    }

    QStringList filesInFolder() const
    {
        QStringList names;
        QDirIterator it(m_dir.path(), QDir::Files);
        while (it.hasNext())
            names << it.next().section(QLatin1Char('/'), -1);
        names.removeIf([](const QString& name) { return name.startsWith(QLatin1String("journal.sqlite3")); });
        return names;
    }

private Q_SLOTS:
    void initTestCase() { useFastKeyDerivation(); }

    void init()
    {
        m_journal.reset();
        QDir(m_dir.path()).removeRecursively();
        QDir().mkpath(m_dir.path());
        m_journal = std::make_unique<JournalFixture>(path(QStringLiteral("journal.sqlite3")));
        QVERIFY(m_journal->isReady());
    }

    void cleanupTestCase() { m_journal.reset(); }

    void jsonExportImportExportIsLossless()
    {
        // Posts of every kind: unicode, Markdown, an edit, and a Day One photo as an attachment.
        post(QStringLiteral("First **bold** post\nwith a second line"), "2024-01-05T14:30:00Z");
        post(QStringLiteral("日本語のテキスト 🌸 and emoji 👩‍👩‍👧"),
             "2024-01-05T15:00:00Z", "2024-01-07T10:00:00Z");
        post(QStringLiteral("<script>alert(1)</script> & \"quotes\""), "2024-02-29T23:59:59.123Z");
        QVERIFY(Importer(m_journal->connection(), m_journal->session())
                    .importFile(QStringLiteral(SOLILOQUY_TEST_DATA "/dayone.zip"), Importer::Format::DayOne)
                    .ok);
        const QByteArray avatar = readAll(QStringLiteral(SOLILOQUY_TEST_DATA "/dayone-photo.png"));
        QVERIFY(AccountService(m_journal->connection())
                    .updateProfile(m_journal->session(), QStringLiteral("ann@example.org"), avatar)
                    .isEmpty());

        const Exporter::Result first = exportAs(Exporter::Format::Json, QStringLiteral("first.json"));
        QVERIFY2(first.ok, qPrintable(first.error));
        QCOMPARE(first.exported, 7);
        const QByteArray firstJson = readAll(path(QStringLiteral("first.json")));
        const QJsonObject exported = QJsonDocument::fromJson(firstJson).object();
        QCOMPARE(exported.value(QStringLiteral("format")).toString(), QStringLiteral("soliloquy-journal"));
        QCOMPARE(exported.value(QStringLiteral("posts")).toArray().size(), 7);
        QCOMPARE(
            exported.value(QStringLiteral("account")).toObject().value(QStringLiteral("username")).toString(),
            QStringLiteral("ann"));

        // Into a new journal with the same account, then out again.
        m_journal.reset();
        JournalFixture other(path(QStringLiteral("other.sqlite3")));
        QVERIFY(other.isReady());
        // Another account's post comes first, so the imported posts get other ids than the exported ones.
        const std::unique_ptr<Session> zed =
            AccountService(other.connection())
                .registerAccount(QStringLiteral("zed"), QStringLiteral("zed@example.org"),
                                 JournalFixture::password())
                .session;
        QVERIFY(zed);
        StorageError error;
        QVERIFY(Journal(other.connection(), *zed).send(QStringLiteral("zed's post"), &error));
        Importer importer(other.connection(), other.session());
        const Importer::Result imported =
            importer.importFile(path(QStringLiteral("first.json")), Importer::Format::Soliloquy);
        QVERIFY2(imported.ok, qPrintable(imported.error));
        QCOMPARE(imported.imported, 7);
        QCOMPARE(imported.attachments, 1);
        const Exporter::Result second =
            Exporter(other.connection(), other.session())
                .exportTo(path(QStringLiteral("second.json")), Exporter::Format::Json);
        QVERIFY2(second.ok, qPrintable(second.error));
        const QByteArray secondJson = readAll(path(QStringLiteral("second.json")));
        QVERIFY(firstJson != secondJson);                        // the ids differ...
        QCOMPARE(withoutIds(secondJson), withoutIds(firstJson)); // ...and nothing else does

        // Our own export imported again adds nothing.
        const Importer::Result again =
            importer.importFile(path(QStringLiteral("second.json")), Importer::Format::Soliloquy);
        QCOMPARE(again.imported, 0);
        QCOMPARE(again.alreadyThere, 7);
    }

    // The Markdown file links its pictures in a folder beside it, each stored content written
    // once with its own bytes; the text's `attachment:N` becomes the link.
    void markdownWritesThePicturesIntoAFolderBesideIt()
    {
        QVERIFY(Importer(m_journal->connection(), m_journal->session())
                    .importFile(QStringLiteral(SOLILOQUY_TEST_DATA "/dayone.zip"), Importer::Format::DayOne)
                    .ok);
        const QByteArray photo = readAll(QStringLiteral(SOLILOQUY_TEST_DATA "/dayone-photo.png"));
        // The same photo again, without a word, and a file that is no picture.
        const QJsonObject again{
            {QStringLiteral("created_at"), utc("2030-01-01T12:00:00Z")},
            {QStringLiteral("text"), QString()},
            {QStringLiteral("attachments"),
             QJsonArray{QJsonObject{{QStringLiteral("mime_type"), QStringLiteral("image/png")},
                                    {QStringLiteral("data"), QString::fromLatin1(photo.toBase64())}},
                        QJsonObject{
                            {QStringLiteral("mime_type"), QStringLiteral("text/plain")},
                            {QStringLiteral("data"), QString::fromLatin1(QByteArray("notes").toBase64())}}}}};
        QFile json(path(QStringLiteral("again.json")));
        QVERIFY(json.open(QIODevice::WriteOnly));
        json.write(QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("soliloquy-journal")},
                                             {QStringLiteral("version"), 1},
                                             {QStringLiteral("posts"), QJsonArray{again}}})
                       .toJson());
        json.close();
        const Importer::Result imported = Importer(m_journal->connection(), m_journal->session())
                                              .importFile(json.fileName(), Importer::Format::Soliloquy);
        QVERIFY2(imported.ok, qPrintable(imported.error));

        QVERIFY(exportAs(Exporter::Format::Markdown, QStringLiteral("my journal.md")).ok);
        const QString markdown = QString::fromUtf8(readAll(path(QStringLiteral("my journal.md"))));
        const QDir folder(path(QStringLiteral("my journal-pictures")));
        const QStringList files = folder.entryList(QDir::Files, QDir::Name);
        QCOMPARE(files.size(), 2); // the photo once, and the notes
        const QString photoFile = files.filter(QStringLiteral(".png")).value(0);
        QVERIFY2(QRegularExpression(QStringLiteral("^post-\\d+-1\\.png$")).match(photoFile).hasMatch(),
                 qPrintable(photoFile));
        QCOMPARE(readAll(folder.filePath(photoFile)), photo);
        QCOMPARE(readAll(folder.filePath(files.filter(QStringLiteral("-2.")).value(0))), QByteArray("notes"));
        // The Day One post's own reference, and the picture-only post, link to the one file.
        const QString link = QStringLiteral("my%20journal-pictures/") + photoFile;
        QVERIFY2(markdown.contains(QStringLiteral("![photo](%1)").arg(link)), qPrintable(markdown));
        QVERIFY2(markdown.contains(QStringLiteral("![picture 1](%1)").arg(link)), qPrintable(markdown));
        QVERIFY(markdown.contains(QStringLiteral("[attachment 2](my%20journal-pictures/")));
        QVERIFY(!markdown.contains(QStringLiteral("attachment:")));
        // Like the export: for its owner alone.
        QCOMPARE(QFileInfo(folder.filePath(photoFile)).permissions() &
                     (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());

        // Exported again to the same place: the files are replaced, the user's own are left.
        QFile mine(folder.filePath(QStringLiteral("mine.txt")));
        QVERIFY(mine.open(QIODevice::WriteOnly));
        mine.close();
        QVERIFY(exportAs(Exporter::Format::Markdown, QStringLiteral("my journal.md")).ok);
        QCOMPARE(folder.entryList(QDir::Files).size(), 3);
        QCOMPARE(readAll(folder.filePath(photoFile)), photo);
        // Nothing is left in the export's folder but the file and its pictures.
        QCOMPARE(namesInFolder().filter(QStringLiteral("pictures")),
                 QStringList{QStringLiteral("my journal-pictures")});
    }

    // A cancelled or failed Markdown export leaves no pictures behind; a journal without any
    // makes no folder.
    void aMarkdownExportCutShortLeavesNoPictures()
    {
        post(QStringLiteral("words only"), "2024-01-05T14:30:00Z");
        QVERIFY(exportAs(Exporter::Format::Markdown, QStringLiteral("j.md")).ok);
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("j-pictures"))));
        QVERIFY(QFile::remove(path(QStringLiteral("j.md"))));

        QVERIFY(Importer(m_journal->connection(), m_journal->session())
                    .importFile(QStringLiteral(SOLILOQUY_TEST_DATA "/dayone.zip"), Importer::Format::DayOne)
                    .ok);
        // Cancelled after the page with the photo was written.
        QVERIFY(exportAs(Exporter::Format::Markdown, QStringLiteral("j.md"), [](qint64 done, qint64) {
                    return done == 0;
                }).cancelled);
        const QStringList left = namesInFolder();
        QVERIFY2(left.filter(QStringLiteral("j")).filter(QStringLiteral("pictures")).isEmpty(),
                 qPrintable(left.join(QLatin1Char(' '))));
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("j.md"))));

        // A file where the folder would go: the export says so and writes nothing.
        QFile blocker(path(QStringLiteral("j-pictures")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const Exporter::Result blocked = exportAs(Exporter::Format::Markdown, QStringLiteral("j.md"));
        QVERIFY(!blocked.ok);
        QVERIFY2(blocked.error.contains(QStringLiteral("a file has that name")), qPrintable(blocked.error));
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("j.md"))));
        QCOMPARE(namesInFolder().filter(QStringLiteral("pictures")),
                 QStringList{QStringLiteral("j-pictures")});
    }

    // Pictures sent with posts (one alone, without text) go out in the JSON export and come
    // back into a fresh account with the same bytes and their size; Day One's photos get
    // their size too.
    void picturesExportToJsonAndImportBackWithTheirSize()
    {
        const QByteArray png = readAll(QStringLiteral(SOLILOQUY_TEST_DATA "/dayone-photo.png"));
        const QByteArray jpeg = readAll(QStringLiteral(SOLILOQUY_TEST_DATA "/three-by-two.jpg"));
        {
            Journal journal(m_journal->connection(), m_journal->session());
            StorageError error;
            QVERIFY2(journal.send(QStringLiteral("a day out"),
                                  {NewPicture{png, QStringLiteral("image/png"), QSize(2, 2)},
                                   NewPicture{jpeg, QStringLiteral("image/jpeg"), QSize(3, 2)}},
                                  &error),
                     qPrintable(error.message));
            QVERIFY2(journal.send(QString(), {NewPicture{jpeg, QStringLiteral("image/jpeg"), QSize(3, 2)}},
                                  &error),
                     qPrintable(error.message));
        }
        QVERIFY(exportAs(Exporter::Format::Json, QStringLiteral("pictures.json")).ok);
        const QJsonArray posts = QJsonDocument::fromJson(readAll(path(QStringLiteral("pictures.json"))))
                                     .object()
                                     .value(QStringLiteral("posts"))
                                     .toArray();
        QCOMPARE(posts.size(), 2);
        const QJsonArray first = posts.at(0).toObject().value(QStringLiteral("attachments")).toArray();
        QCOMPARE(first.size(), 2);
        QCOMPARE(QByteArray::fromBase64(
                     first.at(1).toObject().value(QStringLiteral("data")).toString().toLatin1()),
                 jpeg);
        QCOMPARE(posts.at(1).toObject().value(QStringLiteral("text")).toString(), QString());

        m_journal.reset();
        JournalFixture other(path(QStringLiteral("other.sqlite3")));
        QVERIFY(other.isReady());
        Importer importer(other.connection(), other.session());
        importer.setPictureSizer(&PictureFile::sizeOf);
        const Importer::Result imported =
            importer.importFile(path(QStringLiteral("pictures.json")), Importer::Format::Soliloquy);
        QVERIFY2(imported.ok, qPrintable(imported.error));
        QCOMPARE(imported.imported, 2);
        QCOMPARE(imported.attachments, 3);
        QVERIFY(
            importer.importFile(QStringLiteral(SOLILOQUY_TEST_DATA "/dayone.zip"), Importer::Format::DayOne)
                .ok);
        Journal journal(other.connection(), other.session());
        const QList<Post> back = journal.newest(10);
        const auto find = [&back](const QString& start) {
            return *std::find_if(back.cbegin(), back.cend(), [&start](const Post& post) {
                return start.isEmpty() ? post.text.isEmpty() : post.text.startsWith(start);
            });
        };
        const Post dayOut = find(QStringLiteral("a day out"));
        QCOMPARE(dayOut.pictures.size(), 2);
        QCOMPARE(journal.pictureBytes(dayOut.pictures.at(0).attachmentId), std::optional(png));
        QCOMPARE(journal.pictureBytes(dayOut.pictures.at(1).attachmentId), std::optional(jpeg));
        QCOMPARE(dayOut.pictures.at(0).size, QSize(2, 2));
        QCOMPARE(dayOut.pictures.at(1).size, QSize(3, 2));
        const Post alone = find(QString());
        QVERIFY(alone.text.isEmpty());
        QCOMPARE(alone.pictures.size(), 1);
        QCOMPARE(alone.pictures.at(0).size, QSize(3, 2));
        // Day One's photo, the same bytes as the first picture, keeps the size stored with them.
        const Post tram = find(QStringLiteral("# Tram 28"));
        QCOMPARE(tram.pictures.size(), 1);
        QCOMPARE(tram.pictures.at(0).size, QSize(2, 2));
    }

    // A Day One photo, imported into a journal alone, gets its size from its bytes.
    void dayOnePhotosGetTheirSize()
    {
        Importer importer(m_journal->connection(), m_journal->session());
        importer.setPictureSizer(&PictureFile::sizeOf);
        QVERIFY(
            importer.importFile(QStringLiteral(SOLILOQUY_TEST_DATA "/dayone.zip"), Importer::Format::DayOne)
                .ok);
        const QList<Journal::GalleryEntry> gallery =
            Journal(m_journal->connection(), m_journal->session()).gallery();
        QCOMPARE(gallery.size(), 1);
        QCOMPARE(gallery.at(0).picture.size, QSize(2, 2));
    }

    // The page shows each picture inside it, for a post with text and for one without; the
    // text's own `![...](attachment:N)` is left to the figure below it.
    void htmlShowsThePicturesOfPostsWithAndWithoutText()
    {
        const QByteArray png = readAll(QStringLiteral(SOLILOQUY_TEST_DATA "/dayone-photo.png"));
        Journal journal(m_journal->connection(), m_journal->session());
        StorageError error;
        QVERIFY(journal.send(QString(), {NewPicture{png, QStringLiteral("image/png"), QSize(2, 2)}}, &error));
        QVERIFY(Importer(m_journal->connection(), m_journal->session())
                    .importFile(QStringLiteral(SOLILOQUY_TEST_DATA "/dayone.zip"), Importer::Format::DayOne)
                    .ok);
        QVERIFY(exportAs(Exporter::Format::Html, QStringLiteral("j.html")).ok);
        const QString html = QString::fromUtf8(readAll(path(QStringLiteral("j.html"))));
        const QString image = QStringLiteral("<img alt=\"attachment 1\" src=\"data:image/png;base64,%1\">")
                                  .arg(QString::fromLatin1(png.toBase64()));
        QCOMPARE(html.count(image), 2);
        QVERIFY2(!html.contains(QStringLiteral("attachment:")), qPrintable(html));
        // The post without text is its picture alone: no empty body above it.
        const qsizetype alone = html.lastIndexOf(QStringLiteral("<article"));
        QVERIFY(html.indexOf(image, alone) > alone);
        QVERIFY(!html.mid(alone).contains(QStringLiteral("class=\"body\"")));
    }

    void markdownHasADayHeadingPerLocalDayAndLocalTimes()
    {
        post(QStringLiteral("Morning *coffee*"), "2024-01-05T14:30:00Z");
        // 02:00 UTC on the 6th is still the evening of the 5th in New York.
        post(QStringLiteral("Late note"), "2024-01-06T02:00:00Z", "2024-01-06T03:00:00Z");
        post(QStringLiteral("Next day"), "2024-01-06T13:00:00Z");
        QVERIFY(exportAs(Exporter::Format::Markdown, QStringLiteral("j.md")).ok);
        const QString markdown = QString::fromUtf8(readAll(path(QStringLiteral("j.md"))));
        const QString fifth = QLocale().toString(QDate(2024, 1, 5), QLocale::LongFormat);
        const QString sixth = QLocale().toString(QDate(2024, 1, 6), QLocale::LongFormat);
        QVERIFY(markdown.startsWith(QStringLiteral("# Journal of ann\n\n3 posts")));
        QCOMPARE(markdown.count(QStringLiteral("\n## ")), 2);
        const qsizetype day5 = markdown.indexOf(QStringLiteral("\n## ") + fifth + QLatin1Char('\n'));
        const qsizetype day6 = markdown.indexOf(QStringLiteral("\n## ") + sixth + QLatin1Char('\n'));
        QVERIFY(day5 > 0 && day6 > day5);
        QVERIFY(markdown.indexOf(QStringLiteral("### 09:30\n\nMorning *coffee*\n")) > day5);
        const qsizetype late =
            markdown.indexOf(QStringLiteral("### 21:00 (edited 2024-01-05 22:00)\n\nLate note\n"));
        QVERIFY2(late > day5 && late < day6, qPrintable(markdown));
        QVERIFY(markdown.indexOf(QStringLiteral("### 08:00\n\nNext day\n")) > day6);
    }

    // A post's own headings come below the day's (##) and the time's (###), also when they are
    // underlined; a # inside a code block is no heading and stays as typed.
    void markdownPutsThePostsHeadingsBelowTheDays()
    {
        post(QStringLiteral("# Trip\n\nSome text\n\n## Day one\n\n```\n# a shell comment\n```\n\n"
                            "Packing list\n===\n\n###### deep"),
             "2024-01-05T14:30:00Z");
        QVERIFY(exportAs(Exporter::Format::Markdown, QStringLiteral("j.md")).ok);
        const QString markdown = QString::fromUtf8(readAll(path(QStringLiteral("j.md"))));
        QCOMPARE(
            markdown.count(QRegularExpression(QStringLiteral("^## "), QRegularExpression::MultilineOption)),
            1);
        QVERIFY2(markdown.contains(QStringLiteral("\n#### Trip\n\nSome text\n\n##### Day one\n")),
                 qPrintable(markdown));
        QVERIFY(markdown.contains(QStringLiteral("```\n# a shell comment\n```")));
        QVERIFY(markdown.contains(QStringLiteral("\n#### Packing list\n\n###### deep\n")));
    }

    // Emoji alone and right-to-left text come through every format; in the page, a Hebrew or
    // Arabic post runs from the right.
    void emojiAndRightToLeftPostsComeThroughEveryFormat()
    {
        post(QStringLiteral("🌸🎉"), "2024-01-05T14:30:00Z");
        post(QStringLiteral("שלום עולם, מה נשמע?"), "2024-01-05T15:30:00Z");
        post(QStringLiteral("مرحبا بالعالم"), "2024-01-05T16:30:00Z");
        for (const auto& [format, file] : {std::pair{Exporter::Format::Json, QStringLiteral("j.json")},
                                           std::pair{Exporter::Format::Markdown, QStringLiteral("j.md")},
                                           std::pair{Exporter::Format::Html, QStringLiteral("j.html")}}) {
            QVERIFY(exportAs(format, file).ok);
            const QString text = QString::fromUtf8(readAll(path(file)));
            for (const QString& body : {QStringLiteral("🌸🎉"), QStringLiteral("שלום עולם, מה נשמע?"),
                                        QStringLiteral("مرحبا بالعالم")})
                QVERIFY2(text.contains(body), qPrintable(file));
        }
        const QString html = QString::fromUtf8(readAll(path(QStringLiteral("j.html"))));
        QCOMPARE(html.count(QStringLiteral("dir=\"auto\">")), 3);
    }

    void htmlIsOneSelfContainedPageThatPrintsWell()
    {
        post(QStringLiteral("<script>alert('x')</script> & friends"), "2024-01-05T14:30:00Z");
        post(QStringLiteral("Two\nlines"), "2024-01-06T14:30:00Z");
        QVERIFY(Importer(m_journal->connection(), m_journal->session())
                    .importFile(QStringLiteral(SOLILOQUY_TEST_DATA "/dayone.zip"), Importer::Format::DayOne)
                    .ok);
        QVERIFY(exportAs(Exporter::Format::Html, QStringLiteral("j.html")).ok);
        const QString html = QString::fromUtf8(readAll(path(QStringLiteral("j.html"))));
        QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY(html.trimmed().endsWith(QStringLiteral("</html>")));
        QVERIFY(html.contains(QStringLiteral("<meta charset=\"utf-8\">")));
        QVERIFY(html.contains(QStringLiteral("@media print")));
        QVERIFY(html.contains(
            QStringLiteral(".post, figure { break-inside: avoid; page-break-inside: avoid; }")));
        // Bodies are text, never markup of their own.
        QVERIFY(!html.contains(QStringLiteral("<script>")));
        QVERIFY(html.contains(
                    QStringLiteral("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; friends")) ||
                html.contains(QStringLiteral("&lt;script&gt;alert('x')&lt;/script&gt; &amp; friends")));
        QVERIFY(html.contains(QStringLiteral("Two\nlines")));
        // The photo is inside the page: nothing is fetched from elsewhere.
        QVERIFY(html.contains(QStringLiteral("<img alt=\"attachment 1\" src=\"data:image/png;base64,")));
        QVERIFY(!html.contains(QStringLiteral("src=\"http")));
        QVERIFY(!html.contains(QStringLiteral("<link")));
        QCOMPARE(html.count(QStringLiteral("<article class=\"post\"")), 6);
        QCOMPARE(html.count(QStringLiteral("<section class=\"day\">")),
                 html.count(QStringLiteral("</section>")));
    }

    // The page shows a post as the chat does: its Markdown rendered, not its marks.
    void htmlRendersTheMarkdownOfPosts()
    {
        post(QStringLiteral("**bold** and *felt* ~~struck~~ [link](https://example.org)\n\n- item\n\n"
                            "| a | b |\n|---|---|\n| 1 | 2 |\n\nsee www.example.com"),
             "2024-01-05T14:30:00Z");
        QVERIFY(exportAs(Exporter::Format::Html, QStringLiteral("j.html")).ok);
        const QString html = QString::fromUtf8(readAll(path(QStringLiteral("j.html"))));
        for (const QString& element :
             {QStringLiteral("<strong>bold</strong>"), QStringLiteral("<em>felt</em>"),
              QStringLiteral("<del>struck</del>"), QStringLiteral("<a href=\"https://example.org\">link</a>"),
              QStringLiteral("<li>item</li>"), QStringLiteral("<td>2</td>"),
              QStringLiteral("<a href=\"http://www.example.com\">www.example.com</a>")})
            QVERIFY2(html.contains(element), qPrintable(element + QLatin1Char('\n') + html));
        QVERIFY(!html.contains(QStringLiteral("**")));
    }

    // HTML typed in a post is text on the page: nothing is loaded or run from it, and no
    // attribute of it reaches the page.
    void htmlTypedInAPostStaysText()
    {
        post(QStringLiteral("<img src=x onerror=alert(1)> and <b>not bold</b>\n\n"
                            "<div style=\"display:none\">hidden</div>"),
             "2024-01-05T14:30:00Z");
        QVERIFY(exportAs(Exporter::Format::Html, QStringLiteral("j.html")).ok);
        const QString html = QString::fromUtf8(readAll(path(QStringLiteral("j.html"))));
        QVERIFY2(html.contains(QStringLiteral("&lt;img src=x onerror=alert(1)&gt;")), qPrintable(html));
        QVERIFY(!html.contains(QStringLiteral("<img src")));
        QVERIFY(html.contains(QStringLiteral("&lt;b&gt;not bold&lt;/b&gt;")));
        QVERIFY(!html.contains(QStringLiteral("<div style")));
    }

    // A post's own headings come below the page's title (h1) and day headings (h2).
    void aPostsHeadingsComeBelowTheDays()
    {
        post(QStringLiteral("# Trip\n\n## Day one\n\n###### deep"), "2024-01-05T14:30:00Z");
        QVERIFY(exportAs(Exporter::Format::Html, QStringLiteral("j.html")).ok);
        const QString html = QString::fromUtf8(readAll(path(QStringLiteral("j.html"))));
        QCOMPARE(html.count(QStringLiteral("<h1>")), 1);
        QCOMPARE(html.count(QStringLiteral("<h2>")), 1);
        QVERIFY2(html.contains(QStringLiteral("<h3>Trip</h3>")), qPrintable(html));
        QVERIFY(html.contains(QStringLiteral("<h4>Day one</h4>")));
        QVERIFY(html.contains(QStringLiteral("<h6>deep</h6>")));
    }

    void postsAreReadInPagesWithProgress()
    {
        QVERIFY(seedPosts(m_journal->connection(), m_journal->session(), 1234, utc("2024-01-01T00:00:00Z"),
                          60000));
        QList<qint64> done;
        const Exporter::Result result =
            exportAs(Exporter::Format::Json, QStringLiteral("j.json"), [&](qint64 count, qint64 total) {
                done << count;
                return total == 1234;
            });
        QVERIFY(result.ok);
        QCOMPARE(result.exported, 1234);
        QCOMPARE(done, (QList<qint64>{0, 500, 1000, 1234}));
        const QJsonArray posts = QJsonDocument::fromJson(readAll(path(QStringLiteral("j.json"))))
                                     .object()
                                     .value(QStringLiteral("posts"))
                                     .toArray();
        QCOMPARE(posts.size(), 1234);
        // Oldest first, each once.
        QCOMPARE(posts.first().toObject().value(QStringLiteral("text")).toString(), QStringLiteral("post 0"));
        QCOMPARE(posts.last().toObject().value(QStringLiteral("text")).toString(),
                 QStringLiteral("post 1233"));
    }

    void aCancelledExportLeavesNoFile()
    {
        QVERIFY(seedPosts(m_journal->connection(), m_journal->session(), 1200, utc("2024-01-01T00:00:00Z"),
                          60000));
        for (const Exporter::Format format :
             {Exporter::Format::Json, Exporter::Format::Markdown, Exporter::Format::Html}) {
            const Exporter::Result result =
                exportAs(format, QStringLiteral("cancelled"), [](qint64 done, qint64) { return done < 500; });
            QVERIFY(result.cancelled);
            QVERIFY(!result.ok);
            QCOMPARE(filesInFolder(), QStringList());
        }
        // An earlier export at the same place is kept whole.
        QFile earlier(path(QStringLiteral("cancelled")));
        QVERIFY(earlier.open(QIODevice::WriteOnly));
        earlier.write("earlier export");
        earlier.close();
        QVERIFY(exportAs(Exporter::Format::Json, QStringLiteral("cancelled"), [](qint64 done, qint64) {
                    return done == 0;
                }).cancelled);
        QCOMPARE(readAll(path(QStringLiteral("cancelled"))), QByteArray("earlier export"));
        QCOMPARE(filesInFolder(), QStringList{QStringLiteral("cancelled")});
    }

    void anExportIsReadableByItsOwnerAlone()
    {
        post(QStringLiteral("not for the others on this computer"), "2024-03-01T08:00:00Z");
        for (const Exporter::Format format :
             {Exporter::Format::Json, Exporter::Format::Markdown, Exporter::Format::Html}) {
            QVERIFY(exportAs(format, QStringLiteral("private")).ok);
            const QFile::Permissions permissions = QFileInfo(path(QStringLiteral("private"))).permissions();
            QCOMPARE(permissions & (QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther),
                     QFileDevice::ReadOwner);
            QVERIFY(QFile::remove(path(QStringLiteral("private"))));
        }
    }

    void anExportMissingPostsIsNotWritten()
    {
        QVERIFY(seedPosts(m_journal->connection(), m_journal->session(), 1200, utc("2024-01-01T00:00:00Z"),
                          60000));
        // After the first page, the rest can no longer be read (as from a damaged page).
        const Exporter::Result result =
            exportAs(Exporter::Format::Json, QStringLiteral("short"), [this](qint64 done, qint64) {
                if (done > 0)
                    QSqlQuery(QStringLiteral("DELETE FROM posts WHERE id > %1").arg(done),
                              m_journal->connection());
                return true;
            });
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QStringLiteral("of the 1200 posts could be read")),
                 qPrintable(result.error));
        QCOMPARE(filesInFolder(), QStringList());
    }

    void aFailedExportSaysWhy()
    {
        const Exporter::Result result =
            exportAs(Exporter::Format::Json, QStringLiteral("missing-folder/j.json"));
        QVERIFY(!result.ok);
        QVERIFY2(result.error.startsWith(QStringLiteral("cannot write ")), qPrintable(result.error));
        QVERIFY(!QFile::exists(path(QStringLiteral("missing-folder/j.json"))));
    }
};

QTEST_GUILESS_MAIN(TestExporter)
#include "tst_exporter.moc"
