#include "support/TestSupport.h"

#include "core/AccountService.h"
#include "core/Journal.h"
#include "gui/chat/PostListModel.h"
#include "storage/Database.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

namespace {
const qint64 hour = 60 * 60 * 1000;
const qint64 minute = 60 * 1000;

bool inOrder(const PostListModel& model)
{
    for (int row = 1; row < model.rowCount(); ++row) {
        const Post& a = model.postAt(row - 1);
        const Post& b = model.postAt(row);
        if (a.createdAt > b.createdAt || (a.createdAt == b.createdAt && a.id >= b.id))
            return false;
    }
    return true;
}
} // namespace

// The chat's model: a bounded window of posts paged in by keyset, oldest at the top.
class TestPostListModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Session> m_session;

private Q_SLOTS:
    void initTestCase() { useFastKeyDerivation(); }

    void init()
    {
        QFile::remove(m_dir.filePath(QStringLiteral("journal.sqlite3")));
        m_database = std::make_unique<Database>(m_dir.filePath(QStringLiteral("journal.sqlite3")));
        QVERIFY(m_database->open());
        AccountService accounts(m_database->connection());
        m_session = accounts
                        .registerAccount(QStringLiteral("ann"), QStringLiteral("ann@example.org"),
                                         QStringLiteral("a long enough passphrase"))
                        .session;
        QVERIFY(m_session);
    }

    void cleanup()
    {
        m_session.reset();
        m_database.reset();
    }

    void pagesThroughTenThousandPostsWithABoundedWindow()
    {
        const int total = 10000;
        const qint64 start = QDateTime(QDate(2024, 1, 1), QTime(8, 0)).toMSecsSinceEpoch();
        QVERIFY(seedPosts(m_database->connection(), *m_session, total, start, 7 * minute));
        Journal journal(m_database->connection(), *m_session);
        PostListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

        model.setSource(&journal);
        QCOMPARE(model.rowCount(), PostListModel::PageSize);
        QCOMPARE(model.postAt(model.rowCount() - 1).text, QStringLiteral("post %1").arg(total - 1));
        QVERIFY(model.hasOlder());
        QVERIFY(!model.hasNewer());
        QVERIFY(model.newestPost());

        // Up to the very first post: every post seen once, in order, never more than the window loaded.
        QSet<qint64> seen;
        for (int row = 0; row < model.rowCount(); ++row)
            seen.insert(model.postAt(row).id);
        int pages = 0;
        while (model.hasOlder()) {
            const qint64 firstBefore = model.postAt(0).id;
            QVERIFY(model.loadOlder() > 0);
            QVERIFY2(model.rowCount() <= PostListModel::MaxLoaded,
                     qPrintable(QString::number(model.rowCount())));
            QVERIFY(inOrder(model));
            QVERIFY(model.rowOf(firstBefore) > 0); // the page joins the one before it
            for (int row = 0; row < model.rowCount(); ++row)
                seen.insert(model.postAt(row).id);
            ++pages;
        }
        QCOMPARE(seen.size(), total);
        QCOMPARE(model.postAt(0).text, QStringLiteral("post 0"));
        QVERIFY(model.hasNewer());
        QVERIFY(!model.newestPost()); // the newest is no longer loaded
        QVERIFY(pages >= total / PostListModel::PageSize - 1);

        // And back down to the newest.
        while (model.hasNewer()) {
            QVERIFY(model.loadNewer() > 0);
            QVERIFY(model.rowCount() <= PostListModel::MaxLoaded);
            QVERIFY(inOrder(model));
        }
        QCOMPARE(model.postAt(model.rowCount() - 1).text, QStringLiteral("post %1").arg(total - 1));
        QVERIFY(model.newestPost());
    }

    void aPostWrittenWhileScrolledBackJumpsToTheNewest()
    {
        QVERIFY(seedPosts(m_database->connection(), *m_session, 1000, 1700000000000, minute));
        Journal journal(m_database->connection(), *m_session);
        PostListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSource(&journal);
        while (model.hasOlder())
            model.loadOlder();
        StorageError error;
        const std::optional<Post> post = journal.send(QStringLiteral("just now"), &error);
        QVERIFY(post);
        model.append(*post);
        QCOMPARE(model.postAt(model.rowCount() - 1).text, QStringLiteral("just now"));
        QVERIFY(!model.hasNewer());
        QCOMPARE(model.rowCount(), PostListModel::PageSize);
    }

    void groupsPostsAFewMinutesApartAndLabelsDays()
    {
        const QDate today(2026, 11, 25);
        const qint64 morning = QDateTime(today.addDays(-1), QTime(9, 0)).toMSecsSinceEpoch();
        qint64 now = 0;
        Journal journal(m_database->connection(), *m_session, [&now] { return now; });
        StorageError error;
        for (const qint64 at : {morning - 400 * 24 * hour, morning, morning + 2 * minute,
                                morning + 30 * minute, morning + 24 * hour, morning + 24 * hour + minute}) {
            now = at;
            QVERIFY(journal.send(QStringLiteral("at %1").arg(at), &error));
        }
        PostListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setToday(today);
        model.setSource(&journal);
        QCOMPARE(model.rowCount(), 6);
        const auto day = [&model](int row) {
            return model.index(row).data(PostListModel::DayLabelRole).toString();
        };
        const auto starts = [&model](int row) {
            return model.index(row).data(PostListModel::GroupStartRole).toBool();
        };
        QVERIFY(!day(0).isEmpty());
        QVERIFY(day(0).contains(QString::number(today.year() - 1))); // another year shows the year
        QCOMPARE(day(1), QStringLiteral("Yesterday"));
        QCOMPARE(day(2), QString());
        QCOMPARE(day(4), QStringLiteral("Today"));
        QCOMPARE(day(5), QString());
        QVERIFY(starts(0));
        QVERIFY(starts(1));
        QVERIFY(!starts(2)); // two minutes later: same group, no avatar and name again
        QVERIFY(starts(3));  // half an hour later: a new group
        QVERIFY(starts(4));  // a new day
        QVERIFY(!starts(5));
        // The tooltip gives the full date and time.
        QVERIFY(model.index(1).data(Qt::ToolTipRole).toString().contains(QString::number(today.year())));
    }

    void insertsRemovesAndReplacesInPlace()
    {
        qint64 now = 1700000000000;
        Journal journal(m_database->connection(), *m_session, [&now] { return now += minute; });
        StorageError error;
        for (int i = 0; i < 3; ++i)
            QVERIFY(journal.send(QStringLiteral("post %1").arg(i), &error));
        PostListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSource(&journal);
        const Post middle = model.postAt(1);
        model.removePost(middle.id);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOf(middle.id), -1);
        model.insertPost(middle); // undo of a delete puts it back by time
        QCOMPARE(model.rowOf(middle.id), 1);
        Post changed = middle;
        changed.text = QStringLiteral("changed");
        changed.editedAt = now;
        model.replace(changed);
        QCOMPARE(model.index(1).data(PostListModel::TextRole).toString(), QStringLiteral("changed"));
        QCOMPARE(model.index(1).data(PostListModel::EditedAtRole).toLongLong(), now);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    // What is written through the journal shows without anyone telling the model: a send, an
    // edit, a delete and its undo; after follow(nullptr), nothing more.
    void followsWhatIsWrittenThroughTheJournal()
    {
        qint64 now = 1700000000000;
        Journal journal(m_database->connection(), *m_session, [&now] { return now += minute; });
        StorageError error;
        QVERIFY(journal.send(QStringLiteral("first"), &error));
        PostListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSource(&journal);
        model.follow(&journal);
        const std::optional<Post> second = journal.send(QStringLiteral("second"), &error);
        QVERIFY(second);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.postAt(1).text, QStringLiteral("second"));
        QVERIFY(journal.edit(second->id, QStringLiteral("second, edited"), &error));
        QCOMPARE(model.postAt(1).text, QStringLiteral("second, edited"));
        QVERIFY(model.postAt(1).editedAt > 0);
        const Post removed = model.postAt(0);
        QVERIFY(journal.remove(removed.id, &error));
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(journal.undelete(removed, &error));
        QCOMPARE(model.rowOf(removed.id), 0);
        model.follow(nullptr);
        QVERIFY(journal.send(QStringLiteral("not followed"), &error));
        QCOMPARE(model.rowCount(), 2);
    }
};

QTEST_MAIN(TestPostListModel)
#include "tst_postlistmodel.moc"
