// soliloquy-bench [--posts N] [--repetitions R] [--only NAME,...]: measures Soliloquy against
// the limits it is held to and prints one JSON object a line. Run it with the
// release build (`scripts/dev bench`); bench/RESULTS.md has a run.
#include "SampleJournal.h"

#include "core/AccountService.h"
#include "core/Exporter.h"
#include "core/Importer.h"
#include "core/Journal.h"
#include "core/SearchIndex.h"
#include "core/SyncCompaction.h"
#include "core/SyncRound.h"
#include "crypto/Argon2.h"
#include "gui/MainWindow.h"
#include "gui/MarkdownHtml.h"
#include "gui/PictureLoader.h"
#include "gui/chat/ChatView.h"
#include "gui/chat/PictureGrid.h"
#include "gui/chat/PostDelegate.h"
#include "gui/chat/PostListModel.h"
#include "storage/Database.h"
#include "storage/UserRepository.h"
#include "support/ZipFileWriter.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <limits>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace {

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 ? values.at(middle) : (values.at(middle - 1) + values.at(middle)) / 2;
}

double milliseconds(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

void report(const QString& name, int posts, double value, const QString& unit, double baseline = -1)
{
    QJsonObject line{{QStringLiteral("name"), name},
                     {QStringLiteral("posts"), posts},
                     {QStringLiteral("value"), qRound64(value * 1000) / 1000.0},
                     {QStringLiteral("unit"), unit}};
    if (baseline > 0) {
        line.insert(QStringLiteral("baseline"), qRound64(baseline * 1000) / 1000.0);
        line.insert(QStringLiteral("ratio"), qRound64(value / baseline * 1000) / 1000.0);
    }
    std::printf("%s\n", QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

std::unique_ptr<Session> unlock(Database& database)
{
    AccountService accounts(database.connection());
    return accounts.login(QStringLiteral("bench"), QString::fromLatin1(SampleJournal::Password)).session;
}

// Unlock done to the newest posts painted, with the window already on screen.
// The benchmark's account in a new journal, unlocked; null when it could not be made.
std::unique_ptr<Session> registerBenchAccount(Database& database)
{
    return AccountService(database.connection())
        .registerAccount(QStringLiteral("bench"), QStringLiteral("bench@example.org"),
                         QString::fromLatin1(SampleJournal::Password))
        .session;
}

// This thread's processor time in milliseconds: what it worked, without the time it waited
// for a core (the machine is shared).
double threadCpuMs()
{
#ifdef Q_OS_UNIX
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
#else
    return 0;
#endif
}

// Whether every picture of the rows on screen is decoded for the box the chat paints it in
// (asking for those that are not, as painting does).
bool picturesOnScreenDecoded(ChatView& view, PictureLoader& loader)
{
    const qreal ratio = view.viewport()->devicePixelRatioF();
    bool decoded = true;
    for (int row = 0; row < view.model()->rowCount(); ++row) {
        const QModelIndex index = view.model()->index(row, 0);
        if (!view.visualRect(index).intersects(view.viewport()->rect()))
            continue;
        const QList<PictureRef> pictures = index.data(PostListModel::PicturesRole).value<QList<PictureRef>>();
        // The box a picture is decoded for does not depend on the bubble's width.
        const PictureGrid grid(pictures, PostDelegate::MaxBubbleWidth);
        for (qsizetype i = 0; i < pictures.size(); ++i) {
            if (loader.picture(pictures.at(i).attachmentId, grid.decodeBound(i) * ratio).isNull() &&
                !loader.hasFailed(pictures.at(i).attachmentId))
                decoded = false;
        }
    }
    return decoded;
}

// Unlock done to the newest posts painted, with the window already on screen; the picture
// loader starts as at an unlock. `cpuMs`, when given, is set to the window's thread's
// processor time until then; `picturesShownMs` to when the pictures on screen were decoded
// and painted too.
double firstPaintMs(Database& database, const Session& session, AccountService& accounts,
                    double* cpuMs = nullptr, double* picturesShownMs = nullptr)
{
    MainWindow window;
    window.resize(1280, 900);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return -1;
    QWidget* viewport = window.chatView()->viewport();
    Journal journal(database.connection(), session);
    QElapsedTimer timer;
    timer.start();
    const double cpuAtStart = threadCpuMs();
    window.pictureLoader()->start(database.path(), &session);
    window.showJournal(&journal, &accounts, &session);
    // Painted once the view has laid out its rows and the viewport has drawn them.
    while (!window.chatView()->indexAt(QPoint(1, viewport->height() - 2)).isValid())
        QCoreApplication::processEvents();
    viewport->repaint();
    const double elapsed = milliseconds(timer);
    if (cpuMs)
        *cpuMs = threadCpuMs() - cpuAtStart;
    if (picturesShownMs) {
        if (!QTest::qWaitFor(
                [&window] { return picturesOnScreenDecoded(*window.chatView(), *window.pictureLoader()); },
                60000))
            std::fprintf(stderr, "first paint: the photos on screen were not decoded\n");
        QCoreApplication::processEvents(); // the rows the last pictures went to are painted
        viewport->repaint();
        *picturesShownMs = milliseconds(timer);
    }
    window.clearForLock();
    return elapsed;
}

// The whole unlock, from the password to the newest posts painted, against one Argon2id run
// with the account's own parameters: the run is what an unlock cannot do without.
void measureUnlock(const QString& path, int posts, int repetitions)
{
    Database database(path);
    database.open();
    const std::optional<UserRecord> user =
        UserRepository(database.connection()).findByLogin(QStringLiteral("bench"));
    Argon2::Parameters parameters;
    if (!user || !Argon2::parametersOf(user->passwordHash, &parameters))
        return;
    const QString password = QString::fromLatin1(SampleJournal::Password);
    AccountService accounts(database.connection());
    MainWindow window;
    window.resize(1280, 900);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return;
    QWidget* viewport = window.chatView()->viewport();
    QList<double> unlocks;
    QList<double> runs;
    for (int r = 0; r < repetitions; ++r) {
        QElapsedTimer timer;
        timer.start();
        const std::unique_ptr<Session> session = accounts.login(QStringLiteral("bench"), password).session;
        if (!session)
            return;
        Journal journal(database.connection(), *session);
        window.showJournal(&journal, &accounts, session.get());
        while (!window.chatView()->indexAt(QPoint(1, viewport->height() - 2)).isValid())
            QCoreApplication::processEvents();
        viewport->repaint();
        unlocks << milliseconds(timer);
        window.clearForLock();

        timer.start();
        Argon2::hashRaw(parameters, password.toUtf8(), user->keySalt, 32);
        runs << milliseconds(timer);
    }
    report(QStringLiteral("unlock_ratio"), posts, median(unlocks), QStringLiteral("ms"), median(runs));
}

void measureFirstPaint(const QString& path, int posts, int repetitions, QList<double>* byCount)
{
    Database database(path);
    database.open();
    const std::unique_ptr<Session> session = unlock(database);
    AccountService accounts(database.connection());
    QList<double> times;
    for (int r = 0; r < repetitions; ++r)
        times << firstPaintMs(database, *session, accounts);
    byCount->append(median(times));
    report(QStringLiteral("first_paint_ms"), posts, median(times), QStringLiteral("ms"));
}

void measureSend(const QString& path, int posts, int repetitions)
{
    // The baseline writes to a copy of the same journal: the same table, indexes and size.
    QTemporaryDir bare;
    const QString copy = bare.filePath(QStringLiteral("copy.sqlite3"));
    QFile::copy(path, copy);
#ifdef Q_OS_UNIX
    // What earlier steps left to write back (the copy just made, the launches) would
    // otherwise land in the first syncs timed here.
    ::sync();
#endif
    Database database(path);
    database.open();
    const std::unique_ptr<Session> session = unlock(database);
    Journal journal(database.connection(), *session);
    const QString text = SampleJournal::textOf(7);
    const QByteArray sealed = session->sealPost(1, text);
    // The same bytes inserted and committed with the same pragmas, and nothing else.
    QSqlDatabase plain = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench-bare"));
    plain.setDatabaseName(copy);
    plain.open();
    QSqlQuery query(plain);
    query.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    query.exec(QStringLiteral("PRAGMA synchronous = FULL"));
    query.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    QList<double> sends;
    QList<double> inserts;
    // One commit's fsync here takes anywhere from 0.25 to 1.1 ms: twenty pairs a repetition
    // keep the medians still (with six, one run read 1.22 where the others read 0.95-1.08).
    for (int r = 0; r < repetitions * 20; ++r) {
        QElapsedTimer timer;
        timer.start();
        StorageError error;
        journal.send(text, &error);
        sends << milliseconds(timer);
        timer.start();
        plain.transaction();
        query.prepare(QStringLiteral("INSERT INTO posts (user_id, body, created_at) VALUES (?, ?, ?)"));
        query.addBindValue(session->userId());
        query.addBindValue(sealed);
        query.addBindValue(QDateTime::currentMSecsSinceEpoch());
        query.exec();
        plain.commit();
        inserts << milliseconds(timer);
    }
    query.finish();
    plain.close();
    plain = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("bench-bare"));
    report(QStringLiteral("send_ratio"), posts, median(sends), QStringLiteral("ms"), median(inserts));
}

// Makes `journal` a copy of the journal at `source`, opens and unlocks it and turns sync on with
// `syncFolder`; nothing (and why, told) when that failed.
std::unique_ptr<Session> turnSyncOn(const QString& source, Database& journal, const QString& syncFolder)
{
    QFile::copy(source, journal.path());
    journal.open();
    std::unique_ptr<Session> session = unlock(journal);
    QString error;
    if (!session ||
        !SyncRound::enable(journal.connection(), *session, syncFolder, QStringLiteral("Laptop"), &error)) {
        std::fprintf(stderr, "could not turn sync on: %s\n", qPrintable(error));
        return nullptr;
    }
    return session;
}

// Joins the account in `syncFolder` with the new journal; nothing (and why, told) when that failed.
std::unique_ptr<Session> joinFolder(Database& journal, const QString& syncFolder)
{
    journal.open();
    QString error;
    std::unique_ptr<Session> joined =
        SyncRound::join(journal.connection(), syncFolder, QStringLiteral("bench"),
                        QString::fromLatin1(SampleJournal::Password), QStringLiteral("Desktop"), &error);
    if (!joined)
        std::fprintf(stderr, "could not join: %s\n", qPrintable(error));
    return joined;
}

// One round, with snapshots written at `limits` (see SyncCompaction).
SyncRound::Report roundWithin(const SyncCompaction::Limits& limits, Database& journal, const Session& session)
{
    const SyncCompaction::Limits usual = SyncCompaction::limits();
    SyncCompaction::setLimits(limits);
    SyncRound::Report report = SyncRound(journal.connection(), session).run();
    SyncCompaction::setLimits(usual);
    return report;
}

// Sync: a computer with the journal at `path` turns sync on (its journal goes into the folder as
// one change, and stays a change file: no snapshot here, see measureSyncSnapshot), and a new
// computer joins: the account made, unlocked (Argon2id once) and every post applied. Then
// `send_ratio_sync`: a post sent with sync on (its changes recorded into the outbox in the same
// transaction) against one sent with sync off, on copies of one journal.
void measureSync(const QTemporaryDir& folder, const QString& path, int posts, int repetitions)
{
    const QString syncFolder = folder.filePath(QStringLiteral("sync-%1").arg(posts));
    Database laptop(folder.filePath(QStringLiteral("sync-laptop-%1.sqlite3").arg(posts)));
    Database desktop(folder.filePath(QStringLiteral("sync-desktop-%1.sqlite3").arg(posts)));
    const std::unique_ptr<Session> laptopSession = turnSyncOn(path, laptop, syncFolder);
    if (!laptopSession)
        return;
    roundWithin({std::numeric_limits<qint64>::max(), std::numeric_limits<qint64>::max()}, laptop,
                *laptopSession);
    QElapsedTimer timer;
    timer.start();
    const std::unique_ptr<Session> joined = joinFolder(desktop, syncFolder);
    const double joinMs = milliseconds(timer);
    if (!joined)
        return;
    timer.start();
    const SyncRound::Report applied = SyncRound(desktop.connection(), *joined).run();
    const double applyMs = milliseconds(timer);
    if (Journal(desktop.connection(), *joined).count() != posts)
        std::fprintf(stderr, "the joined journal has %lld posts, not %d\n",
                     static_cast<long long>(Journal(desktop.connection(), *joined).count()), posts);
    if (!applied.problems.isEmpty())
        std::fprintf(stderr, "sync: %s\n", qPrintable(applied.problems.join(QLatin1Char('\n'))));
    report(QStringLiteral("sync_apply_ms"), posts, applyMs, QStringLiteral("ms"));
    report(QStringLiteral("sync_join_s"), posts, (joinMs + applyMs) / 1000, QStringLiteral("s"));

    // A post sent with sync on, against one sent on a copy without sync.
    const QString plainPath = folder.filePath(QStringLiteral("sync-plain-%1.sqlite3").arg(posts));
    QFile::copy(path, plainPath);
    Database plain(plainPath);
    plain.open();
    const std::unique_ptr<Session> plainSession = unlock(plain);
    Journal syncing(laptop.connection(), *laptopSession);
    Journal notSyncing(plain.connection(), *plainSession);
    const QString text = SampleJournal::textOf(7);
    QList<double> withSync;
    QList<double> without;
    for (int r = 0; r < repetitions * 20; ++r) {
        StorageError stored;
        timer.start();
        syncing.send(text, &stored);
        withSync << milliseconds(timer);
        timer.start();
        notSyncing.send(text, &stored);
        without << milliseconds(timer);
    }
    report(QStringLiteral("send_ratio_sync"), posts, median(withSync), QStringLiteral("ms"), median(without));
}

// Sync of posts written one by one: after a new computer joined the journal at `path`, the
// first computer writes `written` posts, each in a transaction of its own as the window writes
// them, and sends them (a change file each); `sync_apply_files_ms` is the new computer's round
// that applies them all.
void measureSyncFiles(const QTemporaryDir& folder, const QString& path, int written)
{
    const QString syncFolder = folder.filePath(QStringLiteral("files-sync-%1").arg(written));
    Database laptop(folder.filePath(QStringLiteral("files-laptop-%1.sqlite3").arg(written)));
    Database desktop(folder.filePath(QStringLiteral("files-desktop-%1.sqlite3").arg(written)));
    const std::unique_ptr<Session> laptopSession = turnSyncOn(path, laptop, syncFolder);
    if (!laptopSession)
        return;
    SyncRound(laptop.connection(), *laptopSession).run();
    const std::unique_ptr<Session> joined = joinFolder(desktop, syncFolder);
    if (!joined)
        return;
    SyncRound(desktop.connection(), *joined).run();
    const qint64 before = Journal(desktop.connection(), *joined).count();
    Journal writing(laptop.connection(), *laptopSession);
    for (int i = 0; i < written; ++i) {
        StorageError stored;
        if (!writing.send(SampleJournal::textOf(i), &stored)) {
            std::fprintf(stderr, "could not write: %s\n", qPrintable(stored.message));
            return;
        }
    }
    const SyncRound::Report sent = SyncRound(laptop.connection(), *laptopSession).run();
    if (sent.sent != written)
        std::fprintf(stderr, "sent %d change files, not %d\n", sent.sent, written);
    QElapsedTimer timer;
    timer.start();
    const SyncRound::Report applied = SyncRound(desktop.connection(), *joined).run();
    const double applyMs = milliseconds(timer);
    const qint64 arrived = Journal(desktop.connection(), *joined).count() - before;
    if (arrived != written || !applied.problems.isEmpty())
        std::fprintf(stderr, "%lld of %d posts arrived: %s\n", static_cast<long long>(arrived), written,
                     qPrintable(applied.problems.join(QLatin1Char('\n'))));
    report(QStringLiteral("sync_apply_files_ms"), written, applyMs, QStringLiteral("ms"));
}

// Sync with a snapshot: a computer with the journal at `path` turns sync on and runs a round
// that sends its journal as one change, writes a snapshot of it and removes the change file
// (`sync_snapshot_s`); then a new computer joins from the snapshot: the account made, unlocked
// (Argon2id once) and the snapshot applied (`sync_join_snapshot_s`).
void measureSyncSnapshot(const QTemporaryDir& folder, const QString& path, int posts)
{
    const QString syncFolder = folder.filePath(QStringLiteral("snapshot-sync-%1").arg(posts));
    Database laptop(folder.filePath(QStringLiteral("snapshot-laptop-%1.sqlite3").arg(posts)));
    Database desktop(folder.filePath(QStringLiteral("snapshot-desktop-%1.sqlite3").arg(posts)));
    const std::unique_ptr<Session> laptopSession = turnSyncOn(path, laptop, syncFolder);
    if (!laptopSession)
        return;
    // A snapshot at the first round, whatever the journal's size.
    QElapsedTimer timer;
    timer.start();
    const SyncRound::Report written = roundWithin({0, 1}, laptop, *laptopSession);
    const double snapshotMs = milliseconds(timer);
    if (!written.snapshotWritten || written.removed != 1)
        std::fprintf(stderr, "no snapshot written: %s\n",
                     qPrintable(written.problems.join(QLatin1Char('\n'))));
    timer.start();
    const std::unique_ptr<Session> joined = joinFolder(desktop, syncFolder);
    if (!joined)
        return;
    const SyncRound::Report applied = SyncRound(desktop.connection(), *joined).run();
    const double joinMs = milliseconds(timer);
    if (applied.applied != 1 || Journal(desktop.connection(), *joined).count() != posts)
        std::fprintf(stderr, "the journal joined from a snapshot has %lld posts, not %d: %s\n",
                     static_cast<long long>(Journal(desktop.connection(), *joined).count()), posts,
                     qPrintable(applied.problems.join(QLatin1Char('\n'))));
    report(QStringLiteral("sync_snapshot_s"), posts, snapshotMs / 1000, QStringLiteral("s"));
    // What a computer reads to learn what a snapshot holds (its .progress file) against the
    // snapshot itself.
    qint64 snapshotBytes = 0;
    qint64 progressBytes = 0;
    const QList<SyncFolder::Entry> files = SyncFolder(syncFolder).list().files;
    for (const SyncFolder::Entry& entry : files) {
        if (entry.kind == SyncFile::Kind::Snapshot)
            snapshotBytes = QFileInfo(entry.path).size();
        else if (entry.kind == SyncFile::Kind::Progress)
            progressBytes = QFileInfo(entry.path).size();
    }
    report(QStringLiteral("sync_snapshot_mib"), posts, double(snapshotBytes) / (1024 * 1024),
           QStringLiteral("MiB"));
    report(QStringLiteral("sync_progress_bytes"), posts, double(progressBytes), QStringLiteral("bytes"));
    report(QStringLiteral("sync_join_snapshot_s"), posts, joinMs / 1000, QStringLiteral("s"));
}

// A query as the window runs it: every match counted, and the first page of hits opened.
double searchMs(const SearchIndex& index, const QString& query)
{
    QElapsedTimer timer;
    timer.start();
    const QList<qint64> ids = index.matches(query);
    index.hits(query, ids.mid(0, 50));
    return milliseconds(timer);
}

// Median milliseconds of `queries` (count and first page), each run `repetitions` times.
double medianSearchMs(const SearchIndex& index, const QStringList& queries, int repetitions)
{
    QList<double> times;
    for (int r = 0; r < repetitions; ++r) {
        for (const QString& query : queries)
            times << searchMs(index, query);
    }
    return median(times);
}

void measureSearch(const QString& path, int posts, int repetitions)
{
    Database database(path);
    database.open();
    const std::unique_ptr<Session> session = unlock(database);
    QList<double> builds;
    std::unique_ptr<SearchIndex> index;
    for (int r = 0; r < qMax(1, repetitions / 2); ++r) {
        index.reset(); // never two indexes of a million posts at once
        index = std::make_unique<SearchIndex>();
        QElapsedTimer timer;
        timer.start();
        index->build(path, *session);
        builds << milliseconds(timer);
    }
    report(QStringLiteral("index_build_ms"), posts, median(builds), QStringLiteral("ms"));
    report(QStringLiteral("index_bytes_ratio"), posts, double(index->memoryBytes()), QStringLiteral("bytes"),
           double(index->textBytes()));
    // Excerpts as the window makes them, from the text as the chat shows it.
    index->setExcerptText(&MarkdownHtml::plainText);
    // A query per keystroke, as the search bar sends them: from the first letter on, each
    // finds most of the journal, all of it counted.
    QStringList keystrokes;
    for (const QString& typed :
         {QStringLiteral("river walked"), QStringLiteral("散歩"), QStringLiteral("quiet garden")}) {
        for (int length = 1; length <= typed.size(); ++length)
            keystrokes << typed.left(length);
    }
    report(QStringLiteral("search_ms"), posts, medianSearchMs(*index, keystrokes, repetitions),
           QStringLiteral("ms"));
    // The slowest kind of query: words found nowhere, so every post is looked at. Each is made
    // of bytes the journal has ("zebra" is answered without a look: no post has a "z"), and
    // "散歩散歩" is 散歩 twice, which the sample never writes without a space between.
    report(QStringLiteral("search_miss_ms"), posts,
           medianSearchMs(*index,
                          {QStringLiteral("riverside"), QStringLiteral("gardens"), QStringLiteral("coffees"),
                           QStringLiteral("walked 散歩散歩")},
                          repetitions),
           QStringLiteral("ms"));
    report(QStringLiteral("search_phrase_ms"), posts,
           medianSearchMs(*index,
                          {QStringLiteral("\"river garden\""), QStringLiteral("\"quiet morning light\""),
                           QStringLiteral("\"the café\"")},
                          repetitions),
           QStringLiteral("ms"));
}

void measurePainting(const QString& path, int posts, int repetitions)
{
    Database database(path);
    database.open();
    const std::unique_ptr<Session> session = unlock(database);
    Journal journal(database.connection(), *session);
    PostListModel model;
    ChatView view;
    view.setPostModel(&model);
    view.resize(1920, 1080);
    view.show();
    if (!QTest::qWaitForWindowExposed(&view))
        return;
    model.setSource(&journal);
    QCoreApplication::processEvents();
    QImage canvas(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    view.viewport()->render(&canvas); // lays the visible rows out once
    QList<double> paints;
    for (int r = 0; r < repetitions * 6; ++r) {
        QElapsedTimer timer;
        timer.start();
        view.viewport()->render(&canvas);
        paints << milliseconds(timer);
    }
    report(QStringLiteral("paint_viewport_ms"), posts, median(paints), QStringLiteral("ms"));

    // Scrolling up through 10,000 posts: pages come in, the window stays bounded.
    QElapsedTimer timer;
    timer.start();
    int seen = model.rowCount();
    while (seen < 10000 && model.hasOlder()) {
        view.verticalScrollBar()->setValue(0);
        const qint64 first = model.postAt(0).id;
        view.loadMoreIfNeeded();
        view.viewport()->render(&canvas);
        seen += qMax(0, model.rowOf(first));
    }
    report(QStringLiteral("scroll_10k_ms"), posts, milliseconds(timer), QStringLiteral("ms"));
}

// Unlock to the newest posts painted, one post in ten with a photo against the same journal
// without photos, alternating; and, for information, until the photos on screen are painted.
void measureFirstPaintPhotos(const QString& textPath, const QString& photosPath, int posts, int repetitions)
{
    Database text(textPath);
    text.open();
    Database photos(photosPath);
    photos.open();
    const std::unique_ptr<Session> textSession = unlock(text);
    const std::unique_ptr<Session> photosSession = unlock(photos);
    AccountService textAccounts(text.connection());
    AccountService photosAccounts(photos.connection());
    QList<double> withText;
    QList<double> withPhotos;
    QList<double> cpuText;
    QList<double> cpuPhotos;
    QList<double> shown;
    for (int r = 0; r < repetitions; ++r) {
        double cpu = 0;
        withText << firstPaintMs(text, *textSession, textAccounts, &cpu);
        cpuText << cpu;
        double shownMs = 0;
        withPhotos << firstPaintMs(photos, *photosSession, photosAccounts, &cpu, &shownMs);
        cpuPhotos << cpu;
        shown << shownMs;
    }
    report(QStringLiteral("first_paint_photos_ratio"), posts, median(withPhotos), QStringLiteral("ms"),
           median(withText));
    // The window's own work, without the time it waited for a core of the shared machine.
    report(QStringLiteral("first_paint_photos_cpu_ratio"), posts, median(cpuPhotos), QStringLiteral("ms"),
           median(cpuText));
    report(QStringLiteral("first_photos_shown_ms"), posts, median(shown), QStringLiteral("ms"));
}

// A chat of 1920x1080 on `path`, with a picture loader reading the same journal.
struct PhotoChat
{
    explicit PhotoChat(const QString& path)
        : database(path)
    {
        database.open();
        session = unlock(database);
        journal = std::make_unique<Journal>(database.connection(), *session);
        view.setPostModel(&model);
        view.setPictureLoader(&loader);
        view.resize(1920, 1080);
        view.show();
        loader.start(path, session.get());
    }
    ~PhotoChat() { loader.stop(); }
    bool open()
    {
        if (!QTest::qWaitForWindowExposed(&view))
            return false;
        model.setSource(journal.get());
        QCoreApplication::processEvents();
        return true;
    }

    Database database;
    std::unique_ptr<Session> session;
    std::unique_ptr<Journal> journal;
    PostListModel model;
    PictureLoader loader;
    ChatView view;
};

// Painting a viewport of photo posts whose photos are decoded, against one of text posts.
void measurePaintingPhotos(const QString& textPath, const QString& photosPath, int repetitions)
{
    QList<double> paints[2];
    for (const int photos : {0, 1}) {
        PhotoChat chat(photos ? photosPath : textPath);
        if (!chat.open())
            return;
        QImage canvas(chat.view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
        chat.view.viewport()->render(&canvas);
        if (!QTest::qWaitFor([&chat] { return picturesOnScreenDecoded(chat.view, chat.loader); }, 60000))
            std::fprintf(stderr, "paint: the photos on screen were not decoded\n");
        chat.view.viewport()->render(&canvas);
        for (int r = 0; r < repetitions * 6; ++r) {
            QElapsedTimer timer;
            timer.start();
            chat.view.viewport()->render(&canvas);
            paints[photos] << milliseconds(timer);
        }
    }
    report(QStringLiteral("paint_viewport_photos_ms"), 10000, median(paints[1]), QStringLiteral("ms"),
           median(paints[0]));
}

// How a scroll through 10,000 posts went, step by step.
struct ScrollSteps
{
    double totalMs = 0;
    double longestMs = 0;        // the longest the window stood still
    double longestCpuMs = 0;     // the window's thread's work in the longest step that read no page
    double longestPageCpuMs = 0; // ... and in the longest step that read a page of posts
};

// Scrolling up through 10,000 posts half a screen at a time, each step with what the event loop
// then does (a page of posts read, pictures arriving, the rows painted) before the next.
ScrollSteps scrollSteps(const QString& path)
{
    ScrollSteps result;
    PhotoChat chat(path);
    if (!chat.open())
        return result;
    QScrollBar* bar = chat.view.verticalScrollBar();
    const qint64 newest = chat.model.postAt(chat.model.rowCount() - 1).id;
    QElapsedTimer total;
    total.start();
    for (;;) {
        const QModelIndex top = chat.view.indexAt(QPoint(1, 1));
        if ((top.isValid() && newest - top.data(PostListModel::PostIdRole).toLongLong() >= 10000) ||
            (bar->value() == 0 && !chat.model.hasOlder()))
            break;
        const qint64 first = chat.model.postAt(0).id;
        const double cpu = threadCpuMs();
        QElapsedTimer step;
        step.start();
        bar->setValue(bar->value() - chat.view.viewport()->height() / 2);
        QCoreApplication::processEvents();
        result.longestMs = qMax(result.longestMs, milliseconds(step));
        double& longestCpu = chat.model.postAt(0).id == first ? result.longestCpuMs : result.longestPageCpuMs;
        longestCpu = qMax(longestCpu, threadCpuMs() - cpu);
    }
    result.totalMs = milliseconds(total);
    return result;
}

// The same scroll through 10,000 posts, one in ten with a photo not decoded yet, and without.
void measureScrollingPhotos(const QString& textPath, const QString& photosPath)
{
    const ScrollSteps text = scrollSteps(textPath);
    const ScrollSteps photos = scrollSteps(photosPath);
    report(QStringLiteral("scroll_photos_10k_ms"), 10000, photos.totalMs, QStringLiteral("ms"), text.totalMs);
    report(QStringLiteral("scroll_photos_longest_step_ms"), 10000, photos.longestMs, QStringLiteral("ms"),
           text.longestMs);
    report(QStringLiteral("scroll_photos_step_cpu_ms"), 10000, photos.longestCpuMs, QStringLiteral("ms"),
           text.longestCpuMs);
    report(QStringLiteral("scroll_photos_page_cpu_ms"), 10000, photos.longestPageCpuMs, QStringLiteral("ms"),
           text.longestPageCpuMs);
}

// What `jrnl --export json` writes for `entries` entries: the sample texts split as jrnl
// splits them (title, then body), minutes apart over several years, a fifth of them tagged.
QByteArray jrnlExport(int entries)
{
    const QStringList jrnlTags = {QStringLiteral("@work"), QStringLiteral("@family"),
                                  QStringLiteral("@running")};
    const qint64 span = qMin<qint64>(qint64(entries) * 3 * 3600, 6LL * 365 * 24 * 3600);
    const qint64 step = qMax<qint64>(60, span / qMax(1, entries));
    const QDateTime first = QDateTime::currentDateTime().addSecs(-span);
    QJsonArray list;
    QJsonObject counts;
    for (int i = 0; i < entries; ++i) {
        const QString text = SampleJournal::textOf(i);
        const qsizetype end = text.indexOf(QLatin1String(". "));
        QString body = end < 0 ? QString() : text.mid(end + 2);
        QJsonArray tags;
        if (i % 5 == 0) {
            const QString& tag = jrnlTags.at(i / 5 % jrnlTags.size());
            body += QLatin1Char(' ') + tag;
            tags.append(tag);
            counts.insert(tag, counts.value(tag).toInt() + 1);
        }
        const QDateTime when = first.addSecs(i * step);
        list.append(QJsonObject{{QStringLiteral("title"), end < 0 ? text : text.left(end + 1)},
                                {QStringLiteral("body"), body},
                                {QStringLiteral("date"), when.toString(QStringLiteral("yyyy-MM-dd"))},
                                {QStringLiteral("time"), when.toString(QStringLiteral("HH:mm"))},
                                {QStringLiteral("tags"), tags},
                                {QStringLiteral("starred"), i % 40 == 0}});
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("tags"), counts}, {QStringLiteral("entries"), list}})
        .toJson();
}

// A jrnl export of `posts` entries into a new, empty journal, as Journal > Import does it.
void measureImport(const QTemporaryDir& folder, int posts, int repetitions)
{
    const QString file = folder.filePath(QStringLiteral("jrnl-%1.json").arg(posts));
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(jrnlExport(posts)) < 0)
        return;
    out.close();
    QList<double> times;
    for (int r = 0; r < qMax(1, repetitions / 2); ++r) {
        const QString path = folder.filePath(QStringLiteral("import-%1-%2.sqlite3").arg(posts).arg(r));
        Database database(path);
        database.open();
        const std::unique_ptr<Session> session = registerBenchAccount(database);
        if (!session)
            return;
        Importer importer(database.connection(), *session);
        qint64 calls = 0;
        QElapsedTimer timer;
        timer.start();
        const Importer::Result result = importer.importFile(file, Importer::Format::Jrnl,
                                                            [&calls](qint64, qint64) { return ++calls > 0; });
        times << milliseconds(timer);
        if (!result.ok || result.imported != posts)
            std::fprintf(stderr, "import: %d of %d posts: %s\n", result.imported, posts,
                         qPrintable(result.error));
    }
    QFile::remove(file);
    report(QStringLiteral("import_100k_ms"), posts, median(times), QStringLiteral("ms"));
}

// The journal written out as JSON (to import elsewhere) and as Markdown (to read).
void measureExport(const QTemporaryDir& folder, const QString& path, int posts, int repetitions)
{
    Database database(path);
    database.open();
    const std::unique_ptr<Session> session = unlock(database);
    const QString file = folder.filePath(QStringLiteral("export"));
    for (const auto& [format, name] :
         {std::pair{Exporter::Format::Json, QStringLiteral("export_100k_ms")},
          std::pair{Exporter::Format::Markdown, QStringLiteral("export_markdown_100k_ms")}}) {
        QList<double> times;
        for (int r = 0; r < qMax(1, repetitions / 2); ++r) {
            qint64 calls = 0;
            QElapsedTimer timer;
            timer.start();
            const Exporter::Result result =
                Exporter(database.connection(), *session).exportTo(file, format, [&calls](qint64, qint64) {
                    return ++calls > 0;
                });
            times << milliseconds(timer);
            if (!result.ok || result.exported != posts)
                std::fprintf(stderr, "export: %lld of %d posts: %s\n", result.exported, posts,
                             qPrintable(result.error));
            // The export holds the sample's plain text: gone as soon as it is timed.
            QFile::remove(file);
        }
        report(name, posts, median(times), QStringLiteral("ms"));
    }
}

// Prints this process's peak resident memory in KiB. VmHWM, not getrusage(): a child's
// ru_maxrss starts from its parent's, which has made journals of a million posts by now;
// the high-water mark of this process's own memory begins at exec.
void printPeakRss()
{
    QFile status(QStringLiteral("/proc/self/status"));
    status.open(QIODevice::ReadOnly);
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            std::printf("%s\n", line.mid(6).trimmed().split(' ').value(0).constData());
    }
}

