#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class RecoveryKeyDialog;
}

// Shows the recovery key once, right after registration. Finish stays
// disabled until the user ticks "I saved it".
class RecoveryKeyDialog : public QDialog
{
    Q_OBJECT

public:
    RecoveryKeyDialog(const QString& recoveryKey, QWidget* parent = nullptr);
    ~RecoveryKeyDialog() override;

    // Writes the key to `path` as a small text file; false with a message box on failure.
    bool saveTo(const QString& path);

protected:
    void reject() override;

private:
    void save();

    std::unique_ptr<Ui::RecoveryKeyDialog> m_ui;
};
