#include "support/JournalFixture.h"
#include "support/TestSupport.h"

#include "core/AccountService.h"
#include "core/Journal.h"
#include "core/KeyRotation.h"
#include "core/PostLedger.h"
#include "core/SyncFile.h"
#include "core/SyncFolder.h"
#include "core/SyncRound.h"
#include "storage/SyncState.h"

#include <QBuffer>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

namespace {

QStringList textsOf(const Journal& journal)
{
    QStringList texts;
    for (const Post& post : journal.newest(100))
        texts << post.text;
    return texts;
}

QByteArray pngOf(Qt::GlobalColor color)
{
    QImage image(40, 30, QImage::Format_RGB32);
    image.fill(color);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

} // namespace

// Two computers of one account kept in step through a folder: what is written on one is
// applied on the other, each change once, whatever the order rounds run in.
class TestSyncRound : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_folder;
    std::unique_ptr<JournalFixture> m_laptop;
    std::unique_ptr<JournalFixture> m_desktop;
    std::unique_ptr<Journal> m_laptopJournal;
    std::unique_ptr<Journal> m_desktopJournal;
    int m_round = 0;
    qint64 m_clock = 0;

    SyncRound::Report syncLaptop() { return SyncRound(m_laptop->connection(), m_laptop->session()).run(); }
    SyncRound::Report syncDesktop() { return SyncRound(m_desktop->connection(), m_desktop->session()).run(); }
    std::optional<Post> write(Journal& journal, const QString& text)
    {
        StorageError error;
        return journal.send(text, &error);
    }

private Q_SLOTS:
    void initTestCase() { useFastKeyDerivation(); }

    // One account on two computers: the desktop's journal starts as a copy of the laptop's.
    void init()
    {
        ++m_round;
        // The journals' clocks run ahead of the wall clock that stamps the rounds' files, so
        // that each post and edit is timed by the call that made it.
        m_clock = QDateTime::currentMSecsSinceEpoch() + 3600 * 1000;
        const QString laptop = m_dir.filePath(QStringLiteral("laptop%1.sqlite3").arg(m_round));
        const QString desktop = m_dir.filePath(QStringLiteral("desktop%1.sqlite3").arg(m_round));
        m_folder = m_dir.filePath(QStringLiteral("Sync%1").arg(m_round));
        m_laptop = std::make_unique<JournalFixture>(laptop);
        QVERIFY(m_laptop->isReady());
        m_laptop.reset();
        QVERIFY(QFile::copy(laptop, desktop));
        m_laptop = std::make_unique<JournalFixture>(laptop);
        m_desktop = std::make_unique<JournalFixture>(desktop);
        QVERIFY(m_laptop->isReady() && m_desktop->isReady());
        const auto clock = [this] { return m_clock += 1000; };
        m_laptopJournal = std::make_unique<Journal>(m_laptop->connection(), m_laptop->session(), clock);
        m_desktopJournal = std::make_unique<Journal>(m_desktop->connection(), m_desktop->session(), clock);
        if (qstrcmp(QTest::currentTestFunction(), "postsWrittenBeforeSyncGoToo") == 0) {
            for (const QString& text :
                 {QStringLiteral("before sync, one"), QStringLiteral("before sync, two")})
                QVERIFY(write(*m_laptopJournal, text));
        }
        QString error;
        QVERIFY2(SyncRound::enable(m_laptop->connection(), m_laptop->session(), m_folder,
                                   QStringLiteral("Laptop"), &error),
                 qPrintable(error));
        QVERIFY2(SyncRound::enable(m_desktop->connection(), m_desktop->session(), m_folder,
                                   QStringLiteral("Desktop"), &error),
                 qPrintable(error));
    }

    void cleanup()
    {
        m_laptopJournal.reset();
        m_desktopJournal.reset();
        m_laptop.reset();
        m_desktop.reset();
    }

