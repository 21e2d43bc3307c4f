#pragma once

#include <QDialog>

#include <memory>

class Database;

namespace Ui {
class BackupsDialog;
}

// The journal's backups by date: take one now, or pick one to restore.
// Restoring replaces the whole journal, so it asks first and leaves the
// work to the caller (the journal must be closed for it).
class BackupsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit BackupsDialog(const Database& database, QWidget* parent = nullptr);
    ~BackupsDialog() override;

    // After accept(): the backup the user chose to restore.
    QString chosenBackup() const { return m_chosen; }

private:
    void refresh();
    void backUpNow();
    void restore();

    std::unique_ptr<Ui::BackupsDialog> m_ui;
    const Database& m_database;
    QString m_chosen;
};
