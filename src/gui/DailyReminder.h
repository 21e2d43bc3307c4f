#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <functional>

class AppSettings;

// Watches the clock while the app runs: says when the reminder time of the day
// has come (once a day, only when it passes while Soliloquy runs, so starting
// late in the evening does not nag), and when a new day has begun.
class DailyReminder : public QObject
{
    Q_OBJECT

public:
    // How often the clock is looked at; the reminder comes at most this late.
    static constexpr int CheckIntervalMs = 15 * 1000;

    explicit DailyReminder(const AppSettings& settings, std::function<QDateTime()> clock = nullptr,
                           QObject* parent = nullptr);

    // Looks at the clock now (the timer calls this every CheckIntervalMs).
    void check();
    QDateTime now() const { return m_clock(); }
    // Test hook: another clock, so that a test need not wait for the evening.
    void setClock(std::function<QDateTime()> clock);
    // Test hook: look at the clock this often instead.
    void setCheckIntervalForTesting(int milliseconds) { m_timer.setInterval(milliseconds); }

Q_SIGNALS:
    void reminderDue();
    void dayStarted(const QDate& day);

private:
    const AppSettings& m_settings;
    std::function<QDateTime()> m_clock;
    QTimer m_timer;
    QDateTime m_lastCheck;
};
