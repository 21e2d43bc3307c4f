#include "UpgradeProgress.h"

#include <QElapsedTimer>
#include <QProgressBar>
#include <QProgressDialog>
#include <QWindow>

namespace {

constexpr int StepCount = 3;
constexpr int LongestWaitForScreenMs = 300;

} // namespace

UpgradeProgress::UpgradeProgress() = default;

UpgradeProgress::~UpgradeProgress() = default;

void UpgradeProgress::show(Database::UpgradeStep step)
{
    if (!m_window) {
        m_window = std::make_unique<QProgressDialog>();
        m_window->setObjectName(QStringLiteral("upgradeProgress"));
        m_window->setWindowTitle(tr("Upgrading Soliloquy"));
        // An upgrade is one transaction after its backup: stopping it halfway would gain nothing.
        m_window->setCancelButton(nullptr);
        // Steps done, without a percentage: the steps are not of one length.
        auto* bar = new QProgressBar;
        bar->setTextVisible(false);
        m_window->setBar(bar);
        m_window->setRange(0, StepCount);
        m_window->setMinimumDuration(0);
        m_window->setMinimumWidth(420);
    }
    QString text;
    switch (step) {
    case Database::UpgradeStep::Checking:
        text = tr("Checking your journal for damage before it is upgraded…");
        break;
    case Database::UpgradeStep::BackingUp:
        text = tr("Backing up your journal as it was…");
        break;
    case Database::UpgradeStep::Upgrading:
        text = tr("Upgrading your journal for this version of Soliloquy…");
        break;
    }
    const int done = static_cast<int>(step); // the steps are declared in their order
    m_window->setLabelText(tr("%1\n\nStep %2 of %3. A large journal takes a while; nothing is lost if "
                              "this is interrupted.")
                               .arg(text)
                               .arg(done + 1)
                               .arg(StepCount));
    m_window->setValue(done);
    m_window->show();
    // Painted before the step blocks this thread: on X11 or Wayland the window is mapped a
    // round trip after show(), so its events are waited for (a moment at most).
    QElapsedTimer waited;
    waited.start();
    while (!(m_window->windowHandle() && m_window->windowHandle()->isExposed()) &&
           waited.elapsed() < LongestWaitForScreenMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    m_window->repaint();
    QCoreApplication::processEvents();
}

void UpgradeProgress::close()
{
    m_window.reset();
}
