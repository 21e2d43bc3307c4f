#include "BackupsDialog.h"
#include "ui_backupsdialog.h"

#include "MessageBox.h"

#include "storage/DailyBackups.h"
#include "storage/Database.h"

#include <QFileInfo>
#include <QLocale>

BackupsDialog::BackupsDialog(const Database& database, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::BackupsDialog>())
    , m_database(database)
{
    m_ui->setupUi(this);
    connect(m_ui->backUpNowButton, &QPushButton::clicked, this, &BackupsDialog::backUpNow);
    connect(m_ui->restoreButton, &QPushButton::clicked, this, &BackupsDialog::restore);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_ui->backupList, &QListWidget::currentRowChanged, this,
            [this](int row) { m_ui->restoreButton->setEnabled(row >= 0); });
    connect(m_ui->backupList, &QListWidget::itemActivated, this, &BackupsDialog::restore);
    refresh();
}

BackupsDialog::~BackupsDialog() = default;

void BackupsDialog::refresh()
{
    const QLocale locale;
    m_ui->backupList->clear();
    for (const QString& path : DailyBackups::all(m_database.path())) {
        const QString when = locale.toString(DailyBackups::takenAt(path).toLocalTime(), QLocale::LongFormat);
        const QString kind = DailyBackups::isUpgradeBackup(path) ? tr("before an upgrade") : tr("daily");
        auto* item = new QListWidgetItem(
            tr("%1 — %2, %3").arg(when, kind, locale.formattedDataSize(QFileInfo(path).size())),
            m_ui->backupList);
        item->setData(Qt::UserRole, path);
        item->setToolTip(path);
    }
    if (m_ui->backupList->count() > 0)
        m_ui->backupList->setCurrentRow(0);
    m_ui->restoreButton->setEnabled(m_ui->backupList->currentRow() >= 0);
    m_ui->messageLabel->setVisible(m_ui->backupList->count() == 0);
    if (m_ui->backupList->count() == 0)
        m_ui->messageLabel->setText(tr("There are no backups yet."));
}

void BackupsDialog::backUpNow()
{
    QString written;
    const StorageError error = DailyBackups::takeNow(m_database, &written);
    refresh();
    m_ui->messageLabel->setText(error.isError() ? error.message
                                                : tr("Backed up to %1.").arg(QFileInfo(written).fileName()));
    m_ui->messageLabel->show();
}

void BackupsDialog::restore()
{
    const QListWidgetItem* item = m_ui->backupList->currentItem();
    if (!item)
        return;
    const QString chosen = item->data(Qt::UserRole).toString();
    MessageBox::question(
        this, tr("Restore backup"),
        tr("Replace the journal with the backup of %1? Everything written since then is set aside, not "
           "deleted: "
           "the current journal is kept in the backups folder. You will be asked for your password again.")
            .arg(item->text()),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel,
        [this, chosen](QMessageBox::StandardButton answer) {
            if (answer != QMessageBox::Yes)
                return;
            m_chosen = chosen;
            accept();
        });
}