// In a child process: the peak resident memory of showing and scrolling a journal.
int rssChild(const QString& path)
{
    Database database(path);
    database.open();
    const std::unique_ptr<Session> session = unlock(database);
    AccountService accounts(database.connection());
    Journal journal(database.connection(), *session);
    MainWindow window;
    window.resize(1280, 900);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    window.showJournal(&journal, &accounts, session.get());
    ChatView* view = window.chatView();
    for (int page = 0; page < 30 && window.postModel()->hasOlder(); ++page) {
        view->verticalScrollBar()->setValue(0);
        view->loadMoreIfNeeded();
        QCoreApplication::processEvents();
    }
    printPeakRss();
    return 0;
}

// In a child process: the peak resident memory of scrolling up through 10,000 posts a page at a
// time, the pictures on screen decoded at each stop.
int rssPhotosChild(const QString& path)
{
    PhotoChat chat(path);
    if (!chat.open())
        return 1;
    for (int page = 0; page < 100 && chat.model.hasOlder(); ++page) {
        chat.view.verticalScrollBar()->setValue(0);
        chat.view.loadMoreIfNeeded();
        QCoreApplication::processEvents();
        if (!QTest::qWaitFor([&chat] { return picturesOnScreenDecoded(chat.view, chat.loader); }, 60000))
            std::fprintf(stderr, "memory: the photos on screen were not decoded\n");
    }
    printPeakRss();
    return 0;
}

