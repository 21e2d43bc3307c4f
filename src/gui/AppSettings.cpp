#include "AppSettings.h"

#include <QMetaEnum>
#include <QSettings>

namespace {

const QString ReminderEnabledKey = QStringLiteral("reminder/enabled");
const QString ReminderTimeKey = QStringLiteral("reminder/time");
const QString RemindOnDaysWrittenKey = QStringLiteral("reminder/onDaysWritten");
const QString OnThisDayKey = QStringLiteral("reminder/onThisDay");
const QString AutoLockKey = QStringLiteral("security/autoLockMinutes");
const QString ThemeKey = QStringLiteral("appearance/theme");
const QString PostFontSizeKey = QStringLiteral("appearance/postFontSize");
const QString ClockFormatKey = QStringLiteral("appearance/clockFormat");
const QString WindowGeometryKey = QStringLiteral("window/geometry");
const QString IgnoreAccentsKey = QStringLiteral("search/ignoreAccents");
const QString TrayNoticeKey = QStringLiteral("tray/closeNoticeShown");

// Enums are stored by name, so that the file stays readable and a reordered enum reads the same.
template <typename Enum> Enum readEnum(const QString& key, Enum fallback)
{
    const QMetaEnum meta = QMetaEnum::fromType<Enum>();
    bool ok = false;
    const int value = meta.keyToValue(QSettings().value(key).toString().toLatin1().constData(), &ok);
    return ok ? static_cast<Enum>(value) : fallback;
}

template <typename Enum> QString enumName(Enum value)
{
    return QString::fromLatin1(QMetaEnum::fromType<Enum>().valueToKey(static_cast<int>(value)));
}

} // namespace

AppSettings::AppSettings(QObject* parent)
    : QObject(parent)
{}

void AppSettings::store(const QString& key, const QVariant& value)
{
    QSettings settings;
    if (settings.value(key) == value)
        return;
    settings.setValue(key, value);
    Q_EMIT changed();
}

bool AppSettings::reminderEnabled() const
{
    return QSettings().value(ReminderEnabledKey, false).toBool();
}

void AppSettings::setReminderEnabled(bool enabled)
{
    store(ReminderEnabledKey, enabled);
}

QTime AppSettings::reminderTime() const
{
    const QTime time =
        QTime::fromString(QSettings().value(ReminderTimeKey).toString(), QStringLiteral("HH:mm"));
    return time.isValid() ? time : QTime(20, 0);
}

void AppSettings::setReminderTime(const QTime& time)
{
    store(ReminderTimeKey, time.toString(QStringLiteral("HH:mm")));
}

bool AppSettings::remindOnDaysWritten() const
{
    return QSettings().value(RemindOnDaysWrittenKey, false).toBool();
}

void AppSettings::setRemindOnDaysWritten(bool remind)
{
    store(RemindOnDaysWrittenKey, remind);
}

bool AppSettings::searchIgnoresAccents() const
{
    return QSettings().value(IgnoreAccentsKey, true).toBool();
}

void AppSettings::setSearchIgnoresAccents(bool ignores)
{
    store(IgnoreAccentsKey, ignores);
}

bool AppSettings::onThisDayEnabled() const
{
    return QSettings().value(OnThisDayKey, true).toBool();
}

void AppSettings::setOnThisDayEnabled(bool enabled)
{
    store(OnThisDayKey, enabled);
}

int AppSettings::autoLockMinutes() const
{
    bool ok = false;
    const int minutes = QSettings().value(AutoLockKey, DefaultAutoLockMinutes).toInt(&ok);
    return ok && minutes >= 0 ? minutes : DefaultAutoLockMinutes;
}

void AppSettings::setAutoLockMinutes(int minutes)
{
    store(AutoLockKey, qMax(0, minutes));
}

AppSettings::Theme AppSettings::theme() const
{
    return readEnum(ThemeKey, Theme::System);
}

void AppSettings::setTheme(Theme theme)
{
    store(ThemeKey, enumName(theme));
}

int AppSettings::postFontSize() const
{
    const int points = QSettings().value(PostFontSizeKey, 0).toInt();
    return points == 0 ? 0 : qBound(MinimumPostFontSize, points, MaximumPostFontSize);
}

void AppSettings::setPostFontSize(int points)
{
    store(PostFontSizeKey, points == 0 ? 0 : qBound(MinimumPostFontSize, points, MaximumPostFontSize));
}

AppSettings::ClockFormat AppSettings::clockFormat() const
{
    return readEnum(ClockFormatKey, ClockFormat::System);
}

void AppSettings::setClockFormat(ClockFormat format)
{
    store(ClockFormatKey, enumName(format));
}

QByteArray AppSettings::windowGeometry() const
{
    return QSettings().value(WindowGeometryKey).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray& geometry)
{
    QSettings().setValue(WindowGeometryKey, geometry);
}

bool AppSettings::trayNoticeShown() const
{
    return QSettings().value(TrayNoticeKey, false).toBool();
}

void AppSettings::setTrayNoticeShown(bool shown)
{
    // A remembered hint, not a preference: nothing to apply.
    QSettings().setValue(TrayNoticeKey, shown);
}
