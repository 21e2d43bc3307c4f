#include "SimulatedSyncTool.h"

#include "support/JournalFixture.h"
#include "support/TestSupport.h"
#include "support/ZipBuilder.h"

#include "core/Importer.h"
#include "core/Journal.h"
#include "core/PostLedger.h"
#include "core/SyncRound.h"

#include <QBuffer>
#include <QColor>
#include <QCryptographicHash>
#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;
using Side = SimulatedSyncTool::Side;
using Transfer = SimulatedSyncTool::Transfer;

namespace {

// The version byte of a sync file's header, after "SOLILOQUY-SYNC\n" (see SyncFile).
constexpr qsizetype FormatVersionByte = 15;

QByteArray pngOf(const QColor& colour)
{
    QImage image(24, 16, QImage::Format_RGB32);
    image.fill(colour);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

QString joined(const QStringList& lines)
{
    return lines.join(QLatin1Char('\n'));
}

} // namespace

// Two computers of one account, each with its own copy of the sync folder, and between them a
// sync tool that delays, reorders, duplicates and cuts files short: whatever it does, each
// change is applied once, in its computer's order, only when whole and authentic, and the two
// journals end the same.
class TestSyncUnreliable : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<JournalFixture> m_computers[2];
    std::unique_ptr<Journal> m_journals[2];
    std::unique_ptr<SimulatedSyncTool> m_tool;
    int m_case = 0;
    bool m_waited = false; // in the last syncBoth(), a computer said that files wait
    qint64 m_clock = 1764000000000;

