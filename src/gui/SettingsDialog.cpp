#include "SettingsDialog.h"
#include "ui_settingsdialog.h"

#include "AppSettings.h"
#include "PostTimeFormat.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QPushButton>
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
    load();
    connectEditors();
}

SettingsDialog::~SettingsDialog() = default;

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