double peakRssKb(const QString& path, const QString& child = QStringLiteral("--rss-child"))
{
    QProcess process;
    process.start(QCoreApplication::applicationFilePath(), {child, path});
    process.waitForFinished(600000);
    return process.readAllStandardOutput().trimmed().toDouble();
}

// Day One's Journal.json of `entries` entries (the sample texts), every tenth with one of
// `photos` photos, so that each photo is shown by several entries.
QByteArray dayOneJson(int entries, int photos)
{
    QJsonArray list;
    const QDateTime first = QDateTime::currentDateTimeUtc().addDays(-3LL * 365);
    for (int i = 0; i < entries; ++i) {
        QJsonObject entry{
            {QStringLiteral("uuid"), QStringLiteral("%1").arg(i, 32, 16, QLatin1Char('0')).toUpper()},
            {QStringLiteral("creationDate"), first.addSecs(qint64(i) * 3600).toString(Qt::ISODate)},
            {QStringLiteral("text"), SampleJournal::textOf(i)}};
        if (photos > 0 && i % 10 == 0)
            entry.insert(QStringLiteral("photos"),
                         QJsonArray{QJsonObject{
                             {QStringLiteral("identifier"), QStringLiteral("P%1").arg(i)},
                             {QStringLiteral("md5"), QStringLiteral("photo%1").arg(i / 10 % photos)},
                             {QStringLiteral("type"), QStringLiteral("jpeg")}}});
        list.append(entry);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("entries"), list}}).toJson();
}