    SyncRound::Report sync(Side side)
    {
        return SyncRound(m_computers[side]->connection(), m_computers[side]->session()).run();
    }
    Journal& journal(Side side) { return *m_journals[side]; }
    std::optional<Post> write(Side side, const QString& text)
    {
        StorageError error;
        return journal(side).send(text, &error);
    }
    QByteArray computerId(Side side) const
    {
        return SyncState(m_computers[side]->connection())
            .settings(m_computers[side]->session().userId())
            ->computerId;
    }
    // The laptop's change files, oldest first, as the tool would carry them to the desktop.
    QList<Transfer> laptopChanges() const
    {
        QList<Transfer> changes = m_tool->all();
        changes.removeIf([](const Transfer& transfer) {
            return transfer.from != Side::First || !transfer.name.endsWith(QLatin1String(".changes"));
        });
        return changes;
    }
    // The laptop writes `texts`, one post and one round each; the tool carries the computers'
    // account files. Returns the laptop's change files (not carried), oldest first.
    QList<Transfer> laptopWrites(const QStringList& texts, QList<qint64>* ids = nullptr)
    {
        for (const QString& text : texts) {
            const std::optional<Post> sent = write(Side::First, text);
            if (!sent || sync(Side::First).sent != 1)
                return {};
            if (ids)
                *ids << sent->id;
        }
        for (const Transfer& transfer : m_tool->pending()) {
            if (!transfer.name.endsWith(QLatin1String(".changes")) && !m_tool->deliver(transfer))
                return {};
        }
        return laptopChanges();
    }
    // The laptop writes three posts, and the tool carries their files whole.
    QList<Transfer> threeDelivered(QList<qint64>* ids = nullptr)
    {
        QList<Transfer> changes =
            laptopWrites({QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three")}, ids);
        for (const Transfer& transfer : std::as_const(changes)) {
            if (!m_tool->deliver(transfer))
                return {};
        }
        return changes;
    }

    // Each post as a user sees it: id, times, text and pictures (their bytes by digest).
    QStringList postsOf(Side side)
    {
        QStringList posts;
        for (const Post& post : journal(side).newest(100000)) {
            QString line = QStringLiteral("%1 created %2 edited %3 readable %4: %5")
                               .arg(post.id)
                               .arg(post.createdAt)
                               .arg(post.editedAt)
                               .arg(post.readable)
                               .arg(post.text);
            for (const PictureRef& picture : post.pictures) {
                const QByteArray bytes =
                    journal(side).pictureBytes(picture.attachmentId).value_or(QByteArray());
                line += QStringLiteral(" [%1 %2 %3x%4 %5]")
                            .arg(picture.position)
                            .arg(picture.mimeType)
                            .arg(picture.size.width())
                            .arg(picture.size.height())
                            .arg(QString::fromLatin1(
                                QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
            }
            posts << line;
        }
        return posts;
    }
    // The journal file's rows of posts and pictures as stored, sealed bodies included.
    QByteArray storedRows(Side side) const
    {
        QCryptographicHash digest(QCryptographicHash::Sha256);
        for (const QString& table : {QStringLiteral("posts"), QStringLiteral("attachments"),
                                     QStringLiteral("attachment_contents")}) {
            QSqlQuery query(m_computers[side]->connection());
            if (!query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(table)))
                return {};
            while (query.next()) {
                for (int column = 0; column < query.record().count(); ++column)
                    digest.addData(query.value(column).toString().toUtf8() + '\x1f' +
                                   query.value(column).toByteArray() + '\x1e');
            }
        }
        return digest.result();
    }
    bool ledgerIsClean(Side side) const
    {
        return PostLedger(m_computers[side]->connection(), m_computers[side]->session()).check().clean();
    }

    // One computer does what a user does between two rounds: new posts (some with a picture),
    // edits and deletes of posts it wrote.
    void burstOn(Side side, QList<qint64>& written, int round)
    {
        QRandomGenerator& random = m_tool->random();
        const QString computer = side == Side::First ? QStringLiteral("laptop") : QStringLiteral("desktop");
        StorageError error;
        const int steps = 2 + int(random.bounded(4));
        for (int step = 0; step < steps; ++step) {
            const QString text = QStringLiteral("%1, round %2, step %3").arg(computer).arg(round).arg(step);
            const int action = written.isEmpty() ? 0 : random.bounded(10);
            if (action < 5) {
                const std::optional<Post> sent = write(side, text);
                QVERIFY(sent);
                written << sent->id;
            } else if (action < 7) {
                const QColor colour = QColor::fromHsv(int(random.bounded(360)), 200, 80 + 40 * int(side));
                const std::optional<Post> sent = journal(side).send(
                    text, {NewPicture{pngOf(colour), QStringLiteral("image/png"), QSize(24, 16)}}, &error);
                QVERIFY2(sent, qPrintable(error.message));
                written << sent->id;
            } else if (action < 9) {
                const qint64 id = written.at(random.bounded(int(written.size())));
                QVERIFY2(journal(side).edit(id, text + QStringLiteral(" (an edit)"), &error),
                         qPrintable(error.message));
            } else {
                const qint64 id = written.takeAt(random.bounded(int(written.size())));
                QVERIFY2(journal(side).remove(id, &error), qPrintable(error.message));
            }
        }
    }

    // The tool carries what is there in a random order: some files held back, some left
    // half-copied under its temporary name or cut short under their own, some copied twice.
    void carryUnreliably()
    {
        QRandomGenerator& random = m_tool->random();
        for (const Transfer& transfer : m_tool->pendingShuffled()) {
            const qint64 size = m_tool->original(transfer).size();
            const bool changes = transfer.name.endsWith(QLatin1String(".changes"));
            switch (random.bounded(9)) {
            case 0:
                break; // held back until a later round
            case 1:
                QVERIFY(m_tool->deliverPartly(transfer, random.bounded(size)));
                break;
            case 2:
                QVERIFY(changes ? m_tool->deliverTruncated(transfer, random.bounded(size))
                                : m_tool->deliver(transfer));
                break;
            case 3:
                QVERIFY(m_tool->deliver(transfer));
                QVERIFY(m_tool->deliverConflictCopy(transfer, SimulatedSyncTool::ConflictName::Syncthing));
                break;
            case 4:
                QVERIFY(m_tool->deliver(transfer));
                QVERIFY(m_tool->deliverConflictCopy(transfer, SimulatedSyncTool::ConflictName::Dropbox));
                break;
            case 5:
                QVERIFY(m_tool->deliver(transfer));
                QVERIFY(m_tool->deliver(transfer));
                break;
            default:
                QVERIFY(m_tool->deliver(transfer));
                break;
            }
        }
    }

    // A round on each computer: nothing goes wrong, and each says whether files wait.
    void syncBoth(const QString& when)
    {
        m_waited = false;
        for (const Side side : {Side::First, Side::Second}) {
            const SyncRound::Report report = sync(side);
            QVERIFY2(report.folderAvailable, qPrintable(when));
            QVERIFY2(report.problems.isEmpty(),
                     qPrintable(when + QLatin1Char('\n') + joined(report.problems)));
            const QStringList unfinished = m_tool->unfinished(side);
            QVERIFY2(report.waiting.isEmpty() == unfinished.isEmpty(),
                     qPrintable(
                         QStringLiteral("%1, computer %2: the report says waiting for [%3]; the "
                                        "folder has unfinished [%4]")
                             .arg(when)
                             .arg(int(side))
                             .arg(report.waiting.join(QLatin1Char(' ')), unfinished.join(QLatin1Char(' ')))));
            m_waited = m_waited || !report.waiting.isEmpty();
        }
    }

private Q_SLOTS:
    void initTestCase() { useFastKeyDerivation(); }

    // One account on two computers, the desktop's journal a copy of the laptop's, each syncing
    // with its own folder.
    void init()
    {
        ++m_case;
        const QString laptop = m_dir.filePath(QStringLiteral("laptop%1.sqlite3").arg(m_case));
        const QString desktop = m_dir.filePath(QStringLiteral("desktop%1.sqlite3").arg(m_case));
        m_computers[Side::First] = std::make_unique<JournalFixture>(laptop);
        QVERIFY(m_computers[Side::First]->isReady());
        m_computers[Side::First].reset();
        QVERIFY(QFile::copy(laptop, desktop));
        m_computers[Side::First] = std::make_unique<JournalFixture>(laptop);
        m_computers[Side::Second] = std::make_unique<JournalFixture>(desktop);
        m_tool = std::make_unique<SimulatedSyncTool>(
            m_dir.filePath(QStringLiteral("laptop%1/Sync").arg(m_case)),
            m_dir.filePath(QStringLiteral("desktop%1/Sync").arg(m_case)), quint32(20261203 + m_case));
        const auto clock = [this] { return m_clock += 1000; };
        for (const Side side : {Side::First, Side::Second}) {
            QVERIFY(m_computers[side]->isReady());
            m_journals[side] = std::make_unique<Journal>(m_computers[side]->connection(),
                                                         m_computers[side]->session(), clock);
            QString error;
            QVERIFY2(SyncRound::enable(
                         m_computers[side]->connection(), m_computers[side]->session(), m_tool->folder(side),
                         side == Side::First ? QStringLiteral("Laptop") : QStringLiteral("Desktop"), &error),
                     qPrintable(error));
        }
    }

    void cleanup()
    {
        for (const Side side : {Side::First, Side::Second}) {
            m_journals[side].reset();
            m_computers[side].reset();
        }
        m_tool.reset();
    }

    void aBurstOnBothComputersThroughAnUnreliableToolEndsTheSame()
    {
        QList<qint64> written[2];
        int roundsWithWaiting = 0;
        for (int round = 1; round <= 8; ++round) {
            for (const Side side : {Side::First, Side::Second}) {
                burstOn(side, written[side], round);
                if (QTest::currentTestFailed())
                    return;
                const SyncRound::Report sent = sync(side);
                QVERIFY2(sent.problems.isEmpty(), qPrintable(joined(sent.problems)));
            }
            carryUnreliably();
            syncBoth(QStringLiteral("round %1").arg(round));
            if (QTest::currentTestFailed())
                return;
            roundsWithWaiting += m_waited ? 1 : 0;
        }
        QVERIFY(roundsWithWaiting > 0); // the tool did get in the way
        // The tool catches up: every file arrives whole, still in any order.
        for (int pass = 1; pass <= 3; ++pass) {
            for (const Transfer& transfer : m_tool->pendingShuffled())
                QVERIFY(m_tool->deliver(transfer));
            syncBoth(QStringLiteral("catching up, pass %1").arg(pass));
        }
        QVERIFY(m_tool->pending().isEmpty());
        QVERIFY(m_tool->unfinished(Side::First).isEmpty() && m_tool->unfinished(Side::Second).isEmpty());

        const QStringList laptop = postsOf(Side::First);
        QCOMPARE(laptop.size(), written[Side::First].size() + written[Side::Second].size());
        QCOMPARE(postsOf(Side::Second), laptop);
        QVERIFY(laptop.join(QLatin1Char('\n')).contains(QStringLiteral(" [1 image/png 24x16 ")));
        QVERIFY(ledgerIsClean(Side::First));
        QVERIFY(ledgerIsClean(Side::Second));
    }

    void aFileHeldBackStopsTheLaterOnesUntilItArrives()
    {
        const QList<Transfer> changes = laptopWrites(
            {QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three"), QStringLiteral("four")});
        QCOMPARE(changes.size(), 4);
        // The fourth, then the third, then the first; the second is held back.
        for (const int file : {3, 2, 0})
            QVERIFY(m_tool->deliver(changes.at(file)));

        SyncRound::Report report = sync(Side::Second);
        QVERIFY2(report.problems.isEmpty(), qPrintable(joined(report.problems)));
        QCOMPARE(report.applied, 1);
        QVERIFY2(joined(report.waiting).contains(QFileInfo(changes.at(1).name).fileName()),
                 qPrintable(joined(report.waiting)));
        QCOMPARE(postsOf(Side::Second).size(), 1);
        QCOMPARE(journal(Side::Second).newest(10).first().text, QStringLiteral("one"));
        QCOMPARE(SyncState(m_computers[Side::Second]->connection()).applied(computerId(Side::First)), 1);
        // Another round changes nothing while it is away.
        report = sync(Side::Second);
        QCOMPARE(report.applied, 0);
        QVERIFY(!report.waiting.isEmpty());

        QVERIFY(m_tool->deliver(changes.at(1)));
        report = sync(Side::Second);
        QVERIFY2(report.problems.isEmpty(), qPrintable(joined(report.problems)));
        QCOMPARE(report.applied, 3);
        QVERIFY2(report.waiting.isEmpty(), qPrintable(joined(report.waiting)));
        QCOMPARE(postsOf(Side::Second), postsOf(Side::First));
        QVERIFY(ledgerIsClean(Side::Second));
    }

    void aFileCutShortOrHalfCopiedWaitsUntilWhole()
    {
        const QList<Transfer> changes =
            laptopWrites({QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three")});
        QCOMPARE(changes.size(), 3);
        const qsizetype size = m_tool->original(changes.at(1)).size();
        QVERIFY(m_tool->deliver(changes.at(0)));
        QVERIFY(m_tool->deliverTruncated(changes.at(1), size - 1));
        QVERIFY(m_tool->deliverPartly(changes.at(2), size / 2));

        SyncRound::Report report = sync(Side::Second);
        QVERIFY2(report.problems.isEmpty(), qPrintable(joined(report.problems)));
        QCOMPARE(report.applied, 1);
        const QString waiting = joined(report.waiting);
        QVERIFY2(waiting.contains(QFileInfo(changes.at(1).name).fileName()), qPrintable(waiting));
        QVERIFY2(waiting.contains(QFileInfo(SimulatedSyncTool::temporaryName(changes.at(2).name)).fileName()),
                 qPrintable(waiting));
        QCOMPARE(postsOf(Side::Second).size(), 1);

        // Cut even shorter, inside its header: still waiting, not damage.
        QVERIFY(m_tool->deliverTruncated(changes.at(1), 20));
        report = sync(Side::Second);
        QVERIFY2(report.problems.isEmpty(), qPrintable(joined(report.problems)));
        QCOMPARE(report.applied, 0);

        // Whole, the second renamed over the piece and the third renamed from its temporary name.
        QVERIFY(m_tool->deliver(changes.at(2)));
        QVERIFY(m_tool->deliver(changes.at(1)));
        report = sync(Side::Second);
        QVERIFY2(report.problems.isEmpty(), qPrintable(joined(report.problems)));
        QCOMPARE(report.applied, 2);
        QVERIFY2(report.waiting.isEmpty(), qPrintable(joined(report.waiting)));
        QCOMPARE(postsOf(Side::Second), postsOf(Side::First));
    }

    void aFileOfANewerVersionIsNeverAppliedAndTheRestWaits()
    {
        const QList<Transfer> changes = threeDelivered();
        QCOMPARE(changes.size(), 3);
        QByteArray newer = m_tool->original(changes.at(1));
        newer[FormatVersionByte] = char(newer.at(FormatVersionByte) + 1);
        QVERIFY(m_tool->replaceDelivered(changes.at(1), newer));

        for (int round = 0; round < 2; ++round) {
            const SyncRound::Report report = sync(Side::Second);
            QCOMPARE(report.applied, round == 0 ? 1 : 0);
            QCOMPARE(report.problems.size(), 1);
            QVERIFY2(report.problems.first().contains(QStringLiteral("newer version")),
                     qPrintable(report.problems.first()));
            QVERIFY2(report.problems.first().contains(QFileInfo(changes.at(1).name).fileName()),
                     qPrintable(report.problems.first()));
            QCOMPARE(postsOf(Side::Second).size(), 1);
            QCOMPARE(journal(Side::Second).newest(10).first().text, QStringLiteral("one"));
            QCOMPARE(SyncState(m_computers[Side::Second]->connection()).applied(computerId(Side::First)), 1);
        }
    }

    void aFileThatDoesNotOpenIsReportedAndNeverApplied()
    {
        QList<qint64> ids;
        const QList<Transfer> changes = threeDelivered(&ids);
        QCOMPARE(changes.size(), 3);
        // One bit flipped in the sealed part, as a bad disk or a hand in the folder would.
        QByteArray flipped = m_tool->original(changes.at(1));
        flipped[flipped.size() - 20] = char(flipped.at(flipped.size() - 20) ^ 0x04);
        QVERIFY(m_tool->replaceDelivered(changes.at(1), flipped));
        const QByteArray before = storedRows(Side::Second);

        for (int round = 0; round < 2; ++round) {
            const SyncRound::Report report = sync(Side::Second);
            QCOMPARE(report.applied, round == 0 ? 1 : 0);
            QCOMPARE(report.problems.size(), 1);
            QVERIFY2(report.problems.first().contains(QStringLiteral("does not open")),
                     qPrintable(report.problems.first()));
            QVERIFY2(report.problems.first().contains(QFileInfo(changes.at(1).name).fileName()),
                     qPrintable(report.problems.first()));
            QVERIFY(journal(Side::Second).post(ids.at(0)));
            QVERIFY(!journal(Side::Second).post(ids.at(1)));
            QVERIFY(!journal(Side::Second).post(ids.at(2)));
            QCOMPARE(postsOf(Side::Second).size(), 1);
        }
        QVERIFY(storedRows(Side::Second) != before); // the first file was applied
        QVERIFY(ledgerIsClean(Side::Second));

        // The tool carries the file again, whole and as written: now it is applied, and the rest.
        QVERIFY(m_tool->deliver(changes.at(1)));
        const SyncRound::Report report = sync(Side::Second);
        QVERIFY2(report.problems.isEmpty(), qPrintable(joined(report.problems)));
        QCOMPARE(report.applied, 2);
        QCOMPARE(postsOf(Side::Second), postsOf(Side::First));
    }

    void applyingTheSameFilesAgainChangesNothing()
    {
        StorageError error;
        const std::optional<Post> edited = write(Side::First, QStringLiteral("to be edited"));
        const std::optional<Post> deleted = write(Side::First, QStringLiteral("to be deleted"));
        QVERIFY(edited && deleted);
        QVERIFY(journal(Side::First)
                    .send(QStringLiteral("a picture"),
                          {NewPicture{pngOf(Qt::darkCyan), QStringLiteral("image/png"), QSize(24, 16)}},
                          &error));
        QVERIFY(journal(Side::First).edit(edited->id, QStringLiteral("edited"), &error));
        QVERIFY(journal(Side::First).remove(deleted->id, &error));
        QVERIFY(write(Side::Second, QStringLiteral("on the desktop")));
        for (const Side side : {Side::First, Side::Second})
            QVERIFY(sync(side).sent > 0);
        for (const Transfer& transfer : m_tool->pending())
            QVERIFY(m_tool->deliver(transfer));
        QCOMPARE(sync(Side::Second).applied, 5);
        QCOMPARE(sync(Side::First).applied, 1);
        const QStringList posts = postsOf(Side::First);
        QCOMPARE(posts.size(), 3);
        QCOMPARE(postsOf(Side::Second), posts);
        const QByteArray laptopRows = storedRows(Side::First);
        const QByteArray desktopRows = storedRows(Side::Second);

        // Every file again, rewritten in place and beside itself as conflict copies, twice over.
        for (int again = 0; again < 2; ++again) {
            for (const Transfer& transfer : m_tool->all()) {
                QVERIFY(m_tool->deliver(transfer));
                QVERIFY(m_tool->deliverConflictCopy(transfer, SimulatedSyncTool::ConflictName::Syncthing));
                QVERIFY(m_tool->deliverConflictCopy(transfer, SimulatedSyncTool::ConflictName::Dropbox));
            }
            for (const Side side : {Side::First, Side::Second}) {
                const SyncRound::Report report = sync(side);
                QCOMPARE(report.applied, 0);
                QCOMPARE(report.sent, 0);
                QVERIFY2(report.problems.isEmpty(), qPrintable(joined(report.problems)));
                QVERIFY2(report.waiting.isEmpty(), qPrintable(joined(report.waiting)));
            }
        }
        QCOMPARE(storedRows(Side::First), laptopRows);
        QCOMPARE(storedRows(Side::Second), desktopRows);
        QCOMPARE(postsOf(Side::First), posts);
        QCOMPARE(postsOf(Side::Second), posts);
        QVERIFY(ledgerIsClean(Side::First));
        QVERIFY(ledgerIsClean(Side::Second));
    }

    void picturesAddedOnBothComputersWhileApartArriveOnBoth()
    {
        StorageError error;
        // The laptop's first picture, and the desktop's first picture: different photos.
        QVERIFY(journal(Side::First)
                    .send(QStringLiteral("from the laptop"),
                          {NewPicture{pngOf(Qt::darkRed), QStringLiteral("image/png"), QSize(24, 16)}},
                          &error));
        QVERIFY(journal(Side::Second)
                    .send(QStringLiteral("from the desktop"),
                          {NewPicture{pngOf(Qt::darkBlue), QStringLiteral("image/png"), QSize(24, 16)}},
                          &error));
        // The same photo on both.
        const QByteArray shared = pngOf(Qt::darkGreen);
        for (const Side side : {Side::First, Side::Second})
            QVERIFY(journal(side).send(QStringLiteral("the same photo"),
                                       {NewPicture{shared, QStringLiteral("image/png"), QSize(24, 16)}},
                                       &error));
        for (const Side side : {Side::First, Side::Second})
            QCOMPARE(sync(side).sent, 2);
        for (const Transfer& transfer : m_tool->pending())
            QVERIFY(m_tool->deliver(transfer));
        for (const Side side : {Side::First, Side::Second}) {
            const SyncRound::Report report = sync(side);
            QCOMPARE(report.applied, 2);
            QVERIFY2(report.problems.isEmpty(), qPrintable(joined(report.problems)));
        }
        const QStringList posts = postsOf(Side::First);
        QCOMPARE(posts.size(), 4);
        QCOMPARE(postsOf(Side::Second), posts);
        for (const QString& post : posts)
            QVERIFY2(post.contains(QStringLiteral(" [1 image/png 24x16 ")), qPrintable(post));
    }

    void picturesImportedOnBothComputersWhileApartArriveOnBoth()
    {
        // Each computer imports a Day One archive of one entry with its own photo.
        for (const Side side : {Side::First, Side::Second}) {
            const QString name = side == Side::First ? QStringLiteral("laptop") : QStringLiteral("desktop");
            const QJsonObject entry{
                {QStringLiteral("uuid"), name},
                {QStringLiteral("creationDate"), QStringLiteral("2024-05-01T10:00:00Z")},
                {QStringLiteral("text"),
                 QStringLiteral("imported on the %1 ![](dayone-moment://P)").arg(name)},
                {QStringLiteral("photos"),
                 QJsonArray{QJsonObject{{QStringLiteral("identifier"), QStringLiteral("P")},
                                        {QStringLiteral("md5"), name},
                                        {QStringLiteral("type"), QStringLiteral("png")}}}}};
            ZipBuilder archive;
            archive.add(QStringLiteral("Journal.json"),
                        QJsonDocument(QJsonObject{{QStringLiteral("entries"), QJsonArray{entry}}}).toJson());
            archive.add(QStringLiteral("photos/%1.png").arg(name),
                        pngOf(side == Side::First ? Qt::darkYellow : Qt::darkMagenta), false);
            QFile file(m_dir.filePath(QStringLiteral("%1%2.zip").arg(name).arg(m_case)));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(archive.build());
            file.close();
            const Importer::Result imported =
                Importer(m_computers[side]->connection(), m_computers[side]->session())
                    .importFile(file.fileName(), Importer::Format::DayOne);
            QVERIFY2(imported.ok, qPrintable(imported.error));
            QCOMPARE(imported.attachments, 1);
            QCOMPARE(sync(side).sent, 1);
        }
        for (const Transfer& transfer : m_tool->pending())
            QVERIFY(m_tool->deliver(transfer));
        for (const Side side : {Side::First, Side::Second}) {
            const SyncRound::Report report = sync(side);
            QVERIFY2(report.problems.isEmpty(), qPrintable(joined(report.problems)));
            QCOMPARE(report.applied, 1);
        }
        const QStringList posts = postsOf(Side::First);
        QCOMPARE(posts.size(), 2);
        QCOMPARE(postsOf(Side::Second), posts);
        QVERIFY2(posts.at(0).contains(QStringLiteral(" [1 image/png ")) && posts.at(0) != posts.at(1) &&
                     posts.at(1).contains(QStringLiteral(" [1 image/png ")),
                 qPrintable(joined(posts)));
    }

    void anEditAgainstADeleteWhileApartKeepsThePostOnBoth()
    {
        const std::optional<Post> post = write(Side::First, QStringLiteral("keep me"));
        QVERIFY(post);
        QCOMPARE(sync(Side::First).sent, 1);
        for (const Transfer& transfer : m_tool->pending())
            QVERIFY(m_tool->deliver(transfer));
        QCOMPARE(sync(Side::Second).applied, 1);
        StorageError error;
        QVERIFY(journal(Side::First).edit(post->id, QStringLiteral("kept, and edited"), &error));
        QVERIFY(journal(Side::Second).remove(post->id, &error));
        for (const Side side : {Side::First, Side::Second})
            QCOMPARE(sync(side).sent, 1);
        for (const Transfer& transfer : m_tool->pending())
            QVERIFY(m_tool->deliver(transfer));
        for (const Side side : {Side::First, Side::Second})
            sync(side);
        QCOMPARE(journal(Side::First).post(post->id)->text, QStringLiteral("kept, and edited"));
        // The computer whose edit won sends the whole post back to the one that deleted it.
        for (const Transfer& transfer : m_tool->pending())
            QVERIFY(m_tool->deliver(transfer));
        const SyncRound::Report back = sync(Side::Second);
        QVERIFY2(back.problems.isEmpty(), qPrintable(joined(back.problems)));
        QCOMPARE(postsOf(Side::Second), postsOf(Side::First));
    }
};

QTEST_GUILESS_MAIN(TestSyncUnreliable)
#include "tst_syncunreliable.moc"
