#include "SettingsDialog.h"
#include "ui_settingsdialog.h"

#include "AppSettings.h"
#include "FileChooser.h"
#include "PostTimeFormat.h"
#include "SyncController.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSysInfo>
#include <QUrl>

namespace {
// The font size spin box shows "System size" one below the smallest size.
constexpr int SystemFontSizeValue = AppSettings::MinimumPostFontSize - 1;
} // namespace

SettingsDialog::SettingsDialog(AppSettings& settings, const QString& databasePath, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_settings(settings)
    , m_databasePath(databasePath)
    , m_openFolder([](const QUrl& url) { QDesktopServices::openUrl(url); })
{
    m_ui->setupUi(this);
    m_ui->themeCombo->addItem(tr("Same as the system"), QVariant::fromValue(AppSettings::Theme::System));
    m_ui->themeCombo->addItem(tr("Light"), QVariant::fromValue(AppSettings::Theme::Light));
    m_ui->themeCombo->addItem(tr("Dark"), QVariant::fromValue(AppSettings::Theme::Dark));

    // Each choice shows an example as the posts will show it, so the difference is plain before picking.
    const QTime example(15, 45);
    using Clock = AppSettings::ClockFormat;
    m_ui->clockFormatCombo->addItem(
        tr("As the system shows it (%1)").arg(PostTimeFormat::format(example, Clock::System)),
        QVariant::fromValue(Clock::System));
    m_ui->clockFormatCombo->addItem(
        tr("12-hour (%1)").arg(PostTimeFormat::format(example, Clock::TwelveHour)),
        QVariant::fromValue(Clock::TwelveHour));
    m_ui->clockFormatCombo->addItem(
        tr("24-hour (%1)").arg(PostTimeFormat::format(example, Clock::TwentyFourHour)),
        QVariant::fromValue(Clock::TwentyFourHour));

    m_ui->fontSizeSpin->setRange(SystemFontSizeValue, AppSettings::MaximumPostFontSize);
    m_ui->databasePathLabel->setText(QDir::toNativeSeparators(databasePath));
    connect(m_ui->openFolderButton, &QPushButton::clicked, this,
            [this] { m_openFolder(QUrl::fromLocalFile(QFileInfo(m_databasePath).absolutePath())); });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->syncChooseButton, &QPushButton::clicked, this, &SettingsDialog::chooseSyncFolder);
    connect(m_ui->syncButton, &QPushButton::clicked, this, &SettingsDialog::turnOnOrSync);
    connect(m_ui->syncFolderEdit, &QLineEdit::textChanged, this, &SettingsDialog::showSync);
    connect(m_ui->computerNameEdit, &QLineEdit::editingFinished, this, &SettingsDialog::renameComputer);
    m_ui->computerNameEdit->setText(QSysInfo::machineHostName());
    showSync();
    load();
    connectEditors();
    fitHeight();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::setSyncController(SyncController* sync)
{
    if (m_sync)
        disconnect(m_sync, nullptr, this, nullptr);
    m_sync = sync;
    if (m_sync) {
        connect(m_sync, &SyncController::roundFinished, this, &SettingsDialog::showSync);
        connect(m_sync, &QObject::destroyed, this, [this] { m_sync = nullptr; });
        if (m_sync->isSyncing()) {
            m_ui->syncFolderEdit->setText(QDir::toNativeSeparators(m_sync->folder()));
            m_ui->computerNameEdit->setText(m_sync->computerName());
        }
    }
    showSync();
}

// The height its wrapped texts need at this width, so that none is cut.
void SettingsDialog::fitHeight()
{
    // A text set a moment ago reaches the layouts' remembered sizes only on the next pass of the
    // event loop: each group's size is asked anew, or a line added now would be cut.
    for (QGroupBox* group : findChildren<QGroupBox*>())
        group->updateGeometry();
    const int width = qMax(this->width(), sizeHint().width());
    const int height = layout()->totalHeightForWidth(width);
    if (height > 0) {
        setMinimumHeight(height);
        resize(width, height);
    } else {
        adjustSize();
    }
}

void SettingsDialog::showSync()
{
    const bool syncing = m_sync && m_sync->isSyncing();
    m_ui->syncGroup->setEnabled(m_sync != nullptr);
    m_ui->syncFolderEdit->setReadOnly(syncing);
    m_ui->syncChooseButton->setEnabled(!syncing);
    m_ui->syncButton->setText(syncing ? tr("&Sync now") : tr("Turn o&n sync"));
    m_ui->syncButton->setEnabled(syncing ? !m_sync->isRunning()
                                         : !m_ui->syncFolderEdit->text().trimmed().isEmpty());
    if (!syncing)
        return;
    QStringList lines;
    lines << (m_sync->isRunning()          ? tr("Syncing…")
              : m_sync->status().isEmpty() ? tr("Sync is on.")
                                           : m_sync->status());
    if (const QStringList computers = m_sync->computers(); !computers.isEmpty()) {
        QStringList others = computers.mid(1);
        lines << (others.isEmpty()
                      ? tr("Computers: %1 (this one); no other has joined yet.").arg(computers.first())
                      : tr("Computers: %1 (this one), %2.")
                            .arg(computers.first(), others.join(QStringLiteral(", "))));
    }
    lines << m_sync->problems();
    m_ui->syncStatusLabel->setText(lines.join(QLatin1Char('\n')));
    fitHeight(); // the status may have grown by a line
}

void SettingsDialog::chooseSyncFolder()
{
    QFileDialog* dialog = FileChooser::forFolder(this, tr("Choose the sync folder"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& folder) {
        m_ui->syncFolderEdit->setText(QDir::toNativeSeparators(folder));
    });
    dialog->open();
}

void SettingsDialog::turnOnOrSync()
{
    if (!m_sync)
        return;
    if (m_sync->isSyncing()) {
        m_sync->syncNow();
        showSync();
        return;
    }
    const QString folder = QDir::fromNativeSeparators(m_ui->syncFolderEdit->text().trimmed());
    const QString name = m_ui->computerNameEdit->text().trimmed().isEmpty()
                             ? QSysInfo::machineHostName()
                             : m_ui->computerNameEdit->text().trimmed();
    QString error;
    if (!m_sync->enable(QDir(folder).absolutePath(), name, &error)) {
        m_ui->syncStatusLabel->setText(error);
        return;
    }
    setSyncController(m_sync);
}

void SettingsDialog::renameComputer()
{
    if (!m_sync || !m_sync->isSyncing())
        return; // the name goes with turning sync on
    const QString name = m_ui->computerNameEdit->text().trimmed();
    if (name.isEmpty()) {
        m_ui->computerNameEdit->setText(m_sync->computerName()); // a computer keeps a name
        return;
    }
    if (name == m_sync->computerName())
        return;
    if (QString error; !m_sync->rename(name, &error)) {
        m_ui->syncStatusLabel->setText(error);
        fitHeight();
        return;
    }
    showSync();
}

void SettingsDialog::load()
{
    m_ui->reminderCheck->setChecked(m_settings.reminderEnabled());
    m_ui->reminderTimeEdit->setTime(m_settings.reminderTime());
    m_ui->reminderTimeEdit->setEnabled(m_settings.reminderEnabled());
    m_ui->remindOnDaysWrittenCheck->setChecked(m_settings.remindOnDaysWritten());
    m_ui->remindOnDaysWrittenCheck->setEnabled(m_settings.reminderEnabled());
    m_ui->onThisDayCheck->setChecked(m_settings.onThisDayEnabled());
    m_ui->ignoreAccentsCheck->setChecked(m_settings.searchIgnoresAccents());
    m_ui->autoLockSpin->setValue(m_settings.autoLockMinutes());
    m_ui->themeCombo->setCurrentIndex(m_ui->themeCombo->findData(QVariant::fromValue(m_settings.theme())));
    m_ui->fontSizeSpin->setValue(m_settings.postFontSize() == 0 ? SystemFontSizeValue
                                                                : m_settings.postFontSize());
    m_ui->clockFormatCombo->setCurrentIndex(
        m_ui->clockFormatCombo->findData(QVariant::fromValue(m_settings.clockFormat())));
}

void SettingsDialog::connectEditors()
{
    connect(m_ui->reminderCheck, &QCheckBox::toggled, this, [this](bool enabled) {
        m_ui->reminderTimeEdit->setEnabled(enabled);
        m_ui->remindOnDaysWrittenCheck->setEnabled(enabled);
        m_settings.setReminderEnabled(enabled);
    });
    connect(m_ui->reminderTimeEdit, &QTimeEdit::timeChanged, &m_settings, &AppSettings::setReminderTime);
    connect(m_ui->remindOnDaysWrittenCheck, &QCheckBox::toggled, &m_settings,
            &AppSettings::setRemindOnDaysWritten);
    connect(m_ui->onThisDayCheck, &QCheckBox::toggled, &m_settings, &AppSettings::setOnThisDayEnabled);
    connect(m_ui->ignoreAccentsCheck, &QCheckBox::toggled, &m_settings,
            &AppSettings::setSearchIgnoresAccents);
    connect(m_ui->autoLockSpin, &QSpinBox::valueChanged, &m_settings, &AppSettings::setAutoLockMinutes);
    connect(m_ui->themeCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_settings.setTheme(m_ui->themeCombo->currentData().value<AppSettings::Theme>()); });
    connect(m_ui->fontSizeSpin, &QSpinBox::valueChanged, this,
            [this](int points) { m_settings.setPostFontSize(points == SystemFontSizeValue ? 0 : points); });
    connect(m_ui->clockFormatCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_settings.setClockFormat(m_ui->clockFormatCombo->currentData().value<AppSettings::ClockFormat>());
    });
}
