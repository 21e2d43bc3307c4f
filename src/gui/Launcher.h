#pragma once

#include "FontconfigWarmUp.h"
#include "SingleInstance.h"

#include <QObject>
#include <QString>

#include <memory>

class AppController;
class Database;
class IntegrityCheck;
class UpgradeProgress;
struct Invocation;

// A start of Soliloquy after main() parsed its command line: a verb runs in the terminal;
// the window's start opens the journal (or hands over to the window that has it) and leads
// to the controller, in the application's one event loop. A journal found damaged while
// the login is up goes back to JournalOpener, and on to a new controller if it opens.
class Launcher : public QObject
{
    Q_OBJECT

public:
    // What the window's start does before Qt starts: fontconfig and the damage check are
    // made ready on other cores meanwhile.
    explicit Launcher(const QString& databasePath);
    ~Launcher() override;

    // A verb, help, the version or a mistake in the command line: the exit status. Needs a
    // QCoreApplication.
    static int runInTerminal(const Invocation& invocation);

    // Opens the journal and shows the first dialog. False when there is nothing to run the
    // event loop for (another window took the start over): the exit status is exitCode().
    bool launch();
    int exitCode() const { return m_exitCode; }
    // The controller of the journal open now (tests).
    AppController* controller() const { return m_controller.get(); }

private:
    // For the launch benchmark (SOLILOQUY_EXIT_WHEN_SHOWN): says when the first window is on
    // screen, then quits as a user would, so that the next run finds no stale lock.
    void exitWhenShown();
    // Upgrades a journal of an earlier version on another thread, its steps on screen, then
    // opens it.
    void upgrade();
    void reopen();
    void startController(std::unique_ptr<Database> database);
    void checkCrypto();
    // Ends the event loop with `code`, also when it has not started yet.
    void end(int code);

    QString m_databasePath;
    FontconfigWarmUp m_fontconfig;
    std::unique_ptr<IntegrityCheck> m_integrityCheck;
    std::unique_ptr<SingleInstance> m_instance;
    std::unique_ptr<UpgradeProgress> m_upgradeProgress;
    std::unique_ptr<AppController> m_controller;
    int m_exitCode = 0;
};
