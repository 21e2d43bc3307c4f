#include "support/TestSupport.h"

#include "core/AccountService.h"
#include "core/Hashtags.h"
#include "core/Journal.h"
#include "core/NewPicture.h"
#include "core/SearchIndex.h"
#include "core/SearchQuery.h"
#include "core/TaggedPosts.h"
#include "storage/Database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

// Search and tags over the in-memory index of the unlocked journal.
class TestSearchIndex : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<Journal> m_journal;
    qint64 m_now = 1700000000000;

    QString path() const { return m_dir.filePath(QStringLiteral("journal.sqlite3")); }

    Post write(const QString& text)
    {
        StorageError error;
        const std::optional<Post> post = m_journal->send(text, &error);
        if (!post)
            qFatal("could not write a post");
        return *post;
    }

    QList<qint64> idsOf(const QList<SearchHit>& hits)
    {
        QList<qint64> ids;
        for (const SearchHit& hit : hits)
            ids << hit.postId;
        return ids;
    }

    // Keeps `index` current as the journal changes, as the window does.
    void follow(SearchIndex& index)
    {
        QObject::connect(m_journal.get(), &Journal::postAdded, &index, &SearchIndex::addOrUpdate);
        QObject::connect(m_journal.get(), &Journal::postChanged, &index, &SearchIndex::addOrUpdate);
        QObject::connect(m_journal.get(), &Journal::postRemoved, &index, &SearchIndex::remove);
    }

