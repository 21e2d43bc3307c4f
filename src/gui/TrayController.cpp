#include "TrayController.h"

#include <QMenu>
#include <QSystemTrayIcon>

TrayController::TrayController(QObject* parent)
    : QObject(parent)
    , m_menu(std::make_unique<QMenu>())
    , m_icon(new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/soliloquy.svg")), this))
    , m_available(QSystemTrayIcon::isSystemTrayAvailable())
{
    m_writeAction = m_menu->addAction(tr("&Write…"), this, &TrayController::writeRequested);
    m_writeAction->setObjectName(QStringLiteral("actionTrayWrite"));
    m_lockAction = m_menu->addAction(tr("&Lock"), this, &TrayController::lockRequested);
    m_lockAction->setObjectName(QStringLiteral("actionTrayLock"));
    m_menu->addSeparator();
    m_quitAction = m_menu->addAction(tr("&Quit"), this, &TrayController::quitRequested);
    m_quitAction->setObjectName(QStringLiteral("actionTrayQuit"));

    m_icon->setToolTip(tr("Soliloquy"));
    m_icon->setContextMenu(m_menu.get());
    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            Q_EMIT writeRequested();
    });
    connect(m_icon, &QSystemTrayIcon::messageClicked, this, &TrayController::writeRequested);
    m_icon->setVisible(m_available);
}

TrayController::~TrayController()
{
    m_icon->hide();
}

void TrayController::setLocked(bool locked)
{
    m_lockAction->setEnabled(!locked);
}

void TrayController::setAvailableForTesting(bool available)
{
    m_available = available;
    Q_EMIT availabilityChanged(available);
}

void TrayController::notify(const QString& title, const QString& message)
{
    if (m_testNotifier)
        m_testNotifier(title, message);
    else if (m_available && m_icon->isVisible() && QSystemTrayIcon::supportsMessages())
        m_icon->showMessage(title, message, QIcon(QStringLiteral(":/icons/soliloquy.svg")));
    else if (m_fallback)
        m_fallback(title, message);
}
