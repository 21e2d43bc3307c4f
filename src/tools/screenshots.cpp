// soliloquy-screenshots OUTPUT_FOLDER: shows each window and dialog with a
// sample journal in a temporary folder and writes PNGs of them (run by
// `scripts/dev screenshots`).
#include "core/AccountService.h"
#include "core/Journal.h"
#include "core/SearchIndex.h"
#include "gui/AboutDialog.h"
#include "gui/AppSettings.h"
#include "gui/ColorScheme.h"
#include "gui/LoginDialog.h"
#include "gui/MainWindow.h"
#include "gui/MarkdownHtml.h"
#include "gui/ProfileCard.h"
#include "gui/ProfileDialog.h"
#include "gui/RecoverDialog.h"
#include "gui/RecoveryKeyDialog.h"
#include "gui/RegisterDialog.h"
#include "gui/SettingsDialog.h"
#include "gui/Translations.h"
#include "gui/UpgradeProgress.h"
#include "gui/chat/ChatView.h"
#include "storage/Database.h"
#include "tools/SamplePhotos.h"

#include <QApplication>
#include <QDateEdit>
#include <QDateTime>
#include <QDir>
#include <QLineEdit>
#include <QProgressDialog>
#include <QSettings>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QToolButton>

namespace {

bool capture(QWidget& widget, const QString& file)
{
    widget.show();
    if (!QTest::qWaitForWindowExposed(&widget))
        return false;
    QTest::qWait(300);
    return widget.grab().save(file);
}

struct SamplePost
{
    int daysAgo;
    QString time; // local "HH:mm"
    QString text;
};

// A few days of a realistic journal: short notes grouped together, Markdown, a long post.
const QList<SamplePost> samplePosts = {
    {3, QStringLiteral("08:12"), QStringLiteral("Slept badly. The neighbours' dog again.")},
    {3, QStringLiteral("08:14"), QStringLiteral("Coffee first, then the report.")},
    {3, QStringLiteral("21:40"),
     QStringLiteral("Finished the report. **Finally.** Things I want to remember:\n\n"
                    "- ask Ines about the budget before Friday\n- book the train to Porto\n"
                    "- *call Mum on Sunday*")},
    {1, QStringLiteral("07:55"),
     QStringLiteral("Run by the river, 6 km. Legs heavy but the light was lovely. #running")},
    {1, QStringLiteral("12:30"),
     QStringLiteral(
         "Lunch with Tomás. He recommended [this essay on attention](https://example.org/attention) — "
         "reading it tonight.")},
    {1, QStringLiteral("12:32"),
     QStringLiteral("Also: `git rebase --onto` is the answer to last week's mess.")},
    {1, QStringLiteral("22:05"),
     QStringLiteral(
         "Read the essay. The bit that stuck: attention is not a resource you spend but a place you "
         "live in. When I scroll in bed I am not *relaxing*, I am moving house ten times a minute.\n\n"
         "So, an experiment for the next two weeks: the phone sleeps in the kitchen, the paper book "
         "sleeps next to me. I will write here each evening whether it held, and how the mornings "
         "feel. If the mornings do not change, I drop it. If they do, I keep it and stop telling "
         "myself I have no time to read. #experiment #reading")},
    {0, QStringLiteral("07:40"),
     QStringLiteral("Day one of the #experiment: slept at 23:10, woke before the alarm.")},
    {0, QStringLiteral("07:41"), QStringLiteral("Small thing, but it felt good.")},
};

qint64 timeOf(const SamplePost& post)
{
    const QDate day = QDate::currentDate().addDays(-post.daysAgo);
    return QDateTime(day, QTime::fromString(post.time, QStringLiteral("HH:mm"))).toMSecsSinceEpoch();
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    // As the app does: its plural forms ("1 post", "9 posts") come from the translations.
    Translations::install();
    QTextStream err(stderr);
    if (argc != 2) {
        err << "usage: soliloquy-screenshots OUTPUT_FOLDER\n";
        return 2;
    }
    const QDir output(QString::fromLocal8Bit(argv[1]));
    QTemporaryDir folder;
    Database database(folder.filePath(QStringLiteral("journal.sqlite3")));
    if (!folder.isValid() || !database.open()) {
        err << "cannot make the sample journal\n";
        return 1;
    }
    AccountService accounts(database.connection());
    bool ok = true;

    RegisterDialog registration(accounts);
    registration.findChild<QLineEdit*>(QStringLiteral("usernameEdit"))->setText(QStringLiteral("maya"));
    registration.findChild<QLineEdit*>(QStringLiteral("emailEdit"))->setText(QStringLiteral("maya@example"));
    registration.findChild<QLineEdit*>(QStringLiteral("passwordEdit"))->setText(QStringLiteral("short"));
    ok &= capture(registration, output.filePath(QStringLiteral("register.png")));
    registration.hide();

    AccountService::Outcome account =
        accounts.registerAccount(QStringLiteral("maya"), QStringLiteral("maya@example.org"),
                                 QStringLiteral("correct horse battery staple"));
    if (!account.session) {
        err << "cannot register the sample account: " << account.error << "\n";
        return 1;
    }
    RecoveryKeyDialog recoveryKey(account.recoveryKey);
    ok &= capture(recoveryKey, output.filePath(QStringLiteral("recoverykey.png")));
    recoveryKey.hide();
    RecoverDialog recover(accounts);
    recover.setLogin(QStringLiteral("maya"));
    ok &= capture(recover, output.filePath(QStringLiteral("recover.png")));
    recover.hide();

    LoginDialog login(accounts);
    login.setLogin(QStringLiteral("maya"));
    ok &= capture(login, output.filePath(QStringLiteral("login.png")));
    login.hide();

    qint64 sampleTime = 0;
    Journal journal(database.connection(), *account.session, [&sampleTime] { return sampleTime; });
    {
        // The journal before its first post: the welcome.
        MainWindow welcome;
        welcome.resize(1000, 720);
        welcome.setSettings(nullptr, QStringLiteral("/home/maya/.local/share/Soliloquy/journal.sqlite3"));
        welcome.showJournal(&journal, &accounts, account.session.get());
        ok &= capture(welcome, output.filePath(QStringLiteral("welcome.png")));
    }
    for (const SamplePost& post : samplePosts) {
        sampleTime = timeOf(post);
        StorageError error;
        ok &= journal.send(post.text, &error).has_value();
    }

    SearchIndex index;
    index.setExcerptText(&MarkdownHtml::plainText);
    index.build(database.path(), *account.session);
    MainWindow window;
    window.resize(1000, 720);
    window.showJournal(&journal, &accounts, account.session.get(), &index);
    ok &= capture(window, output.filePath(QStringLiteral("mainwindow.png")));

    window.showProfileCard(window.chatView()->mapToGlobal(QPoint(40, 120)));
    if (QTest::qWaitForWindowExposed(window.profileCard())) {
        QTest::qWait(200);
        ok &= window.profileCard()->grab().save(output.filePath(QStringLiteral("profilecard.png")));
    } else {
        ok = false;
    }
    window.profileCard()->hide();
    if (const std::optional<Profile> profile = accounts.profile(*account.session)) {
        ProfileDialog profileDialog(accounts, *account.session, *profile, &window);
        ok &= capture(profileDialog, output.filePath(QStringLiteral("profiledialog.png")));
    }

    // A search with its count and a date range, its newest result opened with the words marked;
    // a little wider, so that the query reads whole beside the range picker.
    window.resize(1120, 720);
    window.openSearch();
    auto* searchEdit = window.findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    searchEdit->setText(QStringLiteral("experiment"));
    window.findChild<QToolButton*>(QStringLiteral("dateRangeButton"))->setChecked(true);
    window.findChild<QDateEdit*>(QStringLiteral("fromDateEdit"))->setDate(QDate::currentDate().addDays(-2));
    QTest::keyClick(searchEdit, Qt::Key_Return);
    ok &= capture(window, output.filePath(QStringLiteral("search.png")));
    window.closeSearch();
    window.resize(1000, 720);
    AboutDialog about(journal.databasePath(), &window);
    ok &= capture(about, output.filePath(QStringLiteral("about.png")));
    {
        UpgradeProgress upgrade;
        upgrade.show(Database::UpgradeStep::BackingUp);
        ok &= capture(*upgrade.window(), output.filePath(QStringLiteral("upgrade.png")));
    }

    {
        // Settings of their own, so that the user's are neither shown nor changed.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           folder.filePath(QStringLiteral("config")));
        AppSettings settings;
        settings.setReminderEnabled(true);
        settings.setReminderTime(QTime(21, 30));
        SettingsDialog settingsDialog(
            settings, QStringLiteral("/home/maya/.local/share/Soliloquy/journal.sqlite3"), &window);
        ok &= capture(settingsDialog, output.filePath(QStringLiteral("settings.png")));
    }

    const QPalette light = QApplication::palette();
    QApplication::setPalette(ColorScheme::darkPalette());
    QTest::qWait(100);
    ok &= capture(window, output.filePath(QStringLiteral("mainwindow-dark.png")));

    // Other scripts and emoji alone, as bubbles draw them with the fonts the packages recommend.
    QApplication::setPalette(light);
    sampleTime = QDateTime::currentMSecsSinceEpoch();
    for (const QString& text :
         {QStringLiteral("今日は川沿いを散歩した。桜がとてもきれいでした 🌸"), QStringLiteral("🌸🎉☕"),
          QStringLiteral("שלום! היום הלכתי לים, והמים היו קרים."),
          QStringLiteral("مرحبا، كان يوما جميلا على الشاطئ.")}) {
        StorageError error;
        ok &= journal.send(text, &error).has_value();
        sampleTime += qint64(60) * 1000;
    }
    window.showJournal(&journal, &accounts, account.session.get(), &index);
    ok &= capture(window, output.filePath(QStringLiteral("scripts.png")));

    // A holiday: pictures in the chat, one large and several as a grid.
    const auto photo = [](SamplePhotos::Scene scene, const QSize& size) {
        return NewPicture{SamplePhotos::jpeg(scene, size), QStringLiteral("image/jpeg"), size};
    };
    sampleTime = QDateTime::currentMSecsSinceEpoch() + qint64(60) * 60 * 1000;
    const struct
    {
        QString text;
        QList<NewPicture> pictures;
    } holiday[] = {
        {QStringLiteral("Porto, day two. Every house wears tiles, and every street climbs."),
         {photo(SamplePhotos::Scene::TiledStreet, QSize(1600, 1200))}},
        {QStringLiteral("Evening at Foz: the sun went into the sea at 20:41."),
         {photo(SamplePhotos::Scene::SunsetSea, QSize(1600, 1067))}},
        {QStringLiteral("Best of the week, for the album. #holiday"),
         {photo(SamplePhotos::Scene::MountainLake, QSize(1600, 1200)),
          photo(SamplePhotos::Scene::SunsetSea, QSize(1200, 1200)),
          photo(SamplePhotos::Scene::TiledStreet, QSize(1200, 1600))}},
    };
    for (const auto& post : holiday) {
        StorageError error;
        ok &= journal.send(post.text, post.pictures, &error).has_value();
        sampleTime += qint64(3) * 60 * 1000;
    }
    window.resize(1000, 860);
    window.showJournal(&journal, &accounts, account.session.get(), &index);
    ok &= capture(window, output.filePath(QStringLiteral("photos.png")));

    if (!ok)
        err << "could not write every screenshot\n";
    return ok ? 0 : 1;
}
