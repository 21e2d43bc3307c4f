#pragma once

#include "storage/Database.h"

#include <QFutureWatcher>
#include <QObject>

#include <memory>

class IntegrityCheck;
class QProgressDialog;

// The upgrade of a journal from an earlier version, at launch, with a window that names each
// step: it is checked, backed up and brought to this version's schema before any dialog, and
// on a large journal that takes seconds. The steps run on a thread of their own, on a
// connection of their own, and tell the window where they are by queued calls, so that the
// window is painted and answers meanwhile.
class UpgradeProgress : public QObject
{
    Q_OBJECT

public:
    UpgradeProgress();
    ~UpgradeProgress() override;

    // Opens the journal at `databasePath` on another thread, upgrades it and closes it again;
    // finished() follows. `check` is the launch's damage check, which the upgrade waits for.
    void start(const QString& databasePath, IntegrityCheck* check);
    // Shows the window at `step`: each step of start() comes here (and the screenshots).
    void show(Database::UpgradeStep step);
    // The window while it is up, else null (tests).
    QProgressDialog* window() const { return m_window.get(); }

Q_SIGNALS:
    // The window shows `step`.
    void stepShown(Database::UpgradeStep step);
    // The journal is closed again: upgraded, or refused (the next open says why). The window is gone.
    void finished(bool upgraded);

private:
    std::unique_ptr<QProgressDialog> m_window;
    QFutureWatcher<bool> m_upgrade;
};
