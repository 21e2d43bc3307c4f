#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class AboutDialog;
}

// Help > About: the version and license, where the journal file is, and the
// versions of Qt, QCA, SQLite and libargon2 this copy runs with (what a bug
// report needs).
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    // `databasePath` is the open journal file; empty when none is open.
    explicit AboutDialog(const QString& databasePath, QWidget* parent = nullptr);
    ~AboutDialog() override;

private:
    std::unique_ptr<Ui::AboutDialog> m_ui;
};
