#pragma once

#include <QDialog>

#include <functional>
#include <memory>

class AppSettings;
class SyncController;

namespace Ui {
class SettingsDialog;
}

// Reminders, appearance, auto-lock, sync and where the journal file is. Each change
// is stored and applied as soon as it is made; there is nothing to confirm.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(AppSettings& settings, const QString& databasePath, QWidget* parent = nullptr);
    ~SettingsDialog() override;

    // Shows and turns on sync through `sync` (nullptr: locked, the sync settings are disabled).
    void setSyncController(SyncController* sync);

    // Test hook: how the journal's folder is opened (the file manager, by default).
    void setFolderOpener(std::function<void(const QUrl&)> opener) { m_openFolder = std::move(opener); }

private:
    void load();
    void connectEditors();
    void showSync();
    void fitHeight();
    void chooseSyncFolder();
    void turnOnOrSync();
    // While sync is on, a name typed for this computer is kept once typing ends (Enter, or the
    // focus elsewhere), and the other computers learn it at the next round.
    void renameComputer();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    AppSettings& m_settings;
    QString m_databasePath;
    std::function<void(const QUrl&)> m_openFolder;
    SyncController* m_sync = nullptr;
};
