#include "support/JournalFixture.h"
#include "support/TestSupport.h"
#include "support/ZipBuilder.h"
#include "support/ZipFileWriter.h"

#include "core/Exporter.h"
#include "core/Importer.h"
#include "core/Journal.h"
#include "crypto/Sealer.h"
#include "storage/AttachmentRepository.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace TestSupport;

namespace {

QByteArray sample(const QString& name)
{
    QFile file(QStringLiteral(SOLILOQUY_TEST_DATA "/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

qint64 utc(const char* iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
}

} // namespace

Q_DECLARE_METATYPE(Importer::Format)

// Importing jrnl, Day One and Soliloquy files (the tests run with TZ=America/New_York).
class TestImporter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<JournalFixture> m_journal;

    QString write(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        file.open(QIODevice::WriteOnly | QIODevice::Truncate);
        file.write(bytes);
        return path;
    }

    Importer::Result import(const QByteArray& bytes, Importer::Format format,
                            const QString& name = QStringLiteral("in.json"))
    {
        return Importer(m_journal->connection(), m_journal->session()).importFile(write(name, bytes), format);
    }

    QList<Post> allPosts() { return Journal(m_journal->connection(), m_journal->session()).newest(1000); }

    qint64 rows(const QString& sql)
    {
        QSqlQuery query(m_journal->connection());
        return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        useFastKeyDerivation();
        QCOMPARE(QTimeZone::systemTimeZoneId(), QByteArray("America/New_York"));
    }

    void init()
    {
        m_journal.reset();
        QDir(m_dir.path()).removeRecursively();
        QDir().mkpath(m_dir.path());
        m_journal = std::make_unique<JournalFixture>(m_dir.filePath(QStringLiteral("journal.sqlite3")));
        QVERIFY(m_journal->isReady());
    }

    void cleanupTestCase() { m_journal.reset(); }

    void jrnlEntriesBecomePostsInLocalTime()
    {
        const Importer::Result result = import(sample(QStringLiteral("jrnl.json")), Importer::Format::Jrnl);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.imported, 4);
        const QList<Post> posts = allPosts();
        QCOMPARE(posts.size(), 4);

        // 09:30 in New York in January is 14:30 UTC; title and body joined; tags and star as hashtags.
        QCOMPARE(posts[0].createdAt, utc("2024-01-05T14:30:00Z"));
        QCOMPARE(posts[0].text,
                 QStringLiteral("Started the new job.\n\nMet the team at @work, everyone was kind.\n"
                                "Lunch was ramen 🍜.\n\n#work #starred"));
        QCOMPARE(posts[0].editedAt, 0);
        // Summer time: 15:05 EDT is 19:05 UTC. CJK tags stay whole; a tag with a space is joined.
        QCOMPARE(posts[1].createdAt, utc("2024-04-06T19:05:00Z"));
        QCOMPARE(posts[1].text,
                 QStringLiteral(
                     "今日は家族と公園に行きました。\n\n桜がとてもきれいでした 🌸\n\n#家族 #spring_walk"));
        // No time, tags, body or star: jrnl's default hour and the title alone.
        QCOMPARE(posts[2].createdAt, utc("2024-07-14T13:00:00Z"));
        QCOMPARE(posts[2].text, QStringLiteral("A note written without a time or tags."));
        // 01:30 on the night summer time ends happens twice; either is that local time.
        QVERIFY(posts[3].createdAt == utc("2024-11-03T05:30:00Z") ||
                posts[3].createdAt == utc("2024-11-03T06:30:00Z"));
        QCOMPARE(posts[3].text, QStringLiteral("Deadline moved again @work\n\n#work"));
        QCOMPARE(result.summary(QStringLiteral("jrnl.json")),
                 QStringLiteral("Imported 4 posts from jrnl.json."));
    }

    void dayOneJsonKeepsUtcTimesStarsTagsAndNamesMissingPhotos()
    {
        const Importer::Result result =
            import(sample(QStringLiteral("dayone-Journal.json")), Importer::Format::DayOne);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.imported, 4);
        QCOMPARE(result.attachments, 0);
        const QList<Post> posts = allPosts();
        QCOMPARE(posts[0].createdAt, utc("2024-01-05T09:30:00Z"));
        QCOMPARE(posts[0].editedAt, 0); // modifiedDate equal to creationDate is no edit
        // #lisbon is in the text already; "Family Trip" becomes #Family_Trip.
        QVERIFY(
            posts[0].text.endsWith(QStringLiteral("Pastéis de nata afterwards.\n\n#Family_Trip #starred")));
        QVERIFY(posts[0].text.contains(QStringLiteral("(a photo that is not in this export)")));
        QVERIFY(!posts[0].text.contains(QStringLiteral("dayone-moment")));
        QCOMPARE(posts[1].createdAt, utc("2024-03-20T23:45:10Z"));
        QCOMPARE(posts[1].editedAt, utc("2024-03-22T08:00:00Z"));
        QCOMPARE(posts[1].text, QStringLiteral("東京に着いた。夜の渋谷はまぶしい ✨🗼\n\n#旅行"));
        QCOMPARE(posts[2].text, QStringLiteral("Just text: no zone, no tags, no star."));
        // An entry with only a photo keeps a note of it, and its star.
        QCOMPARE(posts[3].text, QStringLiteral("(a photo that is not in this export)\n\n#starred"));
    }

