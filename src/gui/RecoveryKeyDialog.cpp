#include "RecoveryKeyDialog.h"
#include "ui_recoverykeydialog.h"

#include "FileChooser.h"
#include "MessageBox.h"
#include "PrivateClipboard.h"

#include <QDir>
#include <QFileDialog>
#include <QPushButton>
#include <QSaveFile>

RecoveryKeyDialog::RecoveryKeyDialog(const QString& recoveryKey, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RecoveryKeyDialog>())
{
    m_ui->setupUi(this);
    m_ui->recoveryKeyEdit->setText(recoveryKey);
    // The whole key at once, measured in the field's own font (fixed-width and larger than
    // the dialog's): a key copied by hand must not lose its first groups.
    const QFontMetrics keyMetrics = m_ui->recoveryKeyEdit->fontMetrics();
    m_ui->recoveryKeyEdit->setMinimumWidth(keyMetrics.horizontalAdvance(recoveryKey) +
                                           4 * keyMetrics.averageCharWidth());
    m_ui->recoveryKeyEdit->setCursorPosition(0);
    // As tall as the wrapped text needs at the width the key gave the dialog.
    adjustSize();
    m_ui->finishButton->setEnabled(false);
    connect(m_ui->savedCheck, &QCheckBox::toggled, m_ui->finishButton, &QPushButton::setEnabled);
    connect(m_ui->finishButton, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_ui->copyButton, &QPushButton::clicked, this, [this] {
        PrivateClipboard::copy(m_ui->recoveryKeyEdit->text());
        m_ui->copyButton->setText(tr("Copied"));
    });
    connect(m_ui->saveButton, &QPushButton::clicked, this, &RecoveryKeyDialog::save);
}

RecoveryKeyDialog::~RecoveryKeyDialog() = default;

void RecoveryKeyDialog::reject()
{
    // Escape must not skip past the only moment the key is shown.
    if (m_ui->savedCheck->isChecked())
        QDialog::reject();
}

bool RecoveryKeyDialog::saveTo(const QString& path)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        // Whoever reads this key opens the journal: no one else may read the file.
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        file.write(tr("Soliloquy recovery key\n%1\n").arg(m_ui->recoveryKeyEdit->text()).toUtf8());
        if (file.commit())
            return true;
    }
    MessageBox::warning(this, tr("Not saved"),
                        tr("Soliloquy could not write %1: %2").arg(path, file.errorString()));
    return false;
}

void RecoveryKeyDialog::save()
{
    QFileDialog* chooser =
        FileChooser::forSaving(this, tr("Save recovery key"), QStringLiteral("soliloquy-recovery-key.txt"),
                               {tr("Text files (*.txt)")});
    connect(chooser, &QFileDialog::fileSelected, this, [this](const QString& path) {
        if (!saveTo(path))
            return;
        // As Copy says "Copied": the user sees the key went where they chose.
        m_ui->saveButton->setText(tr("Saved"));
        m_ui->saveButton->setToolTip(tr("Saved to %1").arg(QDir::toNativeSeparators(path)));
    });
    chooser->open();
}
