#pragma once

#include <QObject>
#include <QTime>

// The user's preferences, kept with QSettings. Every setter stores at once and
// emits changed(), so that whoever shows a setting applies it live.
class AppSettings : public QObject
{
    Q_OBJECT

public:
    enum class Theme
    {
        System,
        Light,
        Dark
    };
    Q_ENUM(Theme)

    enum class ClockFormat
    {
        System,
        TwelveHour,
        TwentyFourHour
    };
    Q_ENUM(ClockFormat)

    static constexpr int DefaultAutoLockMinutes = 10;
    static constexpr int MinimumPostFontSize = 8;
    static constexpr int MaximumPostFontSize = 28;

    explicit AppSettings(QObject* parent = nullptr);

    bool reminderEnabled() const;
    void setReminderEnabled(bool enabled);
    QTime reminderTime() const;
    void setReminderTime(const QTime& time);
    bool onThisDayEnabled() const;
    void setOnThisDayEnabled(bool enabled);
    int autoLockMinutes() const; // 0 = never
    void setAutoLockMinutes(int minutes);
    Theme theme() const;
    void setTheme(Theme theme);
    int postFontSize() const; // in points; 0 = the system's font size
    void setPostFontSize(int points);
    ClockFormat clockFormat() const;
    void setClockFormat(ClockFormat format);
    bool searchIgnoresAccents() const; // on unless turned off
    void setSearchIgnoresAccents(bool ignores);

    // Whether the user was already told that closing the window keeps Soliloquy in the tray.
    bool trayNoticeShown() const;
    void setTrayNoticeShown(bool shown);

Q_SIGNALS:
    void changed();

private:
    void store(const QString& key, const QVariant& value);
};