// A Day One export as Day One zips it, with photos of `photoBytes` random bytes (as
// incompressible as a JPEG).
bool writeDayOneZip(const QString& path, const QByteArray& json, int photos, qint64 photoBytes)
{
    ZipFileWriter writer(path);
    if (!writer.add(QStringLiteral("Journal.json"), json))
        return false;
    QRandomGenerator random(7);
    QByteArray photo(photoBytes, Qt::Uninitialized);
    for (int p = 0; p < photos; ++p) {
        random.fillRange(reinterpret_cast<quint32*>(photo.data()), photo.size() / 4);
        if (!writer.add(QStringLiteral("photos/photo%1.jpeg").arg(p), photo))
            return false;
    }
    return writer.close();
}

// In a child process: the peak resident memory of importing `file` into a new journal.
int importChild(const QString& file)
{
    QTemporaryDir folder;
    Database database(folder.filePath(QStringLiteral("import.sqlite3")));
    database.open();
    const std::unique_ptr<Session> session = registerBenchAccount(database);
    if (!session)
        return 1;
    const Importer::Result result =
        Importer(database.connection(), *session).importFile(file, Importer::Format::DayOne);
    if (!result.ok) {
        std::fprintf(stderr, "import: %s\n", qPrintable(result.error));
        return 1;
    }
    printPeakRss();
    return 0;
}