    void postsWrittenOnOneComputerArriveOnTheOther()
    {
        QVERIFY(write(*m_laptopJournal, QStringLiteral("first, on the laptop")));
        QVERIFY(write(*m_laptopJournal, QStringLiteral("second, on the laptop")));
        const SyncRound::Report sent = syncLaptop();
        QVERIFY(sent.folderAvailable);
        QCOMPARE(sent.sent, 2); // one file a post: each send is one transaction
        QVERIFY2(sent.problems.isEmpty(), qPrintable(sent.problems.join(QLatin1Char('\n'))));

        const SyncRound::Report received = syncDesktop();
        QVERIFY2(received.problems.isEmpty(), qPrintable(received.problems.join(QLatin1Char('\n'))));
        QCOMPARE(received.applied, 2);
        QCOMPARE(textsOf(*m_desktopJournal), textsOf(*m_laptopJournal));
        QCOMPARE(textsOf(*m_desktopJournal).size(), 2);
        // The record of posts follows what arrived: nothing looks changed outside Soliloquy.
        QVERIFY(PostLedger(m_desktop->connection(), m_desktop->session()).check().clean());

        // A second round finds nothing new, on either side.
        QCOMPARE(syncDesktop().applied, 0);
        QCOMPARE(syncLaptop().applied, 0);
        QCOMPARE(textsOf(*m_laptopJournal).size(), 2);
    }

    void postsWrittenBeforeSyncGoToo()
    {
        // The laptop's journal so far is its first change.
        QCOMPARE(syncLaptop().sent, 1);
        QCOMPARE(syncDesktop().applied, 1);
        QCOMPARE(textsOf(*m_desktopJournal),
                 QStringList({QStringLiteral("before sync, one"), QStringLiteral("before sync, two")}));
        QVERIFY(PostLedger(m_desktop->connection(), m_desktop->session()).check().clean());
    }

    void editsAndDeletesTravelBothWays()
    {
        const std::optional<Post> kept = write(*m_laptopJournal, QStringLiteral("to be edited"));
        const std::optional<Post> gone = write(*m_laptopJournal, QStringLiteral("to be deleted"));
        QVERIFY(kept && gone);
        syncLaptop();
        syncDesktop();
        StorageError error;
        QVERIFY(m_desktopJournal->edit(kept->id, QStringLiteral("edited on the desktop"), &error));
        QVERIFY(m_desktopJournal->remove(gone->id, &error));
        QVERIFY(write(*m_desktopJournal, QStringLiteral("new on the desktop")));
        syncDesktop();
        const SyncRound::Report report = syncLaptop();
        QVERIFY2(report.problems.isEmpty(), qPrintable(report.problems.join(QLatin1Char('\n'))));
        QCOMPARE(textsOf(*m_laptopJournal), QStringList({QStringLiteral("edited on the desktop"),
                                                         QStringLiteral("new on the desktop")}));
        QVERIFY(PostLedger(m_laptop->connection(), m_laptop->session()).check().clean());
    }

    void postsWrittenOnBothAtOnceAreAllKept()
    {
        for (int i = 0; i < 3; ++i) {
            QVERIFY(write(*m_laptopJournal, QStringLiteral("laptop %1").arg(i)));
            QVERIFY(write(*m_desktopJournal, QStringLiteral("desktop %1").arg(i)));
        }
        syncLaptop();
        syncDesktop();
        syncLaptop();
        QCOMPARE(textsOf(*m_laptopJournal).size(), 6);
        QCOMPARE(textsOf(*m_desktopJournal), textsOf(*m_laptopJournal));
    }

    void thePostEditedLastWinsOnBoth()
    {
        const std::optional<Post> post = write(*m_laptopJournal, QStringLiteral("draft"));
        syncLaptop();
        syncDesktop();
        StorageError error;
        QVERIFY(m_laptopJournal->edit(post->id, QStringLiteral("laptop's words"), &error));
        QVERIFY(m_desktopJournal->edit(post->id, QStringLiteral("desktop's words, later"), &error));
        syncLaptop();
        syncDesktop();
        syncLaptop();
        QCOMPARE(m_laptopJournal->post(post->id)->text, QStringLiteral("desktop's words, later"));
        QCOMPARE(m_desktopJournal->post(post->id)->text, QStringLiteral("desktop's words, later"));
        // The laptop's words are not lost: they follow the post, as a post of their own, on both.
        syncDesktop();
        const QStringList onLaptop = textsOf(*m_laptopJournal);
        QCOMPARE(onLaptop.size(), 2);
        QVERIFY2(onLaptop.at(1).endsWith(QStringLiteral("\n\nlaptop's words")),
                 qPrintable(onLaptop.join(QLatin1Char('|'))));
        QCOMPARE(textsOf(*m_desktopJournal), onLaptop);
        QVERIFY(PostLedger(m_laptop->connection(), m_laptop->session()).check().clean());
    }

