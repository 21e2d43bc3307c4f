#include "cli/CommandRunner.h"
#include "core/CommandLine.h"
#include "crypto/CryptoRuntime.h"
#include "gui/AppController.h"
#include "gui/FontconfigWarmUp.h"
#include "gui/JournalOpener.h"
#include "gui/MessageBox.h"
#include "gui/SingleInstance.h"
#include "gui/Translations.h"
#include "gui/UpgradeProgress.h"
#include "storage/Database.h"
#include "storage/DatabaseLocation.h"
#include "storage/IntegrityCheck.h"

#include "Version.h"

#include <QApplication>
#include <QTextStream>
#include <QTimer>
#include <QWindow>

#include <cstdio>

namespace {

constexpr int AfterFirstDialogMs = 100;

QStringList argumentsOf(int argc, char** argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

// `soliloquy write` alone, with no account and no text: the running window's composer.
bool isWriteInRunningWindow(const Invocation& invocation)
{
    return invocation.kind == Invocation::Kind::Verb &&
           invocation.verbArguments == QStringList{QStringLiteral("write")};
}

int runWithoutDisplay(int argc, char** argv, const Invocation& invocation)
{
    QCoreApplication app(argc, argv);
    Translations::install();
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

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication::setApplicationName(QStringLiteral(SOLILOQUY_APPLICATION_NAME));
    QCoreApplication::setOrganizationName(QStringLiteral(SOLILOQUY_APPLICATION_NAME));
    QCoreApplication::setApplicationVersion(QStringLiteral(SOLILOQUY_VERSION));

    const Invocation invocation = CommandLine::parse(argumentsOf(argc, argv));
    if (invocation.kind != Invocation::Kind::Gui)
        return runWithoutDisplay(argc, argv, invocation);

    // Fontconfig reads its configuration (3 ms and more) on the other core while
    // Qt starts and the journal opens; the first dialog waits for it to be done.
    FontconfigWarmUp fontconfig;
    const QString databasePath = DatabaseLocation::resolve(invocation.databasePath);
    // SQLite reads the whole journal for damage while the first dialog is up (the
    // controller starts it); nothing is written before it answers.
    auto integrityCheck = std::make_unique<IntegrityCheck>(databasePath);
    QApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("SOLILOQUY_EXIT_WHEN_SHOWN")) {
        // For the launch benchmark: says when the first window is on screen, then quits as
        // a user would, so the next run finds no stale lock. It looks at every pass of the
        // event loop: a 1 ms timer sleeps between looks, and added 1-2 ms here.
        auto* poll = new QTimer(&app);
        QObject::connect(poll, &QTimer::timeout, poll, [poll] {
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
    Translations::install();
    SingleInstance instance(databasePath);
    auto database = std::make_unique<Database>(databasePath);
    Database::Options options;
    options.integrityCheck = integrityCheck.get();
    // Only a journal from an earlier version shows it: the usual launch tells it nothing.
    UpgradeProgress upgradeProgress;
    options.upgradeProgress = [&fontconfig, &upgradeProgress](Database::UpgradeStep step) {
        fontconfig.wait();
        upgradeProgress.show(step);
    };
    const bool opened = database->open(options);
    upgradeProgress.close();
    if (!opened) {
        // Open in another window: that one comes to the front instead.
        if (database->error().code == StorageError::Code::Locked &&
            instance.handOver(SingleInstance::ShowRequest))
            return 0;
        fontconfig.wait();
        // Refused: said in plain words, with a restore when a backup can help. That open
        // checks the whole file itself.
        integrityCheck.reset();
        database = JournalOpener::open(databasePath);
        if (!database)
            return 1;
    }
    instance.listen();
    int exitCode = 0;
    for (;;) {
        {
            AppController controller(std::move(database));
            if (integrityCheck)
                controller.setIntegrityCheck(std::move(integrityCheck));
            QObject::connect(&instance, &SingleInstance::requestReceived, &controller,
                             &AppController::handleRequest);
            // Once the first dialog is on screen: the crypto module loads QCA and its plugins
            // (about 12 ms), and the icon its SVG engine. The accounts check the plugins
            // themselves before any key is used.
            QTimer::singleShot(AfterFirstDialogMs, &controller, [&exitCode] {
                QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/soliloquy.svg")));
                if (const QString missing = CryptoRuntime::missingFeatures(); !missing.isEmpty()) {
                    exitCode = 1;
                    MessageBox::warning(QApplication::activeModalWidget(),
                                        QObject::tr("Soliloquy cannot start"), missing);
                    QCoreApplication::exit(exitCode);
                }
            });
            // The first dialog is next: Qt's first font must find fontconfig ready.
            fontconfig.wait();
            if (controller.start())
                return QApplication::exec();
            if (!controller.journalDamaged())
                return exitCode;
        }
        // The check found damage while the login was up: the journal is closed again and
        // refused, or a backup restored, as at any start.
        database = JournalOpener::open(databasePath);
        if (!database)
            return 1;
    }
}
