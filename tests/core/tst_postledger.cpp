#include "support/JournalFixture.h"
#include "support/TestSupport.h"

#include "core/Importer.h"
#include "core/Journal.h"
#include "core/KeyRotation.h"
#include "core/PostLedger.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

// The sealed record of which posts an account has: every write through Soliloquy keeps it
// current, and whatever is done to the posts outside Soliloquy shows at the next check.
class TestPostLedger : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<JournalFixture> m_fixture;
    std::unique_ptr<Journal> m_journal;

    QString path() const { return m_dir.filePath(QStringLiteral("journal.sqlite3")); }
    PostLedger::Check check() { return PostLedger(m_fixture->connection(), m_fixture->session()).check(); }
    qint64 send(const QString& text)
    {
        StorageError error;
        const std::optional<Post> post = m_journal->send(text, &error);
        return post ? post->id : 0;
    }
    // The stored copy of a post, as someone with the file could keep it.
    QByteArray storedBody(qint64 postId)
    {
        return queryValue(path(), QStringLiteral("SELECT body FROM posts WHERE id = %1").arg(postId))
            .toByteArray();
    }
    // Writes a stored copy back, as someone with the file could.
    bool putBack(qint64 postId, const QByteArray& body)
    {
        return execSql(path(), {QStringLiteral("INSERT INTO posts (id, user_id, body, created_at) VALUES "
                                               "(%1, %2, x'%3', 1764000000000) ON CONFLICT (id) DO "
                                               "UPDATE SET body = excluded.body")
                                    .arg(postId)
                                    .arg(m_fixture->session().userId())
                                    .arg(QString::fromLatin1(body.toHex()))});
    }