    void dayOneZipPhotosBecomeSealedAttachments()
    {
        const Importer::Result result = import(sample(QStringLiteral("dayone.zip")), Importer::Format::DayOne,
                                               QStringLiteral("export.zip"));
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.imported, 4);
        QCOMPARE(result.attachments, 1);
        QVERIFY(result.summary(QStringLiteral("export.zip")).contains(QStringLiteral("1 file attached")));
        const Post first = allPosts().first();
        QVERIFY(first.text.contains(QStringLiteral("views.\n\n![photo](attachment:1)\n\nPastéis")));
        const QList<AttachmentRecord> attachments =
            AttachmentRepository(m_journal->connection()).forPost(first.id);
        QCOMPARE(attachments.size(), 1);
        QCOMPARE(attachments[0].mimeType, QStringLiteral("image/png"));
        const QByteArray photo = sample(QStringLiteral("dayone-photo.png"));
        QVERIFY(!attachments[0].body.contains(photo.mid(8, 16))); // sealed, not stored as is
        QCOMPARE(m_journal->session().openAttachment(attachments[0]).value_or(QByteArray()), photo);
        // Bound to its content's digest: the same bytes do not open as another content.
        AttachmentRecord moved = attachments[0];
        moved.contentDigest[0] = char(moved.contentDigest[0] ^ 1);
        QVERIFY(!m_journal->session().openAttachment(moved));
    }

    void aPhotoShownBySixEntriesIsStoredOnce()
    {
        // Six Day One entries show one 4 MiB photo (random bytes: as incompressible as a JPEG).
        QByteArray photo(4 * 1024 * 1024, Qt::Uninitialized);
        QRandomGenerator(11).fillRange(reinterpret_cast<quint32*>(photo.data()), photo.size() / 4);
        QJsonArray entries;
        for (int i = 0; i < 6; ++i) {
            entries.append(QJsonObject{
                {QStringLiteral("uuid"), QStringLiteral("E%1").arg(i)},
                {QStringLiteral("creationDate"), QStringLiteral("2024-05-0%1T10:00:00Z").arg(i + 1)},
                {QStringLiteral("text"), QStringLiteral("Day %1 ![](dayone-moment://P%1)").arg(i)},
                {QStringLiteral("photos"),
                 QJsonArray{QJsonObject{{QStringLiteral("identifier"), QStringLiteral("P%1").arg(i)},
                                        {QStringLiteral("md5"), QStringLiteral("same")},
                                        {QStringLiteral("type"), QStringLiteral("jpeg")}}}}});
        }
        ZipBuilder builder;
        builder.add(QStringLiteral("Journal.json"),
                    QJsonDocument(QJsonObject{{QStringLiteral("entries"), entries}}).toJson());
        builder.add(QStringLiteral("photos/same.jpeg"), photo, false);
        const auto journalBytes = [this]() {
            return rows(
                QStringLiteral("SELECT page_count * page_size FROM pragma_page_count, pragma_page_size"));
        };
        const qint64 before = journalBytes();
        const Importer::Result result =
            import(builder.build(), Importer::Format::DayOne, QStringLiteral("six.zip"));
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.attachments, 6);
        const qint64 growth = journalBytes() - before;
        QVERIFY2(growth < photo.size() * 5 / 4, qPrintable(QString::number(growth)));
        QCOMPARE(AttachmentRepository(m_journal->connection()).contentCount(m_journal->session().userId()),
                 1);

        // Every entry still shows it: each post of the JSON export carries the photo.
        const QString exported = m_dir.filePath(QStringLiteral("export.json"));
        QVERIFY(Exporter(m_journal->connection(), m_journal->session())
                    .exportTo(exported, Exporter::Format::Json)
                    .ok);
        QFile file(exported);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray posts = QJsonDocument::fromJson(file.readAll())[QStringLiteral("posts")].toArray();
        QCOMPARE(posts.size(), 6);
        const QString base64 = QString::fromLatin1(photo.toBase64());
        for (const auto& post : posts)
            QCOMPARE(post[QStringLiteral("attachments")][0][QStringLiteral("data")].toString(), base64);

        // The photo goes with the last post that shows it.
        QSqlQuery query(m_journal->connection());
        QVERIFY(query.exec(QStringLiteral("DELETE FROM posts WHERE id IN (SELECT id FROM posts LIMIT 5)")));
        QCOMPARE(AttachmentRepository(m_journal->connection()).contentCount(m_journal->session().userId()),
                 1);
        QVERIFY(query.exec(QStringLiteral("DELETE FROM posts")));
        QCOMPARE(AttachmentRepository(m_journal->connection()).contentCount(m_journal->session().userId()),
                 0);
    }

    void anAttachmentStoredBeforeVersion7StillOpens()
    {
        // Rows of earlier versions keep their own body, sealed bound to their post and position.
        QVERIFY(import(sample(QStringLiteral("jrnl.json")), Importer::Format::Jrnl).ok);
        const Post post = allPosts().first();
        const QByteArray photo = sample(QStringLiteral("dayone-photo.png"));
        const Session& session = m_journal->session();
        QSqlQuery insert(m_journal->connection());
        insert.prepare(QStringLiteral(
            "INSERT INTO attachments (post_id, position, mime_type, body) VALUES (?, 1, 'image/png', ?)"));
        insert.addBindValue(post.id);
        insert.addBindValue(Sealer::seal(session.dataKey(), photo,
                                         QByteArray("soliloquy attachment v1 user ") +
                                             QByteArray::number(session.userId()) + " post " +
                                             QByteArray::number(post.id) + " position 1"));
        QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
        const QList<AttachmentRecord> stored = AttachmentRepository(m_journal->connection()).forPost(post.id);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(session.openAttachment(stored.first()).value_or(QByteArray()), photo);
    }

    void dayOneZip64ExportsImport()
    {
        const QString path = m_dir.filePath(QStringLiteral("zip64.zip"));
        ZipFileWriter writer(path, ZipFileWriter::Fields::Zip64);
        QVERIFY(writer.add(QStringLiteral("Journal.json"), sample(QStringLiteral("dayone-Journal.json"))));
        QVERIFY(writer.add(QStringLiteral("photos/0f343b0931126a20f133d67c2b018a3b.png"),
                           sample(QStringLiteral("dayone-photo.png"))));
        QVERIFY(writer.close());
        const Importer::Result result = Importer(m_journal->connection(), m_journal->session())
                                            .importFile(path, Importer::Format::DayOne);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.imported, 4);
        QCOMPARE(result.attachments, 1);
        const Post first = allPosts().first();
        const QList<AttachmentRecord> attachments =
            AttachmentRepository(m_journal->connection()).forPost(first.id);
        QCOMPARE(attachments.size(), 1);
        QCOMPARE(m_journal->session().openAttachment(attachments[0]).value_or(QByteArray()),
                 sample(QStringLiteral("dayone-photo.png")));
    }

    void aZipThatExpandsFarBeyondItsSizeIsRefusedBeforeParsing()
    {
        // About 500 KB that would expand to 500 MB of JSON: refused from the archive's directory.
        const QString path = m_dir.filePath(QStringLiteral("bomb.zip"));
        ZipFileWriter writer(path);
        QVERIFY(writer.add(QStringLiteral("Journal.json"), QByteArrayLiteral("{\"entries\": [\""), 'a',
                           500LL * 1000 * 1000, QByteArrayLiteral("\"]}")));
        QVERIFY(writer.close());
        QVERIFY2(QFileInfo(path).size() < 1000 * 1000, qPrintable(QString::number(QFileInfo(path).size())));
        QElapsedTimer timer;
        timer.start();
        const Importer::Result result = Importer(m_journal->connection(), m_journal->session())
                                            .importFile(path, Importer::Format::DayOne);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QStringLiteral("would expand to 477 MiB, more than 50 times its own")),
                 qPrintable(result.error));
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed()))); // nothing inflated
        QCOMPARE(m_journal->postCount(), 0);
    }

    void aJsonFileLargerThanAnImportTakesIsRefusedUnread()
    {
        // Parsing takes several times a file's size in memory: past the limit nothing is read.
        const QString path = m_dir.filePath(QStringLiteral("huge.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(Importer::MaxJsonBytes + 1)); // sparse: costs no disk
        file.close();
        const Importer::Result result =
            Importer(m_journal->connection(), m_journal->session()).importFile(path, Importer::Format::Jrnl);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QStringLiteral("is larger than 128 MiB; export fewer entries")),
                 qPrintable(result.error));
        QCOMPARE(m_journal->postCount(), 0);
    }

    void importingTwiceAddsNothing_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<Importer::Format>("format");
        QTest::newRow("jrnl") << QStringLiteral("jrnl.json") << Importer::Format::Jrnl;
        QTest::newRow("dayone json") << QStringLiteral("dayone-Journal.json") << Importer::Format::DayOne;
        QTest::newRow("dayone zip") << QStringLiteral("dayone.zip") << Importer::Format::DayOne;
    }

    void importingTwiceAddsNothing()
    {
        QFETCH(QString, file);
        QFETCH(Importer::Format, format);
        QVERIFY(import(sample(file), format, file).ok);
        const qint64 attachments = rows(QStringLiteral("SELECT count(*) FROM attachments"));
        const Importer::Result again = import(sample(file), format, file);
        QVERIFY2(again.ok, qPrintable(again.error));
        QCOMPARE(again.imported, 0);
        QCOMPARE(again.alreadyThere, 4);
        QCOMPARE(again.summary(file),
                 QStringLiteral("Imported 0 posts (4 already there) from %1.").arg(file));
        QCOMPARE(m_journal->postCount(), 4);
        QCOMPARE(rows(QStringLiteral("SELECT count(*) FROM attachments")), attachments);
    }

    void anEntryTwiceInOneFileIsImportedOnce()
    {
        const QByteArray entry =
            R"({"title": "Same day.", "body": "Written once.", "date": "2024-03-01", "time": "08:00"})";
        const Importer::Result result =
            import(R"({"tags": {}, "entries": [)" + entry + ", " + entry + "]}", Importer::Format::Jrnl);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.imported, 1);
        QCOMPARE(result.alreadyThere, 1);
        QCOMPARE(m_journal->postCount(), 1);
        // The skipped one did not use up a post id: the next post follows on.
        QCOMPARE(rows(QStringLiteral("SELECT max(id) FROM posts")),
                 rows(QStringLiteral("SELECT count(*) FROM posts")));
    }

    void importKeysAreKeyedDigestsNotText()
    {
        QVERIFY(import(sample(QStringLiteral("jrnl.json")), Importer::Format::Jrnl).ok);
        QSqlQuery query(m_journal->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT import_key FROM posts")));
        QSet<QByteArray> keys;
        while (query.next()) {
            const QByteArray key = query.value(0).toByteArray();
            QCOMPARE(key.size(), 32);
            QVERIFY(!key.contains("job"));
            keys.insert(key);
        }
        QCOMPARE(keys.size(), 4);
        // An unkeyed hash of what names the first entry is not what is stored.
        const QByteArray identity = QByteArray("2024-01-05\x1f"
                                               "09:30\x1f") +
                                    "Started the new job.\x1f" +
                                    "Met the team at @work, everyone was kind.\nLunch was ramen 🍜.";
        QVERIFY(!keys.contains(QCryptographicHash::hash(identity, QCryptographicHash::Sha256)));
        // The keys are the session's, so that files imported before are still recognised.
        QVERIFY(keys.contains(m_journal->session().importKey("jrnl", identity)));
        // Another account importing the same file gets other keys: rows do not tell who wrote what.
        const std::unique_ptr<Session> bob =
            AccountService(m_journal->connection())
                .registerAccount(QStringLiteral("bob"), QStringLiteral("bob@example.org"),
                                 JournalFixture::password())
                .session;
        QVERIFY(bob);
        QVERIFY(Importer(m_journal->connection(), *bob)
                    .importFile(write(QStringLiteral("j.json"), sample(QStringLiteral("jrnl.json"))),
                                Importer::Format::Jrnl)
                    .ok);
        QVERIFY(
            query.exec(QStringLiteral("SELECT import_key FROM posts WHERE user_id = %1").arg(bob->userId())));
        int bobsKeys = 0;
        while (query.next()) {
            QVERIFY(!keys.contains(query.value(0).toByteArray()));
            ++bobsKeys;
        }
        QCOMPARE(bobsKeys, 4);
    }

    void malformedFilesAreRefusedWhole_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<Importer::Format>("format");
        QTest::addColumn<QString>("message");
        const QByteArray dayOne = sample(QStringLiteral("dayone-Journal.json"));
        const QByteArray jrnl = sample(QStringLiteral("jrnl.json"));
        QTest::newRow("dayone date") << QByteArray(dayOne).replace("2024-06-01T12:00:00Z", "yesterday")
                                     << Importer::Format::DayOne
                                     << QStringLiteral("entry 3: 'creationDate' is not a date");
        QTest::newRow("dayone tags") << QByteArray(dayOne).replace("[\"旅行\"]", "\"旅行\"")
                                     << Importer::Format::DayOne
                                     << QStringLiteral("entry 2: 'tags' is not a list");
        QTest::newRow("dayone photo")
            << QByteArray(dayOne).replace("\"md5\": \"5d41402abc4b2a76b9719d911017c592\",", "")
            << Importer::Format::DayOne << QStringLiteral("entry 4, photo 1: 'md5' is missing");
        QTest::newRow("dayone last entry")
            << QByteArray(dayOne).replace("\"starred\": true,\n      \"photos\"",
                                          "\"starred\": \"yes\",\n      \"photos\"")
            << Importer::Format::DayOne << QStringLiteral("entry 4: 'starred' is not true or false");
        QTest::newRow("jrnl date") << QByteArray(jrnl).replace("2024-04-06", "2024-13-06")
                                   << Importer::Format::Jrnl
                                   << QStringLiteral("entry 2: 'date' is not a date");
        QTest::newRow("jrnl time") << QByteArray(jrnl).replace("\"01:30\"", "\"25:99\"")
                                   << Importer::Format::Jrnl
                                   << QStringLiteral("entry 4: 'time' is not a time");
        QTest::newRow("jrnl syntax") << QByteArray(jrnl).replace("\"starred\": false\n    },",
                                                                 "\"starred\": false\n    }")
                                     << Importer::Format::Jrnl << QStringLiteral("line 24, column 7");
        QTest::newRow("jrnl given to dayone")
            << jrnl << Importer::Format::DayOne << QStringLiteral("entry 1: 'creationDate' is missing");
        QTest::newRow("not an export")
            << QByteArray("[1, 2, 3]") << Importer::Format::Jrnl << QStringLiteral("not a JSON object");
        QTest::newRow("soliloquy without posts")
            << QByteArray("{\"format\": \"soliloquy-journal\", \"version\": 1}")
            << Importer::Format::Soliloquy << QStringLiteral("'posts' is missing");
        QTest::newRow("soliloquy newer")
            << QByteArray("{\"format\": \"soliloquy-journal\", \"version\": 9, \"posts\": []}")
            << Importer::Format::Soliloquy << QStringLiteral("format version 9");
        QTest::newRow("soliloquy bad time")
            << QByteArray("{\"format\": \"soliloquy-journal\", \"version\": 1, \"posts\": [{\"created_at\": "
                          "1, \"text\": \"a\"}, "
                          "{\"created_at\": 1.5, \"text\": \"b\"}]}")
            << Importer::Format::Soliloquy << QStringLiteral("post 2: 'created_at' is not a whole number");
        QTest::newRow("too long") << QByteArray(jrnl).replace("Lunch was ramen", QByteArray(70000, 'x'))
                                  << Importer::Format::Jrnl
                                  << QStringLiteral("entry 1: the text is longer than 64 KiB");
    }

    void malformedFilesAreRefusedWhole()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(Importer::Format, format);
        QFETCH(QString, message);
        StorageError error;
        QVERIFY(
            Journal(m_journal->connection(), m_journal->session()).send(QStringLiteral("before"), &error));
        const Importer::Result result = import(bytes, format);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(message), qPrintable(result.error));
        QCOMPARE(m_journal->postCount(), 1);
        QCOMPARE(rows(QStringLiteral("SELECT count(*) FROM posts WHERE import_key IS NOT NULL")), 0);
    }

    void truncatedFilesAreRefusedWhole_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<Importer::Format>("format");
        QTest::newRow("jrnl") << QStringLiteral("jrnl.json") << Importer::Format::Jrnl;
        QTest::newRow("dayone json") << QStringLiteral("dayone-Journal.json") << Importer::Format::DayOne;
        QTest::newRow("dayone zip") << QStringLiteral("dayone.zip") << Importer::Format::DayOne;
    }

    void truncatedFilesAreRefusedWhole()
    {
        QFETCH(QString, file);
        QFETCH(Importer::Format, format);
        const QByteArray whole = sample(file);
        for (const qsizetype size :
             {qsizetype(0), qsizetype(10), whole.size() / 3, whole.size() / 2, whole.size() - 2}) {
            const Importer::Result result = import(whole.left(size), format, file);
            QVERIFY2(!result.ok, qPrintable(QStringLiteral("%1 bytes").arg(size)));
            QVERIFY(!result.error.isEmpty());
            QCOMPARE(m_journal->postCount(), 0);
        }
    }

    void aDamagedPhotoRefusesTheWholeZip()
    {
        // The damage is found while writing the last entry: the entries before it are rolled back.
        QByteArray json = sample(QStringLiteral("dayone-Journal.json"));
        ZipBuilder builder;
        builder.add(QStringLiteral("Journal.json"), json);
        builder.add({QStringLiteral("photos/5d41402abc4b2a76b9719d911017c592.jpeg"), QByteArray(5000, 'j'),
                     true, -1, 7});
        const Importer::Result result =
            import(builder.build(), Importer::Format::DayOne, QStringLiteral("bad.zip"));
        QVERIFY(!result.ok);
        QVERIFY2(result.error.startsWith(QStringLiteral("entry 4: ")) &&
                     result.error.contains(QStringLiteral("checksum")),
                 qPrintable(result.error));
        QCOMPARE(m_journal->postCount(), 0);
        QCOMPARE(rows(QStringLiteral("SELECT count(*) FROM attachments")), 0);
    }

    void aZipWithoutJournalOrWithUnsafeNamesIsRefused()
    {
        ZipBuilder empty;
        empty.add(QStringLiteral("photos/a.jpeg"), "x");
        Importer::Result result = import(empty.build(), Importer::Format::DayOne, QStringLiteral("a.zip"));
        QVERIFY(result.error.contains(QStringLiteral("no Journal.json")));
        ZipBuilder unsafe;
        unsafe.add(QStringLiteral("Journal.json"), sample(QStringLiteral("dayone-Journal.json")));
        unsafe.add(QStringLiteral("../photos/x.png"), "x");
        result = import(unsafe.build(), Importer::Format::DayOne, QStringLiteral("b.zip"));
        QVERIFY2(result.error.contains(QStringLiteral("points outside")), qPrintable(result.error));
        QCOMPARE(m_journal->postCount(), 0);
    }

    void cancellingLeavesTheJournalAsItWas()
    {
        int calls = 0;
        const Importer::Result result =
            Importer(m_journal->connection(), m_journal->session())
                .importFile(write(QStringLiteral("j.json"), sample(QStringLiteral("jrnl.json"))),
                            Importer::Format::Jrnl, [&](qint64 done, qint64 total) {
                                ++calls;
                                return !(done == 2 && total == 4);
                            });
        QVERIFY(result.cancelled);
        QVERIFY(!result.ok);
        QCOMPARE(calls, 3);
        QCOMPARE(m_journal->postCount(), 0);
        // And a later import is not blocked by the cancelled one.
        QVERIFY(import(sample(QStringLiteral("jrnl.json")), Importer::Format::Jrnl).ok);
        QCOMPARE(m_journal->postCount(), 4);
    }

    void aLockedJournalImportsNothing()
    {
        m_journal->session().lock();
        const Importer::Result result = import(sample(QStringLiteral("jrnl.json")), Importer::Format::Jrnl);
        QVERIFY(!result.ok);
        QVERIFY(result.error.contains(QStringLiteral("locked")));
        QCOMPARE(rows(QStringLiteral("SELECT count(*) FROM posts")), 0);
    }
};

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
