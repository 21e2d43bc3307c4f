#include "support/JournalFixture.h"
#include "support/TestSupport.h"

#include "core/AccountService.h"
#include "core/Journal.h"
#include "core/KeyRotation.h"
#include "core/PostLedger.h"
#include "core/SyncRound.h"
#include "storage/SyncState.h"

#include <QBuffer>
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
    qint64 m_clock = 1764000000000;

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
    }

    void picturesTravelWithTheirPosts()
    {
        QImage image(40, 30, QImage::Format_RGB32);
        image.fill(Qt::darkCyan);
        QByteArray png;
        {
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            image.save(&buffer, "PNG");
        }
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
