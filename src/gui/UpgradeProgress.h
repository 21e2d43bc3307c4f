#pragma once

#include "storage/Database.h"

#include <QCoreApplication>

#include <memory>

class QProgressDialog;

// The window that is up while a launch upgrades the journal: it is checked, backed up
// and brought to this version's schema before any dialog, and on a large journal that
// takes seconds. The steps run on this thread, so the window names the step it is at
// instead of an animation that would stand still.
class UpgradeProgress
{
    Q_DECLARE_TR_FUNCTIONS(UpgradeProgress)

public:
    UpgradeProgress();
    ~UpgradeProgress();
    UpgradeProgress(const UpgradeProgress&) = delete;
    UpgradeProgress& operator=(const UpgradeProgress&) = delete;

    // Shows the window, the first time, and the step; returns once it is painted.
    void show(Database::UpgradeStep step);
    // Takes the window away (the upgrade is over, or was refused).
    void close();
    // The window while it is up, else null (tests).
    QProgressDialog* window() const { return m_window.get(); }

private:
    std::unique_ptr<QProgressDialog> m_window;
};