private Q_SLOTS:
    void initTestCase() { useFastKeyDerivation(); }

    void init()
    {
        m_journal.reset();
        m_fixture.reset();
        QFile::remove(path());
        QFile::remove(path() + QStringLiteral("-wal"));
        QFile::remove(path() + QStringLiteral("-shm"));
        m_fixture = std::make_unique<JournalFixture>(path());
        QVERIFY(m_fixture->isReady());
        m_journal = std::make_unique<Journal>(m_fixture->connection(), m_fixture->session());
    }

    void everyWriteThroughSoliloquyKeepsTheRecordCurrent()
    {
        QVERIFY(check().clean()); // a new account: no posts, and a record that says so
        const qint64 first = send(QStringLiteral("first"));
        const qint64 second = send(QStringLiteral("second"));
        send(QStringLiteral("third"));
        StorageError error;
        QVERIFY(m_journal->edit(first, QStringLiteral("first, edited"), &error));
        const std::optional<Post> removed = m_journal->post(second);
        QVERIFY(m_journal->remove(second, &error));
        QVERIFY(m_journal->undelete(*removed, &error)); // undo of the delete
        QVERIFY(m_journal->remove(second, &error));
        QVERIFY(m_journal->saveDraft(QStringLiteral("a draft is no post"), &error));
        const Importer::Result imported =
            Importer(m_fixture->connection(), m_fixture->session())
                .importFile(QStringLiteral(SOLILOQUY_TEST_DATA "/jrnl.json"), Importer::Format::Jrnl);
        QVERIFY2(imported.ok, qPrintable(imported.error));
        const PostLedger::Check found = check();
        QVERIFY2(found.clean(), qPrintable(found.error));
        QCOMPARE(found.present, 2 + imported.imported);
        QCOMPARE(found.recorded, found.present);
    }

    void aPostRemovedOutsideIsMissing()
    {
        for (int i = 0; i < 5; ++i)
            send(QStringLiteral("post %1").arg(i));
        const qint64 victim = send(QStringLiteral("the one that goes"));
        QVERIFY(execSql(path(), {QStringLiteral("DELETE FROM posts WHERE id = %1").arg(victim)}));
        const PostLedger::Check found = check();
        QVERIFY(found.read);
        QVERIFY(!found.clean());
        QCOMPARE(found.missing(), 1);
        QCOMPARE(found.recorded, 6);
        QCOMPARE(found.present, 5);
    }

    void aPostRolledBackToAnOlderCopyIsNoticed()
    {
        const qint64 postId = send(QStringLiteral("what I first thought"));
        const QByteArray older = storedBody(postId);
        StorageError error;
        QVERIFY(m_journal->edit(postId, QStringLiteral("what I think now"), &error));
        QVERIFY(check().clean());
        // The older copy opens (it is bound to this post), but it is not the latest version.
        QVERIFY(putBack(postId, older));
        QCOMPARE(m_journal->post(postId)->text, QStringLiteral("what I first thought"));
        const PostLedger::Check found = check();
        QVERIFY(!found.clean());
        QCOMPARE(found.missing(), 0);
        QVERIFY(found.changedOutside());
    }

    void aDeletedPostPutBackFromAnOldBackupIsNoticed()
    {
        send(QStringLiteral("kept"));
        const qint64 postId = send(QStringLiteral("deleted on purpose"));
        const QByteArray copy = storedBody(postId);
        StorageError error;
        QVERIFY(m_journal->remove(postId, &error));
        QVERIFY(check().clean());
        QVERIFY(putBack(postId, copy));
        const PostLedger::Check found = check();
        QVERIFY(!found.clean());
        QVERIFY(found.changedOutside());
        QCOMPARE(found.recorded, 1);
        QCOMPARE(found.present, 2);
    }

    void aRecordChangedOutsideIsDamaged()
    {
        send(QStringLiteral("a post"));
        QVERIFY(execSql(path(), {QStringLiteral("UPDATE post_ledgers SET body = "
                                                "unhex(substr(hex(body), 1, 40) || "
                                                "iif(substr(hex(body), 41, 2) = '00', '01', '00') || "
                                                "substr(hex(body), 43))")}));
        const PostLedger::Check found = check();
        QVERIFY(found.read);
        QVERIFY(found.recordDamaged);
        QVERIFY(!found.clean());
        // Writing goes on, and the damage stays told.
        QVERIFY(send(QStringLiteral("another post")) > 0);
        QVERIFY(check().recordDamaged);
    }

    void anAccountWithoutARecordGetsOneFromItsPostsAtItsFirstCheck()
    {
        send(QStringLiteral("one"));
        const qint64 two = send(QStringLiteral("two"));
        // An account from before records were kept.
        QVERIFY(execSql(path(), {QStringLiteral("DELETE FROM post_ledgers")}));
        send(QStringLiteral("three")); // a write meanwhile does not make a record
        QCOMPARE(queryValue(path(), QStringLiteral("SELECT count(*) FROM post_ledgers")).toInt(), 0);
        const PostLedger::Check first = check();
        QVERIFY(first.clean());
        QVERIFY(first.made);
        QCOMPARE(first.recorded, 3);
        // From then on it counts.
        QVERIFY(execSql(path(), {QStringLiteral("DELETE FROM posts WHERE id = %1").arg(two)}));
        QCOMPARE(check().missing(), 1);
    }

    // A terminal (or a second window) unlocked before the password change writes after it:
    // refused, since the post would be sealed under a key that opens nothing any more.
    void aSessionFromBeforeANewKeyWritesNothing()
    {
        const qint64 kept = send(QStringLiteral("written before"));
        QString error;
        AccountService accounts(m_fixture->connection());
        std::unique_ptr<KeyRotation> rotation =
            accounts.beginKeyRotation(m_fixture->session(), JournalFixture::password(),
                                      QStringLiteral("a second long passphrase"), &error);
        QVERIFY2(rotation, qPrintable(error));
        const AccountService::Outcome rekeyed = rotation->finish();
        QVERIFY2(rekeyed.session, qPrintable(rekeyed.error));
        StorageError refused;
        QVERIFY(!m_journal->send(QStringLiteral("written after, with the old key"), &refused));
        QVERIFY2(refused.message.contains(QStringLiteral("new key")), qPrintable(refused.message));
        QVERIFY(!m_journal->edit(kept, QStringLiteral("edited with the old key"), &refused));
        QVERIFY(!m_journal->remove(kept, &refused));
        // Nothing of it reached the journal: every post opens with the new key, none is missing.
        const Journal current(m_fixture->connection(), *rekeyed.session);
        QCOMPARE(current.count(), 1);
        QCOMPARE(current.post(kept)->text, QStringLiteral("written before"));
        QVERIFY(PostLedger(m_fixture->connection(), *rekeyed.session).check().clean());
    }

    void aNewKeyKeepsTheRecordAndWhatItFound()
    {
        for (int i = 0; i < 4; ++i)
            send(QStringLiteral("post %1").arg(i));
        const auto rotate = [this](const QString& from, const QString& to) {
            QString error;
            AccountService accounts(m_fixture->connection());
            std::unique_ptr<KeyRotation> rotation =
                accounts.beginKeyRotation(m_fixture->session(), from, to, &error);
            if (!rotation)
                return std::unique_ptr<Session>();
            return std::move(rotation->finish().session);
        };
        const QString second = QStringLiteral("a second long passphrase");
        std::unique_ptr<Session> rekeyed = rotate(JournalFixture::password(), second);
        QVERIFY(rekeyed);
        PostLedger::Check found = PostLedger(m_fixture->connection(), *rekeyed).check();
        QVERIFY(found.clean());
        QCOMPARE(found.recorded, 4);

        // A post removed outside, then a new key: still missing under the new key.
        QVERIFY(
            execSql(path(), {QStringLiteral("DELETE FROM posts WHERE id = (SELECT max(id) FROM posts)")}));
        m_journal.reset();
        m_fixture.reset(); // the journal is opened anew, by one at a time
        m_fixture = std::make_unique<JournalFixture>(path());
        AccountService accounts(m_fixture->connection());
        AccountService::Outcome unlocked = accounts.login(QStringLiteral("ann"), second);
        QVERIFY2(unlocked.session, qPrintable(unlocked.error));
        QString error;
        std::unique_ptr<KeyRotation> rotation = accounts.beginKeyRotation(
            *unlocked.session, second, QStringLiteral("a third long passphrase"), &error);
        QVERIFY2(rotation, qPrintable(error));
        const AccountService::Outcome third = rotation->finish();
        QVERIFY2(third.session, qPrintable(third.error));
        found = PostLedger(m_fixture->connection(), *third.session).check();
        QVERIFY(!found.clean());
        QCOMPARE(found.missing(), 1);
    }
};

QTEST_GUILESS_MAIN(TestPostLedger)
#include "tst_postledger.moc"