// The peak memory of importing a Day One ZIP of about 100 MB (photos, mostly), and of one
// whose Journal.json is nearly as large as an import accepts.
void measureImportPeak(const QTemporaryDir& folder)
{
    const QString file = folder.filePath(QStringLiteral("dayone.zip"));
    const auto peakMib = [&file]() {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--import-child"), file});
        child.waitForFinished(1800000);
        return child.readAllStandardOutput().trimmed().toDouble() / 1024;
    };
    const int entries = 20000;
    if (writeDayOneZip(file, dayOneJson(entries, 45), 45, 2LL * 1024 * 1024))
        report(QStringLiteral("import_peak_mib"), entries, peakMib(), QStringLiteral("MiB"));
    const qint64 bytesPerEntry = dayOneJson(1000, 0).size() / 1000;
    const int largest = int(Importer::MaxJsonBytes * 95 / 100 / bytesPerEntry);
    if (writeDayOneZip(file, dayOneJson(largest, 0), 0, 0))
        report(QStringLiteral("import_peak_largest_json_mib"), largest, peakMib(), QStringLiteral("MiB"));
    QFile::remove(file);
}

// Process start until the first window is on screen, for Soliloquy and for a bare Qt window;
// to show what reading the fonts costs, for a bare window with a line of text; and, to show
// what Soliloquy's own work before its first dialog costs, for its login form alone.
void measureLaunch(const QString& path, int repetitions)
{
    const QDir binaries(QCoreApplication::applicationDirPath());
    const QString bareWindow = binaries.filePath(QStringLiteral("soliloquy-bare-window"));
    const QList<std::pair<QString, QStringList>> programs = {
        {binaries.filePath(QStringLiteral("soliloquy")), {QStringLiteral("--database"), path}},
        {bareWindow, {}},
        {bareWindow, {QStringLiteral("--text")}},
        {binaries.filePath(QStringLiteral("soliloquy-login-form")), {}}};
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SOLILOQUY_EXIT_WHEN_SHOWN"), QStringLiteral("1"));
    QList<QList<double>> times(programs.size());
    // Ten launches of each a repetition, alternating: a launch takes about 12 ms here, and the
    // median of six moved by 0.1 in the ratio from one run to the next.
    for (int r = 0; r < repetitions * 10; ++r) {
        for (qsizetype p = 0; p < programs.size(); ++p) {
            QProcess process;
            process.setProcessEnvironment(environment);
            QElapsedTimer timer;
            timer.start();
            process.start(programs.at(p).first, programs.at(p).second);
            // Until the window says it is on screen; its quitting is not part of the launch.
            QByteArray output;
            while (!output.contains("shown\n") && process.waitForReadyRead(60000))
                output += process.readAllStandardOutput();
            times[p] << milliseconds(timer);
            process.waitForFinished(60000);
            if (!output.contains("shown\n"))
                std::fprintf(stderr, "launch: %s never showed a window\n", qPrintable(process.program()));
        }
    }
    report(QStringLiteral("launch_ratio"), 0, median(times.at(0)), QStringLiteral("ms"), median(times.at(1)));
    report(QStringLiteral("launch_text_ratio"), 0, median(times.at(0)), QStringLiteral("ms"),
           median(times.at(2)));
    report(QStringLiteral("launch_form_ratio"), 0, median(times.at(0)), QStringLiteral("ms"),
           median(times.at(3)));
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("soliloquy-bench"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Measures Soliloquy; prints one JSON object a line."));
    parser.addHelpOption();
    const QCommandLineOption postsOption(QStringLiteral("posts"), QStringLiteral("Only this journal size."),
                                         QStringLiteral("N"));
    const QCommandLineOption repetitionsOption(QStringLiteral("repetitions"),
                                               QStringLiteral("Repetitions per measurement (default 5)."),
                                               QStringLiteral("R"), QStringLiteral("5"));
    const QCommandLineOption onlyOption(QStringLiteral("only"),
                                        QStringLiteral("Only these measurements (names as printed, "
                                                       "separated by commas)."),
                                        QStringLiteral("NAME,..."));
    const QCommandLineOption rssChildOption(QStringLiteral("rss-child"), QStringLiteral("(internal)"),
                                            QStringLiteral("PATH"));
    const QCommandLineOption importChildOption(QStringLiteral("import-child"), QStringLiteral("(internal)"),
                                               QStringLiteral("FILE"));
    const QCommandLineOption rssPhotosChildOption(QStringLiteral("rss-photos-child"),
                                                  QStringLiteral("(internal)"), QStringLiteral("PATH"));
    parser.addOptions({postsOption, repetitionsOption, onlyOption, rssChildOption, rssPhotosChildOption,
                       importChildOption});
    parser.process(app);
    if (parser.isSet(rssChildOption))
        return rssChild(parser.value(rssChildOption));
    if (parser.isSet(rssPhotosChildOption))
        return rssPhotosChild(parser.value(rssPhotosChildOption));
    if (parser.isSet(importChildOption))
        return importChild(parser.value(importChildOption));

    const int repetitions = qMax(1, parser.value(repetitionsOption).toInt());
    QList<int> sizes{1000, 100000, 1000000};
    if (parser.isSet(postsOption))
        sizes = {parser.value(postsOption).toInt()};
    QSet<QString> only;
    for (const QString& name : parser.value(onlyOption).split(QLatin1Char(','), Qt::SkipEmptyParts))
        only.insert(name.trimmed());
    // A measurement runs when any of the names it prints is wanted.
    const auto wanted = [&only](const QStringList& names) {
        return only.isEmpty() || std::any_of(names.begin(), names.end(),
                                             [&only](const QString& name) { return only.contains(name); });
    };
    // Every measurement but the imports reads the sample journal.
    const bool journalNeeded =
        !(only - QSet<QString>{QStringLiteral("import_100k_ms"), QStringLiteral("import_peak_mib"),
                               QStringLiteral("import_peak_largest_json_mib")})
             .isEmpty() ||
        only.isEmpty();
    QTemporaryDir folder;
    if (wanted({QStringLiteral("import_peak_mib"), QStringLiteral("import_peak_largest_json_mib")}))
        measureImportPeak(folder);
    QList<double> firstPaints;
    QMap<int, QString> journals;
    for (const int posts : sizes) {
        const bool transferSize = posts == 100000 || sizes.size() == 1;
        if (transferSize && wanted({QStringLiteral("import_100k_ms")}))
            measureImport(folder, posts, repetitions);
        if (!journalNeeded)
            continue;
        const QString path = folder.filePath(QStringLiteral("journal-%1.sqlite3").arg(posts));
        QElapsedTimer making;
        making.start();
        if (!SampleJournal::make(path, posts)) {
            std::fprintf(stderr, "could not make a journal of %d posts\n", posts);
            return 1;
        }
        std::fprintf(stderr, "made a journal of %d posts in %.1f s\n", posts, milliseconds(making) / 1000);
#ifdef Q_OS_UNIX
        // Written back before anything is timed: a million posts take the disk seconds, and
        // that write-back slowed the first paint that came next (25 ms instead of 15 in one run).
        ::sync();
#endif
        journals.insert(posts, path);
        if (wanted({QStringLiteral("first_paint_ms"), QStringLiteral("first_paint_growth")}))
            measureFirstPaint(path, posts, repetitions, &firstPaints);
        if (posts <= 100000 && wanted({QStringLiteral("first_paint_photos_ratio"),
                                       QStringLiteral("first_paint_photos_cpu_ratio"),
                                       QStringLiteral("first_photos_shown_ms")})) {
            const QString photos = folder.filePath(QStringLiteral("photos-%1.sqlite3").arg(posts));
            if (SampleJournal::makeWithPhotos(photos, posts, 10, false))
                measureFirstPaintPhotos(path, photos, posts, repetitions);
            QFile::remove(photos);
        }
        if ((posts == 1000 || posts == 1000000 || sizes.size() == 1) &&
            wanted({QStringLiteral("unlock_ratio")}))
            measureUnlock(path, posts, repetitions);
        if (posts == sizes.constFirst()) {
            if (wanted({QStringLiteral("launch_ratio"), QStringLiteral("launch_text_ratio"),
                        QStringLiteral("launch_form_ratio")}))
                measureLaunch(path, repetitions);
            if (wanted({QStringLiteral("send_ratio")}))
                measureSend(path, posts, repetitions);
        }
        if (posts >= 10000 && wanted({QStringLiteral("index_build_ms"), QStringLiteral("index_bytes_ratio"),
                                      QStringLiteral("search_ms"), QStringLiteral("search_miss_ms"),
                                      QStringLiteral("search_phrase_ms")}))
            measureSearch(path, posts, repetitions);
        if (posts >= 10000 && posts <= 100000) {
            if (wanted({QStringLiteral("paint_viewport_ms"), QStringLiteral("scroll_10k_ms")}))
                measurePainting(path, posts, repetitions);
        }
        if (sizes.size() == 1 && posts < 10000 &&
            wanted({QStringLiteral("paint_viewport_ms"), QStringLiteral("scroll_10k_ms")}))
            measurePainting(path, posts, repetitions);
        if (transferSize &&
            wanted({QStringLiteral("export_100k_ms"), QStringLiteral("export_markdown_100k_ms")}))
            measureExport(folder, path, posts, repetitions);
        if ((posts == 1000 || posts == 100000 || sizes.size() == 1) &&
            wanted({QStringLiteral("sync_apply_ms"), QStringLiteral("sync_join_s"),
                    QStringLiteral("send_ratio_sync")}))
            measureSync(folder, path, posts, repetitions);
        if (posts == sizes.constFirst() && wanted({QStringLiteral("sync_apply_files_ms")}))
            measureSyncFiles(folder, path, 10000);
        if ((posts == 1000 || posts == 100000 || sizes.size() == 1) &&
            wanted({QStringLiteral("sync_snapshot_s"), QStringLiteral("sync_join_snapshot_s"),
                    QStringLiteral("sync_snapshot_mib"), QStringLiteral("sync_progress_bytes")}))
            measureSyncSnapshot(folder, path, posts);
    }
    // Photos: 10,000 posts whatever the sizes asked for, against the same posts without photos.
    const bool scrolling =
        wanted({QStringLiteral("scroll_photos_10k_ms"), QStringLiteral("scroll_photos_longest_step_ms"),
                QStringLiteral("scroll_photos_step_cpu_ms"), QStringLiteral("scroll_photos_page_cpu_ms")});
    const bool allPhotos =
        wanted({QStringLiteral("paint_viewport_photos_ms"), QStringLiteral("rss_photos_ratio")});
    if (scrolling || allPhotos) {
        const QString text = folder.filePath(QStringLiteral("text-10k.sqlite3"));
        const QString somePhotos = folder.filePath(QStringLiteral("photos-10k.sqlite3"));
        const QString allPhotosPath = folder.filePath(QStringLiteral("all-photos-10k.sqlite3"));
        if (!SampleJournal::make(text, 10000) ||
            (scrolling && !SampleJournal::makeWithPhotos(somePhotos, 10000, 10, false)) ||
            (allPhotos && !SampleJournal::makeWithPhotos(allPhotosPath, 10000, 1, true))) {
            std::fprintf(stderr, "could not make the journals of photos\n");
            return 1;
        }
#ifdef Q_OS_UNIX
        ::sync();
#endif
        if (allPhotos && wanted({QStringLiteral("paint_viewport_photos_ms")}))
            measurePaintingPhotos(text, allPhotosPath, repetitions);
        if (scrolling)
            measureScrollingPhotos(text, somePhotos);
        if (allPhotos && wanted({QStringLiteral("rss_photos_ratio")})) {
            const QString child = QStringLiteral("--rss-photos-child");
            report(QStringLiteral("rss_photos_ratio"), 10000, peakRssKb(allPhotosPath, child),
                   QStringLiteral("KiB"), peakRssKb(text, child));
        }
    }
    if (journals.size() > 1) {
        if (wanted({QStringLiteral("rss_ratio")})) {
            const double smallest = peakRssKb(journals.first());
            const double largest = peakRssKb(journals.last());
            report(QStringLiteral("rss_ratio"), journals.lastKey(), largest, QStringLiteral("KiB"), smallest);
        }
        if (firstPaints.size() > 1)
            report(QStringLiteral("first_paint_growth"), journals.lastKey(), firstPaints.last(),
                   QStringLiteral("ms"), firstPaints.first());
    }
    return 0;
}
