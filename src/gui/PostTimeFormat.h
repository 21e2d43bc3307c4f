#pragma once

#include "gui/AppSettings.h"

#include <QString>

class QTime;

// How a post's time reads, in the clock format the user chose (Settings > Clock): beside the
// post in the chat, in search results, on the profile card and in the settings' examples.
// Hours and minutes only, in the user's language.
class PostTimeFormat
{
public:
    explicit PostTimeFormat(AppSettings::ClockFormat clockFormat = AppSettings::ClockFormat::System);

    AppSettings::ClockFormat clockFormat() const { return m_clockFormat; }
    // The time of day of a post written at `createdAt` (milliseconds since the epoch, local time).
    QString timeOf(qint64 createdAt) const;
    // The day in the short format, then the time as beside the post.
    QString dayAndTimeOf(qint64 createdAt) const;

    // Hours and minutes of `time` in a clock format.
    static QString format(const QTime& time, AppSettings::ClockFormat clockFormat);
    // The QLocale time pattern of a clock format.
    static QString pattern(AppSettings::ClockFormat clockFormat);

private:
    AppSettings::ClockFormat m_clockFormat;
    QString m_pattern; // worked out once: every painted post shows a time
};
