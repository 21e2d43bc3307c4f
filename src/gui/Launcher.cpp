#include "Launcher.h"

#include "AppController.h"
#include "JournalOpener.h"
#include "MessageBox.h"
#include "Translations.h"
#include "UpgradeProgress.h"

#include "cli/CommandRunner.h"
#include "core/CommandLine.h"
#include "crypto/CryptoRuntime.h"
#include "storage/Database.h"
#include "storage/DatabaseLocation.h"
#include "storage/IntegrityCheck.h"

#include <QApplication>
#include <QCoreApplication>
#include <QTextStream>
#include <QTimer>
#include <QWindow>

#include <cstdio>

namespace {

constexpr int AfterFirstDialogMs = 100;

// `soliloquy write` alone, with no account and no text: the running window's composer.
bool isWriteInRunningWindow(const Invocation& invocation)
{
    return invocation.kind == Invocation::Kind::Verb &&
           invocation.verbArguments == QStringList{QStringLiteral("write")};
}

} // namespace

Launcher::Launcher(const QString& databasePath)
    : m_databasePath(databasePath)
    // SQLite reads the whole journal for damage while the first dialog is up (the
    // controller starts it); nothing is written before it answers.
    , m_integrityCheck(std::make_unique<IntegrityCheck>(databasePath))
{}

Launcher::~Launcher() = default;

int Launcher::runInTerminal(const Invocation& invocation)
{
    // The command line speaks English whatever the desktop's language: scripts and the
    // README read it. Only the English plural forms ("1 post", "2 posts") are loaded.
    Translations::install(QLocale(QLocale::English));
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (isWriteInRunningWindow(invocation)) {
        const QString databasePath = DatabaseLocation::resolve(invocation.databasePath);
        if (Database::isOpenElsewhere(databasePath) &&
            SingleInstance(databasePath).handOver(SingleInstance::WriteRequest)) {
            out << "The running Soliloquy window is ready for writing.\n";
            return 0;
        }
    }
    if (invocation.kind == Invocation::Kind::Verb) {
        if (const QString missing = CryptoRuntime::missingFeatures(); !missing.isEmpty()) {
            err << "soliloquy: " << missing << "\n";
            return 1;
        }
    }
    switch (invocation.kind) {
    case Invocation::Kind::Help:
        out << CommandLine::helpText();
        return 0;
    case Invocation::Kind::Version:
        out << CommandLine::versionText();
        return 0;
    case Invocation::Kind::Error:
        err << "soliloquy: " << invocation.errorMessage << "\n"
            << "Try 'soliloquy --help' for more information.\n";
        return 2;
    default:
        return CommandRunner::run(invocation, out, err);
    }
}

bool Launcher::launch()
{
    if (qEnvironmentVariableIsSet("SOLILOQUY_EXIT_WHEN_SHOWN"))
        exitWhenShown();
    // The windows and the socket go while the application still runs: main() ends it first.
    connect(qApp, &QCoreApplication::aboutToQuit, this, [this] {
        m_controller.reset();
        m_upgradeProgress.reset();
        m_instance.reset();
    });
    Translations::install();
    m_instance = std::make_unique<SingleInstance>(m_databasePath);
    auto database = std::make_unique<Database>(m_databasePath);
    Database::Options options;
    options.integrityCheck = m_integrityCheck.get();
    // A journal of an earlier version is upgraded where its progress can be shown: the usual
    // launch opens it here and goes on at once.
    options.migrate = false;
    if (database->open(options)) {
        if (!database->upgradePending()) {
            startController(std::move(database));
            return true;
        }
        database->close();
        upgrade();
        return true;
    }
    // Open in another window: that one comes to the front instead.
    if (database->error().code == StorageError::Code::Locked &&
        m_instance->handOver(SingleInstance::ShowRequest)) {
        m_exitCode = 0;
        return false;
    }
    // Refused: said in plain words, with a restore when a backup can help. That open
    // checks the whole file itself.
    m_integrityCheck.reset();
    reopen();
    return true;
}

void Launcher::upgrade()
{
    m_fontconfig.wait(); // its window is the first text on screen
    m_upgradeProgress = std::make_unique<UpgradeProgress>();
    connect(m_upgradeProgress.get(), &UpgradeProgress::finished, this, [this](bool upgraded) {
        m_upgradeProgress.release()->deleteLater();
        auto database = std::make_unique<Database>(m_databasePath);
        Database::Options options;
        options.integrityCheck = m_integrityCheck.get();
        if (upgraded && database->open(options)) {
            startController(std::move(database));
            return;
        }
        // Refused, in the words of JournalOpener, with a restore where a backup can help.
        m_integrityCheck.reset();
        reopen();
    });
    m_upgradeProgress->start(m_databasePath, m_integrityCheck.get());
}

void Launcher::reopen()
{
    m_fontconfig.wait();
    JournalOpener::open(m_databasePath, nullptr, [this](std::unique_ptr<Database> database) {
        if (!database) {
            end(1);
            return;
        }
        startController(std::move(database));
    });
}

void Launcher::startController(std::unique_ptr<Database> database)
{
    m_controller = std::make_unique<AppController>(std::move(database));
    if (m_integrityCheck)
        m_controller->setIntegrityCheck(std::move(m_integrityCheck));
    connect(m_instance.get(), &SingleInstance::requestReceived, m_controller.get(),
            &AppController::handleRequest);
    // The check found damage while the login was up: the journal is closed again and
    // refused, or a backup restored, as at any start. The controller (and the journal it
    // holds open) goes once its signal has returned.
    connect(
        m_controller.get(), &AppController::damageFound, this,
        [this] {
            m_controller.reset();
            reopen();
        },
        Qt::QueuedConnection);
    // Once the first dialog is on screen: the crypto module loads QCA and its plugins
    // (about 12 ms), the icon its SVG engine, and the socket module Qt Network, for later
    // starts (which wait for it meanwhile). The accounts check the plugins themselves before
    // any key is used.
    QTimer::singleShot(AfterFirstDialogMs, m_controller.get(), [this] {
        m_instance->listen();
        checkCrypto();
    });
    // The first dialog is next: Qt's first font must find fontconfig ready.
    m_fontconfig.wait();
    m_controller->start();
}

void Launcher::checkCrypto()
{
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/soliloquy.svg")));
    if (const QString missing = CryptoRuntime::missingFeatures(); !missing.isEmpty()) {
        MessageBox::warning(QApplication::activeModalWidget(),
                            QCoreApplication::translate("Launcher", "Soliloquy cannot start"), missing,
                            [this] { end(1); });
    }
}

void Launcher::end(int code)
{
    m_exitCode = code;
    QTimer::singleShot(0, qApp, [code] { QCoreApplication::exit(code); });
}

void Launcher::exitWhenShown()
{
    // It looks at every pass of the event loop: a 1 ms timer sleeps between looks, and
    // added 1-2 ms here.
    auto* poll = new QTimer(this);
    connect(poll, &QTimer::timeout, poll, [poll] {
        for (const QWidget* widget : QApplication::topLevelWidgets()) {
            if (widget->isVisible() && widget->windowHandle() && widget->windowHandle()->isExposed()) {
                poll->stop();
                std::fputs("shown\n", stdout);
                std::fflush(stdout);
                QCoreApplication::exit(0);
                return;
            }
        }
    });
    poll->start(0);
}