    void anEditHereWinsOverADeleteThere()
    {
        const std::optional<Post> post = write(*m_laptopJournal, QStringLiteral("keep me"));
        syncLaptop();
        syncDesktop();
        StorageError error;
        QVERIFY(m_desktopJournal->remove(post->id, &error));
        QVERIFY(m_laptopJournal->edit(post->id, QStringLiteral("kept, and edited"), &error));
        syncDesktop();
        syncLaptop();
        QCOMPARE(textsOf(*m_laptopJournal), QStringList({QStringLiteral("kept, and edited")}));
        // The post comes back on the computer that deleted it, and stays on both.
        const SyncRound::Report back = syncDesktop();
        QVERIFY2(back.problems.isEmpty(), qPrintable(back.problems.join(QLatin1Char('\n'))));
        QCOMPARE(textsOf(*m_desktopJournal), QStringList({QStringLiteral("kept, and edited")}));
        QVERIFY(PostLedger(m_desktop->connection(), m_desktop->session()).check().clean());
        syncLaptop();
        QCOMPARE(textsOf(*m_laptopJournal), textsOf(*m_desktopJournal));
    }

    void anEditThereBringsBackAPostDeletedHereWithItsPictures()
    {
        StorageError error;
        const std::optional<Post> post = m_laptopJournal->send(
            QStringLiteral("a picture"),
            {NewPicture{pngOf(Qt::darkCyan), QStringLiteral("image/png"), QSize(40, 30)}}, &error);
        QVERIFY(post);
        syncLaptop();
        syncDesktop();
        // Deleted on the laptop, which sends first; edited on the desktop before it heard.
        QVERIFY(m_laptopJournal->remove(post->id, &error));
        syncLaptop();
        QVERIFY(m_desktopJournal->edit(post->id, QStringLiteral("a picture, and what it shows"), &error));
        syncDesktop();
        syncLaptop();
        for (Journal* journal : {m_laptopJournal.get(), m_desktopJournal.get()}) {
            const std::optional<Post> kept = journal->post(post->id);
            QVERIFY(kept);
            QCOMPARE(kept->text, QStringLiteral("a picture, and what it shows"));
            QCOMPARE(kept->pictures.size(), 1);
            QCOMPARE(journal->pictureBytes(kept->pictures.first().attachmentId), pngOf(Qt::darkCyan));
        }
        QVERIFY(PostLedger(m_laptop->connection(), m_laptop->session()).check().clean());
        QVERIFY(PostLedger(m_desktop->connection(), m_desktop->session()).check().clean());
    }

    void picturesTravelWithTheirPosts()
    {
        const QByteArray png = pngOf(Qt::darkCyan);
        StorageError error;
        const std::optional<Post> sent =
            m_laptopJournal->send(QStringLiteral("a picture"),
                                  {NewPicture{png, QStringLiteral("image/png"), QSize(40, 30)}}, &error);
        QVERIFY(sent);
        syncLaptop();
        syncDesktop();
        const std::optional<Post> arrived = m_desktopJournal->post(sent->id);
        QVERIFY(arrived);
        QCOMPARE(arrived->pictures.size(), 1);
        QCOMPARE(arrived->pictures.first().size, QSize(40, 30));
        QCOMPARE(m_desktopJournal->pictureBytes(arrived->pictures.first().attachmentId), png);
    }

