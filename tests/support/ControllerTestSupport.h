#pragma once

#include "gui/AppController.h"

#include <QSignalSpy>
#include <QTest>

// Helpers for the tests that lead the controller through its dialogs as a user would.
namespace TestSupport {

// Runs the event loop, as the application's would, until the controller has unlocked the
// journal (true) or the user quit or the journal was found damaged (false). The test answers
// the dialogs meanwhile (whenModalOpens).
inline bool waitForUnlockOrEnd(AppController& controller, int timeoutMs = 30000)
{
    QSignalSpy unlocked(&controller, &AppController::unlocked);
    QSignalSpy quitting(&controller, &AppController::quitting);
    QSignalSpy damageFound(&controller, &AppController::damageFound);
    // A timeout is told by what follows: no unlock.
    const bool ended = QTest::qWaitFor(
        [&] { return !unlocked.isEmpty() || !quitting.isEmpty() || !damageFound.isEmpty(); }, timeoutMs);
    return ended && !unlocked.isEmpty();
}

// start() and the wait above: true once the window shows the journal.
inline bool startAndWait(AppController& controller, int timeoutMs = 30000)
{
    controller.start(); // shows its first dialog and returns: nothing is signalled before
    return waitForUnlockOrEnd(controller, timeoutMs);
}

} // namespace TestSupport