private Q_SLOTS:
    void initTestCase() { useFastKeyDerivation(); }

    void init()
    {
        QFile::remove(path());
        m_database = std::make_unique<Database>(path());
        QVERIFY(m_database->open());
        AccountService accounts(m_database->connection());
        m_session = accounts
                        .registerAccount(QStringLiteral("ann"), QStringLiteral("ann@example.org"),
                                         QStringLiteral("a long enough passphrase"))
                        .session;
        QVERIFY(m_session);
        m_journal = std::make_unique<Journal>(m_database->connection(), *m_session,
                                              [this] { return m_now += 60000; });
    }

    void cleanup()
    {
        m_journal.reset();
        m_session.reset();
        m_database.reset();
    }

    void hashtagsAreWordsAfterAHash()
    {
        QCOMPARE(Hashtags::in(QStringLiteral("#Run by the river, #run again and #café #日本語 #x-ray_2")),
                 (QStringList{QStringLiteral("run"), QStringLiteral("café"), QStringLiteral("日本語"),
                              QStringLiteral("x-ray_2")}));
        QVERIFY(Hashtags::in(QStringLiteral("# A heading\nsee https://example.org/page#part, C# and a&#39;b"))
                    .isEmpty());
        QCOMPARE(Hashtags::linked(QStringLiteral("a #Walk"), QStringLiteral("tag")),
                 QStringLiteral("a [#Walk](tag:walk)"));
    }

    void findsNewestFirstAndHighlights()
    {
        const Post thrice = write(QStringLiteral("River, river, river: all I think about is the river <b>."));
        const Post once = write(QStringLiteral("The rIVer was calm this morning."));
        write(QStringLiteral("Nothing about water here."));
        SearchIndex index;
        QVERIFY(index.build(path(), *m_session));
        QVERIFY(index.isReady());

        const QList<SearchHit> hits = index.search(QStringLiteral("river"));
        QCOMPARE(idsOf(hits), (QList<qint64>{once.id, thrice.id})); // newest first, as in the chat
        QVERIFY2(hits.last().snippetHtml.contains(QStringLiteral("<b>River</b>, <b>river</b>")),
                 qPrintable(hits.last().snippetHtml));
        QVERIFY(
            hits.last().snippetHtml.contains(QStringLiteral("&lt;b&gt;"))); // the post's own text is escaped
        QVERIFY(hits.first().snippetHtml.contains(QStringLiteral("<b>rIVer</b>")));
        QCOMPARE(hits.first().text, once.text);
        QCOMPARE(hits.first().createdAt, once.createdAt);
        QCOMPARE(idsOf(index.search(QStringLiteral("river"), 1)), QList<qint64>{once.id});

        // Several words: all must be there, in any order, any case.
        QCOMPARE(idsOf(index.search(QStringLiteral("MORNING calm"))), QList<qint64>{once.id});
        QVERIFY(index.search(QStringLiteral("river desert")).isEmpty());
        QVERIFY(index.search(QStringLiteral("   ")).isEmpty());
        // Quotes and operators in the query are text, not query syntax.
        const Post quoted = write(QStringLiteral("she said \"hello there\" OR NOT"));
        index.addOrUpdate(quoted);
        QCOMPARE(idsOf(index.search(QStringLiteral("\"hello"))), QList<qint64>{quoted.id});
        QCOMPARE(idsOf(index.search(QStringLiteral("OR NOT"))), QList<qint64>{quoted.id});
    }

    // Excerpts read as the window is told the post reads (it strips the Markdown there).
    void excerptsUseTheTextAsShown()
    {
        const Post post = write(QStringLiteral("I am not *relaxing*, I am **moving**."));
        SearchIndex index;
        QVERIFY(index.build(path(), *m_session));
        QVERIFY(index.search(QStringLiteral("relax")).constFirst().snippetHtml.contains(QLatin1Char('*')));

        index.setExcerptText([](const QString& text) { return QString(text).remove(QLatin1Char('*')); });
        const SearchHit hit = index.search(QStringLiteral("relax")).constFirst();
        QCOMPARE(hit.snippetHtml, QStringLiteral("I am not <b>relax</b>ing, I am moving."));
        QCOMPARE(hit.text, post.text); // the post itself as written
        // A word the shown text does not have is still found, in the text as written.
        index.setExcerptText([](const QString&) { return QStringLiteral("nothing alike"); });
        QVERIFY(index.search(QStringLiteral("moving"))
                    .constFirst()
                    .snippetHtml.contains(QStringLiteral("**<b>moving</b>**")));
    }

    // The excerpt marks what the search found, accents and all: "cafe" finds and marks "Café".
    void excerptsMarkAccentedMatches()
    {
        write(QStringLiteral("Un Café au lait, then a cafe crème."));
        SearchIndex index;
        QVERIFY(index.build(path(), *m_session));
        QCOMPARE(index.search(QStringLiteral("cafe")).constFirst().snippetHtml,
                 QStringLiteral("Un <b>Café</b> au lait, then a <b>cafe</b> crème."));
        QCOMPARE(index.search(QStringLiteral("creme")).constFirst().snippetHtml,
                 QStringLiteral("Un Café au lait, then a cafe <b>crème</b>."));
    }

    // A long post's excerpt begins and ends with whole words, the match in between.
    void excerptsBeginAndEndBetweenWords()
    {
        QStringList words;
        for (int i = 0; i < 80; ++i)
            words << (i == 40 ? QStringLiteral("lighthouse") : QStringLiteral("wd%1x").arg(i));
        write(words.join(QLatin1Char(' ')));
        SearchIndex index;
        QVERIFY(index.build(path(), *m_session));
        const QString excerpt = index.search(QStringLiteral("lighthouse")).constFirst().snippetHtml;
        QVERIFY2(excerpt.startsWith(QStringLiteral("…wd")) && excerpt.endsWith(QStringLiteral("x…")),
                 qPrintable(excerpt));
        QVERIFY(excerpt.contains(QStringLiteral(" <b>lighthouse</b> ")));
        const QStringList shown = excerpt.mid(1, excerpt.size() - 2).split(QLatin1Char(' '));
        for (const QString& word : shown)
            QVERIFY2(words.contains(word) || word == QStringLiteral("<b>lighthouse</b>"), qPrintable(word));
    }

    void findsShortWordsInChineseAndJapanese()
    {
        const Post walk = write(QStringLiteral("今日は公園を散歩した。"));
        const Post tea = write(QStringLiteral("我们喝了很多茶"));
        SearchIndex index;
        QVERIFY(index.build(path(), *m_session));
        QCOMPARE(idsOf(index.search(QStringLiteral("散歩"))), QList<qint64>{walk.id});
        QCOMPARE(idsOf(index.search(QStringLiteral("茶"))), QList<qint64>{tea.id});
        QCOMPARE(idsOf(index.search(QStringLiteral("公園を散歩"))), QList<qint64>{walk.id});
        QVERIFY(
            index.search(QStringLiteral("散歩")).first().snippetHtml.contains(QStringLiteral("<b>散歩</b>")));
        // Case is folded beyond ASCII.
        const Post cafe = write(QStringLiteral("Ein Kaffee im CAFÉ am Fluss"));
        QVERIFY(index.build(path(), *m_session));
        QCOMPARE(idsOf(index.search(QStringLiteral("café FLUSS"))), QList<qint64>{cafe.id});
        const Post greek = write(QStringLiteral("ΣΟΦΊΑ in МОСКВА, 𝐀 and ǅ"));
        index.addOrUpdate(greek);
        QCOMPARE(idsOf(index.search(QStringLiteral("σοφία москва"))), QList<qint64>{greek.id});
        QCOMPARE(idsOf(index.search(QStringLiteral("𝐀 ǆ"))), QList<qint64>{greek.id});
        // Short Latin words too, with wildcards taken literally.
        const Post percent = write(QStringLiteral("up 5% today"));
        QVERIFY(index.build(path(), *m_session));
        QCOMPARE(idsOf(index.search(QStringLiteral("5%"))), QList<qint64>{percent.id});
    }

    void followsSendsEditsAndDeletes()
    {
        SearchIndex index;
        QVERIFY(index.build(path(), *m_session));
        follow(index);
        const Post post = write(QStringLiteral("a #draft of a letter"));
        QCOMPARE(idsOf(index.search(QStringLiteral("letter"))), QList<qint64>{post.id});
        QCOMPARE(index.tags().value(0).first, QStringLiteral("draft"));
        StorageError error;
        QVERIFY(m_journal->edit(post.id, QStringLiteral("a #final postcard"), &error));
        QVERIFY(index.search(QStringLiteral("letter")).isEmpty());
        QCOMPARE(idsOf(index.search(QStringLiteral("postcard"))), QList<qint64>{post.id});
        QCOMPARE(index.tags().size(), 1);
        QCOMPARE(index.tags().value(0).first, QStringLiteral("final"));
        QVERIFY(m_journal->remove(post.id, &error));
        QVERIFY(index.search(QStringLiteral("postcard")).isEmpty());
        QVERIFY(index.tags().isEmpty());
    }

    void showsEachTextAsWrittenAfterEditsDeletesAndCompaction()
    {
        SearchIndex index;
        QVERIFY(index.build(path(), *m_session));
        follow(index);
        const QStringList texts = {QStringLiteral("Marker One: The FIRST snow, I think."),
                                   QStringLiteral("marker two\n\n  Café AU LAIT\tÉTÉ #Winter"),
                                   QStringLiteral("MARKER three 散歩した Straße ẞ Ǻngström 🙂"),
                                   QStringLiteral("Marker four: cafe\u0301 with its accent apart")};
        QHash<qint64, QString> written;
        for (int round = 0; round < 30; ++round) {
            for (const QString& text : texts)
                written.insert(write(QStringLiteral("%1 (%2)").arg(text).arg(round)).id, text);
        }
        StorageError error;
        // Edits and deletes leave old texts behind in the index, until it makes room again.
        QList<qint64> ids = written.keys();
        std::sort(ids.begin(), ids.end());
        for (qsizetype i = 0; i < ids.size(); ++i) {
            const qint64 id = ids.at(i);
            if (i % 3 == 0) {
                QVERIFY(m_journal->remove(id, &error));
                written.remove(id);
            } else if (i % 3 == 1) {
                written[id] = texts.at((i + 1) % texts.size()) + QStringLiteral(" Edited");
                QVERIFY(m_journal->edit(id, written[id], &error));
            }
        }
        const QList<qint64> found = index.matches(QStringLiteral("marker"));
        QCOMPARE(found.size(), written.size());
        for (const SearchHit& hit : index.hits(QStringLiteral("marker"), found)) {
            const Post post = m_journal->post(hit.postId).value();
            QCOMPARE(hit.text, post.text);
        }
        QCOMPARE(index.matches(QStringLiteral("edited")).size(), 40);
        QCOMPARE(index.matches(QStringLiteral("ETE edited")).size(), 10);
        QCOMPARE(index.matches(QStringLiteral("café")).size(), 40);
        index.setIgnoresAccents(false);
        QCOMPARE(index.matches(QStringLiteral("café")).size(), 20); // "cafe\u0301" is not "café"
        QCOMPARE(index.matches(QStringLiteral("ÉTÉ -edited")).size(), 10);
        index.setIgnoresAccents(true);
        // A tag is gone with the last post that had it.
        for (const qint64 id : written.keys()) {
            if (written.value(id).contains(QStringLiteral("#Winter")))
                QVERIFY(m_journal->edit(id, QStringLiteral("no tag now"), &error));
        }
        QVERIFY(index.tags().isEmpty());
        QVERIFY(index.matches(QStringLiteral("#winter")).isEmpty());
    }

    void holdsTheTextsInLittleMoreThanTheirOwnSize()
    {
        const QStringList sentences = {QStringLiteral("Today I walked along the river."),
                                       QStringLiteral("The café was quiet, and the rain was light."),
                                       QStringLiteral("Met Anna for dinner; we talked about the project."),
                                       QStringLiteral("散歩した。"), QStringLiteral("Slept badly #health")};
        QVERIFY(seedPosts(m_database->connection(), *m_session, 3000, 1700000000000, 60000, [&](int i) {
            QString text;
            for (int s = 0; s < 1 + i % 7; ++s)
                text += sentences.at((i + s) % sentences.size()) +
                        (s % 3 == 2 ? QStringLiteral("\n\n") : QStringLiteral(" "));
            return text.trimmed();
        }));
        SearchIndex index;
        QVERIFY(index.build(path(), *m_session));
        QVERIFY(index.textBytes() > 3000 * 40);
        QVERIFY2(
            index.memoryBytes() <= 2 * index.textBytes(),
            qPrintable(QStringLiteral("%1 bytes for %2").arg(index.memoryBytes()).arg(index.textBytes())));
    }

    void everyMatchOfManyPostsComesInOrder()
    {
        // Enough posts that the search for every match reads them in two halves at once.
        QVERIFY(seedPosts(m_database->connection(), *m_session, 24000, 1700000000000, 60000, [](int i) {
            return i % 7 == 3 ? QStringLiteral("Garden %1").arg(i) : QStringLiteral("river %1").arg(i);
        }));
        SearchIndex index;
        QVERIFY(index.build(path(), *m_session));
        const QList<qint64> newest = index.matches(QStringLiteral("garden"));
        QCOMPARE(newest.size(), 3429);
        // The same as the newest hits one by one, which one thread finds.
        QCOMPARE(newest, idsOf(index.search(QStringLiteral("garden"), 4000)));
        QList<qint64> oldest = index.matches(QStringLiteral("garden"), SearchIndex::Order::OldestFirst);
        std::reverse(oldest.begin(), oldest.end());
        QCOMPARE(oldest, newest);
        QCOMPARE(index.matches(QStringLiteral("river")).size(), 24000 - 3429);
    }

    void aWordWithALetterNoPostHasFindsNothing()
    {
        const Post post = write(QStringLiteral("walked by the river"));
        SearchIndex index;
        QVERIFY(index.build(path(), *m_session));
        QVERIFY(index.matches(QStringLiteral("zebra")).isEmpty());
        QVERIFY(index.matches(QStringLiteral("walked 漢字")).isEmpty());
        QCOMPARE(index.matches(QStringLiteral("walked")), QList<qint64>{post.id});
        Post edited = post;
        edited.text = QStringLiteral("a zebra walked");
        index.addOrUpdate(edited);
        QCOMPARE(index.matches(QStringLiteral("ZEBRA")), QList<qint64>{post.id});
    }

    void buildsInTheBackgroundWithProgress()
    {
        QVERIFY(seedPosts(m_database->connection(), *m_session, 5000, 1700000000000, 60000, [](int i) {
            return QStringLiteral("entry %1 %2")
                .arg(i)
                .arg(i % 7 == 0 ? QStringLiteral("#seven") : QString());
        }));
        SearchIndex index;
        QSignalSpy progress(&index, &SearchIndex::progress);
        QSignalSpy ready(&index, &SearchIndex::ready);
        index.buildInBackground(path(), *m_session);
        QVERIFY(!index.isReady());
        QVERIFY(ready.wait(30000));
        QVERIFY(index.isReady());
        QVERIFY(progress.size() >= 2);
        QCOMPARE(progress.last().at(0).toInt(), 5000);
        QCOMPARE(index.search(QStringLiteral("entry 4999")).size(), 1);
        QCOMPARE(index.tags().value(0), qMakePair(QStringLiteral("seven"), 715));
    }

    void aChangeDuringTheBuildIsNotLost()
    {
        QVERIFY(seedPosts(m_database->connection(), *m_session, 3000, 1700000000000, 60000));
        SearchIndex index;
        QObject::connect(m_journal.get(), &Journal::postAdded, &index, &SearchIndex::addOrUpdate);
        QSignalSpy ready(&index, &SearchIndex::ready);
        index.buildInBackground(path(), *m_session);
        const Post late = write(QStringLiteral("written while indexing"));
        QVERIFY(ready.wait(30000));
        QCOMPARE(idsOf(index.search(QStringLiteral("while indexing"))), QList<qint64>{late.id});
    }

    void tagsPageByKeysetAndFilterTheJournal()
    {
        QList<qint64> tagged;
        for (int i = 0; i < 250; ++i) {
            const Post post =
                write(i % 2 ? QStringLiteral("odd %1 #Odd").arg(i) : QStringLiteral("even %1").arg(i));
            if (i % 2)
                tagged << post.id;
        }
        SearchIndex index;
        QVERIFY(index.build(path(), *m_session));
        QCOMPARE(index.tags(), (QList<QPair<QString, int>>{{QStringLiteral("odd"), 125}}));
        const TaggedPosts odd(*m_journal, index, QStringLiteral("odd"));
        QList<Post> page = odd.newest(50);
        QCOMPARE(page.size(), 50);
        QCOMPARE(page.last().id, tagged.last());
        QList<qint64> seen;
        while (!page.isEmpty()) {
            for (int i = int(page.size()) - 1; i >= 0; --i)
                seen.prepend(page.at(i).id);
            page = odd.olderThan(page.first(), 50);
        }
        QCOMPARE(seen, tagged);
        const QList<Post> after = odd.newerThan(odd.newest(125).first(), 3);
        QCOMPARE(after.size(), 3);
        QCOMPARE(after.first().id, tagged.at(1));
    }

    void datesAndOnThisDay()
    {
        const QDate today(2026, 11, 25);
        m_journal = std::make_unique<Journal>(m_database->connection(), *m_session, [this] { return m_now; });
        for (const QDateTime& when :
             {QDateTime(QDate(2024, 11, 25), QTime(9, 0)), QDateTime(QDate(2025, 11, 25), QTime(23, 30)),
              QDateTime(QDate(2025, 11, 26), QTime(0, 30)), QDateTime(today, QTime(8, 0))}) {
            m_now = when.toMSecsSinceEpoch();
            write(QStringLiteral("on %1").arg(when.toString(Qt::ISODate)));
        }
        const QList<Post> earlier = m_journal->onThisDay(today);
        QCOMPARE(earlier.size(), 2);
        QVERIFY(earlier.first().text.startsWith(QStringLiteral("on 2025-11-25"))); // newest first
        QVERIFY(earlier.last().text.startsWith(QStringLiteral("on 2024-11-25")));

        const QSet<QDate> days = m_journal->daysWithPosts(QDate(2025, 11, 1), QDate(2025, 11, 30));
        QCOMPARE(days, (QSet<QDate>{QDate(2025, 11, 25), QDate(2025, 11, 26)}));
        const std::optional<Post> first =
            m_journal->nearest(QDate(2025, 11, 26).startOfDay().toMSecsSinceEpoch());
        QVERIFY(first && first->text.startsWith(QStringLiteral("on 2025-11-26")));
        const std::optional<Post> last =
            m_journal->nearest(QDate(2030, 1, 1).startOfDay().toMSecsSinceEpoch());
        QVERIFY(last && last->text.startsWith(QStringLiteral("on 2026-11-25")));
    }

    void searchFromTheCommandLineNewestFirst()
    {
        write(QStringLiteral("the first walk"));
        write(QStringLiteral("no match here"));
        write(QStringLiteral("a second walk, longer"));
        m_journal.reset();
        m_session.reset();
        m_database.reset(); // the command takes the lock
        const ProcessResult result = runSoliloquy(
            {QStringLiteral("--database"), path(), QStringLiteral("search"), QStringLiteral("--username"),
             QStringLiteral("ann"), QStringLiteral("--password-stdin"), QStringLiteral("walk")},
            "a long enough passphrase\n");
        QCOMPARE(result.exitCode, 0);
        const QStringList blocks = result.standardOutput.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
        QCOMPARE(blocks.size(), 2);
        QVERIFY2(blocks.at(0).endsWith(QStringLiteral("a second walk, longer")), qPrintable(blocks.at(0)));
        QVERIFY(blocks.at(1).endsWith(QStringLiteral("the first walk")));
        QVERIFY(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d\n"))
                    .match(blocks.at(0))
                    .hasMatch());

        const ProcessResult wrong = runSoliloquy(
            {QStringLiteral("--database"), path(), QStringLiteral("search"), QStringLiteral("--username"),
             QStringLiteral("ann"), QStringLiteral("--password-stdin"), QStringLiteral("walk")},
            "not the password\n");
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY(wrong.standardOutput.isEmpty());
        QVERIFY(!wrong.standardError.isEmpty());
    }

    void phrasesExclusionsTagsAndDatesNarrowASearch()
    {
        const auto writeOn = [this](const QString& text, QDate day) {
            m_now = QDateTime(day, QTime(12, 0)).toMSecsSinceEpoch() - 60000; // the clock adds a minute
            return write(text).id;
        };
        const qint64 hill = writeOn(QStringLiteral("First snow on the hill"), QDate(2024, 1, 10));
        const qint64 firstTime = writeOn(QStringLiteral("snow, for the first time"), QDate(2024, 2, 1));
        const qint64 again = writeOn(QStringLiteral("the first\nsnow again #winter"), QDate(2024, 3, 5));
        const qint64 cafe = writeOn(QStringLiteral("a café by the river"), QDate(2024, 6, 1));
        const qint64 plain = writeOn(QStringLiteral("Cafe au lait, #Winter"), QDate(2024, 7, 1));
        SearchIndex index;
        QVERIFY(index.build(path(), *m_session));
        using Ids = QList<qint64>;

        // A phrase is found as typed, across a line break, but not as words apart.
        QCOMPARE(index.matches(QStringLiteral("\"first snow\"")), (Ids{again, hill}));
        QCOMPARE(index.matches(QStringLiteral("first snow")), (Ids{again, firstTime, hill}));
        QCOMPARE(index.matches(QStringLiteral("snow -HILL")), (Ids{again, firstTime}));
        // A #tag is a tag, not a part of a word.
        QCOMPARE(index.matches(QStringLiteral("#winter")), (Ids{plain, again}));
        QCOMPARE(index.matches(QStringLiteral("snow #winter")), (Ids{again}));
        QVERIFY(index.matches(QStringLiteral("#wint")).isEmpty());
        // Dates, both days included; a date alone lists the days.
        QCOMPARE(index.matches(QStringLiteral("snow from:2024-01-11 to:2024-03-05")),
                 (Ids{again, firstTime}));
        QCOMPARE(index.matches(QStringLiteral("to:2024-01-10")), (Ids{hill}));
        QCOMPARE(index.matches(QStringLiteral("from:2024-06-01")), (Ids{plain, cafe}));
        QVERIFY(index.matches(QStringLiteral("snow from:2024-13-01")).isEmpty());
        QCOMPARE(SearchQuery::parse(QStringLiteral("snow from:2024-13-01")).badDate,
                 QStringLiteral("from:2024-13-01"));
        // Oldest first, too.
        QCOMPARE(index.matches(QStringLiteral("snow"), SearchIndex::Order::OldestFirst),
                 (Ids{hill, firstTime, again}));
        QCOMPARE(idsOf(index.hits(QStringLiteral("\"first snow\""), {hill})), (Ids{hill}));
        QVERIFY(index.hits(QStringLiteral("\"first snow\""), {hill})
                    .constFirst()
                    .snippetHtml.contains(QStringLiteral("<b>First snow</b>")));

        // Accents do not count unless asked to.
        QCOMPARE(index.matches(QStringLiteral("cafe")), (Ids{plain, cafe}));
        QCOMPARE(index.matches(QStringLiteral("CAFÉ")), (Ids{plain, cafe}));
        QCOMPARE(index.matches(QStringLiteral("cafe\u0301")),
                 (Ids{plain, cafe})); // é written as e and its accent
        index.setIgnoresAccents(false);
        QCOMPARE(index.matches(QStringLiteral("cafe")), (Ids{plain}));
        QCOMPARE(index.matches(QStringLiteral("CAFÉ")), (Ids{cafe}));
        QCOMPARE(index.matches(QStringLiteral("caf -café")), (Ids{plain}));
    }

    // has:picture narrows a search to the posts with pictures: those read at the build, and
    // those sent, edited and deleted since; the command line reads it too.
    void hasPictureNarrowsASearchToPostsWithPictures()
    {
        QFile photo(QStringLiteral(SOLILOQUY_TEST_DATA "/dayone-photo.png"));
        QVERIFY(photo.open(QIODevice::ReadOnly));
        const NewPicture picture{photo.readAll(), QStringLiteral("image/png"), QSize(2, 2)};
        const qint64 words = write(QStringLiteral("a walk by the sea")).id;
        StorageError error;
        const std::optional<Post> shown =
            m_journal->send(QStringLiteral("the sea at dusk"), {picture}, &error);
        QVERIFY2(shown, qPrintable(error.message));
        SearchIndex index;
        QVERIFY(index.build(path(), *m_session));
        follow(index);
        using Ids = QList<qint64>;
        QVERIFY(SearchQuery::parse(QStringLiteral("has:picture")).withPictures);
        QVERIFY(!SearchQuery::parse(QStringLiteral("has:picture")).isEmpty());
        QCOMPARE(index.matches(QStringLiteral("has:picture")), (Ids{shown->id}));
        QCOMPARE(index.matches(QStringLiteral("sea HAS:PICTURE")), (Ids{shown->id}));
        QCOMPARE(index.matches(QStringLiteral("sea")), (Ids{shown->id, words}));
        QVERIFY(index.matches(QStringLiteral("walk has:picture")).isEmpty());
        // The term is no word to mark in the excerpt.
        QVERIFY(!index.hits(QStringLiteral("sea has:picture"), {shown->id})
                     .constFirst()
                     .snippetHtml.contains(QStringLiteral("has")));

        // A picture alone, sent after the build; an edit keeps the post found, a delete takes it away.
        const std::optional<Post> alone = m_journal->send(QString(), {picture}, &error);
        QVERIFY2(alone, qPrintable(error.message));
        QCOMPARE(index.matches(QStringLiteral("has:picture")), (Ids{alone->id, shown->id}));
        QVERIFY(m_journal->edit(shown->id, QStringLiteral("the sea at night"), &error));
        QCOMPARE(index.matches(QStringLiteral("night has:picture")), (Ids{shown->id}));
        QVERIFY(m_journal->remove(alone->id, &error));
        QCOMPARE(index.matches(QStringLiteral("has:picture")), (Ids{shown->id}));

        m_journal.reset();
        m_session.reset();
        m_database.reset(); // the command takes the lock
        const ProcessResult result = runSoliloquy({QStringLiteral("--database"), path(),
                                                   QStringLiteral("search"), QStringLiteral("--username"),
                                                   QStringLiteral("ann"), QStringLiteral("--password-stdin"),
                                                   QStringLiteral("--json"), QStringLiteral("has:picture")},
                                                  "a long enough passphrase\n");
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.standardOutput.count(QLatin1Char('\n')), 1);
        QCOMPARE(QJsonDocument::fromJson(result.standardOutput.toUtf8())
                     .object()
                     .value(QStringLiteral("id"))
                     .toInteger(),
                 shown->id);
    }

    void searchFromTheCommandLinePrintsEveryMatchOrAsManyAsAsked()
    {
        // More matches than the cap of 1,000 that search once had: every one is printed, the oldest too.
        const qint64 start = QDateTime(QDate(2024, 1, 1), QTime(9, 0)).toMSecsSinceEpoch();
        QVERIFY(seedPosts(m_database->connection(), *m_session, 1100, start, 3600 * 1000, [](int i) {
            return i % 50 == 1 ? QStringLiteral("desk %1").arg(i) : QStringLiteral("river garden %1").arg(i);
        }));
        m_journal.reset();
        m_session.reset();
        m_database.reset(); // the command takes the lock
        const QStringList search{QStringLiteral("--database"), path(),
                                 QStringLiteral("search"),     QStringLiteral("--username"),
                                 QStringLiteral("ann"),        QStringLiteral("--password-stdin")};
        const ProcessResult all =
            runSoliloquy(search + QStringList{QStringLiteral("garden river")}, "a long enough passphrase\n");
        QCOMPARE(all.exitCode, 0);
        const QStringList blocks = all.standardOutput.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
        QCOMPARE(blocks.size(), 1078);
        QVERIFY(blocks.constFirst().endsWith(QStringLiteral("river garden 1099")));
        QVERIFY(blocks.constLast().endsWith(QStringLiteral("river garden 0")));
        QVERIFY2(all.standardError.contains(QStringLiteral("1078 post(s) found")),
                 qPrintable(all.standardError));

        const ProcessResult json =
            runSoliloquy(search + QStringList{QStringLiteral("--limit"), QStringLiteral("3"),
                                              QStringLiteral("--json"), QStringLiteral("river")},
                         "a long enough passphrase\n");
        QCOMPARE(json.exitCode, 0);
        const QStringList lines = json.standardOutput.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QStringList texts;
        for (const QString& line : lines) {
            const QJsonObject object = QJsonDocument::fromJson(line.toUtf8()).object();
            QVERIFY2(object.value(QStringLiteral("id")).toInteger() > 0, qPrintable(line));
            QVERIFY(QDateTime::fromString(object.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs)
                        .isValid());
            texts << object.value(QStringLiteral("text")).toString();
        }
        QCOMPARE(texts, (QStringList{QStringLiteral("river garden 1099"), QStringLiteral("river garden 1098"),
                                     QStringLiteral("river garden 1097")}));
        QVERIFY(json.standardError.contains(QStringLiteral("1078 post(s) found, 3 printed")));

        const ProcessResult oldest = runSoliloquy(
            search + QStringList{QStringLiteral("--oldest-first"), QStringLiteral("--limit"),
                                 QStringLiteral("1"), QStringLiteral("river"), QStringLiteral("-desk")},
            "a long enough passphrase\n");
        QCOMPARE(oldest.exitCode, 0);
        QVERIFY2(oldest.standardOutput.trimmed().endsWith(QStringLiteral("\nriver garden 0")),
                 qPrintable(oldest.standardOutput));

        const ProcessResult badDate =
            runSoliloquy(search + QStringList{QStringLiteral("river"), QStringLiteral("to:2024-02-30")},
                         "a long enough passphrase\n");
        QCOMPARE(badDate.exitCode, 2);
        QVERIFY(badDate.standardOutput.isEmpty());
        QVERIFY2(badDate.standardError.contains(QStringLiteral("to:2024-02-30 is not a date")),
                 qPrintable(badDate.standardError));

        const ProcessResult badLimit = runSoliloquy(
            search + QStringList{QStringLiteral("--limit"), QStringLiteral("many"), QStringLiteral("river")},
            "a long enough passphrase\n");
        QCOMPARE(badLimit.exitCode, 2);
        QVERIFY(badLimit.standardOutput.isEmpty());
        QVERIFY(badLimit.standardError.contains(QStringLiteral("--limit")));
    }
};

QTEST_MAIN(TestSearchIndex)
#include "tst_searchindex.moc"