    void aDamagedOrHalfArrivedFileIsNotApplied()
    {
        QVERIFY(write(*m_laptopJournal, QStringLiteral("one")));
        syncLaptop();
        QVERIFY(write(*m_laptopJournal, QStringLiteral("two")));
        syncLaptop();
        // The laptop's files, newest last (only the laptop wrote): cut the newest short, as a
        // sync tool leaves a file it is still copying.
        const QList<SyncFolder::Entry> written = SyncFolder(m_folder).list().files;
        QCOMPARE(written.size(), 2);
        const QString laptopFolder = QFileInfo(written.first().path).path();
        QFile file(written.last().path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray whole = file.readAll();
        file.close();
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(whole.left(whole.size() / 2));
        file.close();

        SyncRound::Report report = syncDesktop();
        QCOMPARE(report.waiting.size(), 1);
        QCOMPARE(textsOf(*m_desktopJournal).size(), 1); // the first arrived, the second waits
        // Once whole, it is applied.
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(whole);
        file.close();
        report = syncDesktop();
        QCOMPARE(textsOf(*m_desktopJournal).size(), 2);

        // A forged or damaged file is reported and never applied.
        QVERIFY(write(*m_laptopJournal, QStringLiteral("three")));
        syncLaptop();
        const QStringList laptopFiles =
            QDir(laptopFolder).entryList({QStringLiteral("*.changes")}, QDir::Files, QDir::Name);
        QFile forged(QDir(laptopFolder).filePath(laptopFiles.last()));
        QVERIFY(forged.open(QIODevice::ReadWrite));
        QByteArray bytes = forged.readAll();
        bytes[bytes.size() - 3] = char(bytes.at(bytes.size() - 3) ^ 0x40);
        forged.seek(0);
        forged.write(bytes);
        forged.close();
        report = syncDesktop();
        QCOMPARE(report.problems.size(), 1);
        QVERIFY2(report.problems.first().contains(QStringLiteral("does not open")),
                 qPrintable(report.problems.first()));
        QCOMPARE(textsOf(*m_desktopJournal).size(), 2);
    }

    // A computer that wrote hundreds of posts while apart, each a file: one round brings them
    // all, edits and deletes among them, and a file that opens but does not apply stops that
    // computer's changes at it, with the files before it applied and the rest waiting.
    void manyFilesFromOneComputerArriveInOneRound()
    {
        const std::optional<Post> edited = write(*m_laptopJournal, QStringLiteral("edited three times"));
        const std::optional<Post> deleted = write(*m_laptopJournal, QStringLiteral("deleted later"));
        QVERIFY(edited && deleted);
        syncLaptop();
        syncDesktop();
        StorageError error;
        // Meanwhile, and earlier than the laptop's edits: this version follows the post.
        QVERIFY(m_desktopJournal->edit(edited->id, QStringLiteral("the desktop's version"), &error));
        for (int i = 1; i <= 3; ++i)
            QVERIFY(
                m_laptopJournal->edit(edited->id, QStringLiteral("edit %1 on the laptop").arg(i), &error));
        QVERIFY(m_laptopJournal->remove(deleted->id, &error));
        const std::optional<Post> shortLived = write(*m_laptopJournal, QStringLiteral("written and deleted"));
        QVERIFY(shortLived && m_laptopJournal->remove(shortLived->id, &error));
        for (int i = 1; i <= 600; ++i)
            QVERIFY(write(*m_laptopJournal, QStringLiteral("post %1 while apart").arg(i)));
        QCOMPARE(syncLaptop().sent, 606);

        // A file in the middle that opens with the key but holds no changes SQLite can read.
        const QByteArray laptopId =
            SyncState(m_laptop->connection()).settings(m_laptop->session().userId())->computerId;
        QList<SyncFolder::Entry> laptopFiles;
        const QList<SyncFolder::Entry> listed = SyncFolder(m_folder).list().files;
        for (const SyncFolder::Entry& entry : listed) {
            if (entry.kind == SyncFile::Kind::Changes && entry.computerId == laptopId)
                laptopFiles << entry;
        }
        const SyncFolder::Entry& bad = laptopFiles.at(laptopFiles.size() - 100);
        QFile badFile(bad.path);
        QVERIFY(badFile.open(QIODevice::ReadOnly));
        const QByteArray whole = badFile.readAll();
        badFile.close();
        SyncFile unreadable;
        QCOMPARE(SyncFile::decode(whole, m_laptop->session(), &unreadable), SyncFile::Status::Ok);
        unreadable.payload = QByteArrayLiteral("no changeset at all");
        QVERIFY(QFile::remove(bad.path));
        QVERIFY(badFile.open(QIODevice::WriteOnly));
        badFile.write(unreadable.encode(m_laptop->session()));
        badFile.close();

        SyncRound::Report report = syncDesktop();
        QCOMPARE(report.applied, 606 - 100);
        QCOMPARE(report.problems.size(), 1);
        QVERIFY2(report.problems.first().contains(QFileInfo(bad.path).fileName()),
                 qPrintable(report.problems.first()));
        QCOMPARE(m_desktopJournal->count(), 2 + 500); // the one edited, its other version, 500 more
        QVERIFY(PostLedger(m_desktop->connection(), m_desktop->session()).check().clean());
        // Once the file is whole again, the rest follow.
        QVERIFY(QFile::remove(bad.path));
        QVERIFY(badFile.open(QIODevice::WriteOnly));
        badFile.write(whole);
        badFile.close();
        report = syncDesktop();
        QVERIFY2(report.problems.isEmpty(), qPrintable(report.problems.join(QLatin1Char('\n'))));
        QCOMPARE(report.applied, 100);
        QCOMPARE(m_desktopJournal->count(), 2 + 600);
        QCOMPARE(m_desktopJournal->post(edited->id)->text, QStringLiteral("edit 3 on the laptop"));
        QVERIFY(!m_desktopJournal->post(deleted->id));
        QVERIFY(!m_desktopJournal->post(shortLived->id));
        syncLaptop();
        QCOMPARE(m_laptopJournal->count(), 2 + 600);
        QCOMPARE(textsOf(*m_laptopJournal), textsOf(*m_desktopJournal));
        QVERIFY(PostLedger(m_desktop->connection(), m_desktop->session()).check().clean());
        QVERIFY(PostLedger(m_laptop->connection(), m_laptop->session()).check().clean());
    }

    void aFolderThatIsGoneIsAStatus()
    {
        QVERIFY(QDir(m_folder).removeRecursively() || !QDir(m_folder).exists());
        QVERIFY(write(*m_laptopJournal, QStringLiteral("written while the drive is out")));
        const SyncRound::Report report = syncLaptop();
        QVERIFY(!report.folderAvailable);
        QVERIFY(report.problems.isEmpty());
        // The change waits in the journal, and goes when the folder is back.
        QVERIFY(QDir().mkpath(m_folder));
        QVERIFY(syncLaptop().sent >= 1);
        syncDesktop();
        QCOMPARE(textsOf(*m_desktopJournal), QStringList({QStringLiteral("written while the drive is out")}));
    }

    void aNewPasswordAndEmailComeToTheOtherComputer()
    {
        const QString newPassword = QStringLiteral("a new password for both computers");
        AccountService laptopAccounts(m_laptop->connection());
        QCOMPARE(laptopAccounts.changePassword(m_laptop->session(), JournalFixture::password(), newPassword),
                 QString());
        QCOMPARE(laptopAccounts.updateProfile(m_laptop->session(), QStringLiteral("ann@example.net"), {}),
                 QString());
        QVERIFY(!syncLaptop().accountChanged);
        const SyncRound::Report report = syncDesktop();
        QVERIFY2(report.problems.isEmpty(), qPrintable(report.problems.join(QLatin1Char('\n'))));
        QVERIFY(report.accountChanged);

        AccountService desktopAccounts(m_desktop->connection());
        QVERIFY(!desktopAccounts.login(QStringLiteral("ann"), JournalFixture::password()).session);
        const AccountService::Outcome unlocked = desktopAccounts.login(QStringLiteral("ann"), newPassword);
        QVERIFY2(unlocked.session, qPrintable(unlocked.error));
        QCOMPARE(desktopAccounts.profile(*unlocked.session)->email, QStringLiteral("ann@example.net"));
        // Both now hold the same account: further rounds take nothing.
        QVERIFY(!syncLaptop().accountChanged);
        QVERIFY(!syncDesktop().accountChanged);

        // The later change wins, whichever computer made it.
        QCOMPARE(desktopAccounts.updateProfile(m_desktop->session(), QStringLiteral("ann@example.com"), {}),
                 QString());
        syncDesktop();
        QVERIFY(syncLaptop().accountChanged);
        QCOMPARE(laptopAccounts.profile(m_laptop->session())->email, QStringLiteral("ann@example.com"));
    }

    void anAccountFileChangedOutsideSoliloquyChangesNothing()
    {
        syncLaptop();
        syncDesktop();
        // Someone with the folder but not the key puts other keys in the laptop's file, marked
        // as changed last: the desktop's account stays as it was.
        const QDir computers(QDir(m_folder).filePath(QStringLiteral("computers")));
        const QStringList ids = computers.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QCOMPARE(ids.size(), 2);
        for (const QString& id : ids) {
            QFile file(computers.filePath(id + QStringLiteral("/account.json")));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QJsonObject account = QJsonDocument::fromJson(file.readAll()).object();
            file.close();
            account.insert(QStringLiteral("wrapped_key_password"), QStringLiteral("Zm9yZ2Vk"));
            account.insert(QStringLiteral("changed_at"), QStringLiteral("999999999999999999"));
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(QJsonDocument(account).toJson());
        }
        QVERIFY(!syncDesktop().accountChanged);
        QVERIFY(AccountService(m_desktop->connection())
                    .login(QStringLiteral("ann"), JournalFixture::password())
                    .session);
    }

    void aComputersNewNameReachesTheOthers()
    {
        // Each computer's file is in the folder from the moment it turned sync on.
        QCOMPARE(syncDesktop().computers, QStringList({QStringLiteral("Desktop"), QStringLiteral("Laptop")}));
        QCOMPARE(syncLaptop().computers, QStringList({QStringLiteral("Laptop"), QStringLiteral("Desktop")}));
        SyncState state(m_laptop->connection());
        SyncState::Settings settings = *state.settings(m_laptop->session().userId());
        settings.computerName = QStringLiteral("Old laptop");
        StorageError error;
        QVERIFY(state.save(settings, &error));
        QCOMPARE(syncLaptop().computers,
                 QStringList({QStringLiteral("Old laptop"), QStringLiteral("Desktop")}));
        QCOMPARE(syncDesktop().computers,
                 QStringList({QStringLiteral("Desktop"), QStringLiteral("Old laptop")}));
    }

    void aJournalThatSyncsKeepsItsKey()
    {
        QString error;
        QVERIFY(!AccountService(m_laptop->connection())
                     .beginKeyRotation(m_laptop->session(), JournalFixture::password(),
                                       QStringLiteral("another good password"), &error));
        QVERIFY2(error.contains(QStringLiteral("syncs with other computers")), qPrintable(error));
    }

    void clocksThatDisagreeDoNotReorderPosts()
    {
        // The laptop's clock is set back by an hour between two posts.
        qint64 laptopTime = m_clock + 3600 * 1000;
        Journal laptop(m_laptop->connection(), m_laptop->session(), [&laptopTime] { return laptopTime; });
        const std::optional<Post> first = write(laptop, QStringLiteral("before the clock went back"));
        laptopTime -= 3600 * 1000;
        const std::optional<Post> second = write(laptop, QStringLiteral("after the clock went back"));
        QVERIFY(first && second);
        QVERIFY(second->createdAt > first->createdAt);
        QCOMPARE(textsOf(laptop).last(), QStringLiteral("after the clock went back"));

        // The desktop's clock is a day behind: what it writes after seeing the laptop's posts
        // still comes after them.
        syncLaptop();
        syncDesktop();
        const qint64 desktopTime = m_clock - 24 * 3600 * 1000;
        Journal desktop(m_desktop->connection(), m_desktop->session(), [desktopTime] { return desktopTime; });
        const std::optional<Post> reply = write(desktop, QStringLiteral("written on the desktop"));
        QVERIFY(reply);
        QVERIFY(reply->createdAt > second->createdAt);
        syncDesktop();
        syncLaptop();
        QCOMPARE(textsOf(laptop), QStringList({QStringLiteral("before the clock went back"),
                                               QStringLiteral("after the clock went back"),
                                               QStringLiteral("written on the desktop")}));
    }

    void aJournalOfSeveralAccountsIsRefused()
    {
        AccountService accounts(m_laptop->connection());
        QVERIFY(accounts
                    .registerAccount(QStringLiteral("bob"), QStringLiteral("bob@example.org"),
                                     JournalFixture::password())
                    .session);
        QString error;
        QVERIFY(!SyncRound::enable(m_laptop->connection(), m_laptop->session(), m_folder,
                                   QStringLiteral("Laptop"), &error));
        QVERIFY2(error.contains(QStringLiteral("one account")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestSyncRound)
#include "tst_syncround.moc"
