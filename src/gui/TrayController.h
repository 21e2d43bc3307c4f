#pragma once

#include <QObject>

#include <functional>
#include <memory>

class QAction;
class QMenu;
class QSystemTrayIcon;

// Soliloquy's icon in the system tray: its menu (Write..., Lock, Quit) and the
// notifications. Where the desktop has no tray, notifications go to a fallback
// (the window's status bar) and closing the window quits as before.
class TrayController : public QObject
{
    Q_OBJECT

public:
    using Notifier = std::function<void(const QString& title, const QString& message)>;

    explicit TrayController(QObject* parent = nullptr);
    ~TrayController() override;

    // Whether there is a tray to live in: then closing the window only hides it.
    bool isAvailable() const { return m_available; }
    QMenu* menu() const { return m_menu.get(); }
    QAction* writeAction() const { return m_writeAction; }
    QAction* lockAction() const { return m_lockAction; }
    QAction* quitAction() const { return m_quitAction; }

    // Lock makes no sense while locked.
    void setLocked(bool locked);
    // A notification: a tray message where there is a tray, else the fallback.
    void notify(const QString& title, const QString& message);
    void setFallbackNotifier(Notifier notifier) { m_fallback = std::move(notifier); }

    // Test hooks: pretend there is (or is not) a tray; catch every notification.
    void setAvailableForTesting(bool available);
    void setNotifierForTesting(Notifier notifier) { m_testNotifier = std::move(notifier); }

Q_SIGNALS:
    void availabilityChanged(bool available);
    void writeRequested();
    void lockRequested();
    void quitRequested();

private:
    std::unique_ptr<QMenu> m_menu; // a menu has no parent widget here, so it is owned
    QSystemTrayIcon* m_icon;
    QAction* m_writeAction;
    QAction* m_lockAction;
    QAction* m_quitAction;
    bool m_available;
    Notifier m_fallback;
    Notifier m_testNotifier;
};
