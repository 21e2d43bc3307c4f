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
    // Whether the reminder comes also on a day the user already wrote (off: it does not).
    bool remindOnDaysWritten() const;
    void setRemindOnDaysWritten(bool remind);
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

    // Where the window was and how large, as QWidget::saveGeometry() gives it; storing it
    // changes no setting that anyone shows, so it emits nothing.
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);

    // Whether the user was already told that closing the window keeps Soliloquy in the tray.
    bool trayNoticeShown() const;
    void setTrayNoticeShown(bool shown);

Q_SIGNALS:
    void changed();

private:
    void store(const QString& key, const QVariant& value);
};
