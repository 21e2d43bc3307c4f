#include "UpgradeProgress.h"

#include <QProgressBar>
#include <QProgressDialog>
#include <QtConcurrentRun>

namespace {

constexpr int StepCount = 3;

} // namespace

UpgradeProgress::UpgradeProgress()
{
    connect(&m_upgrade, &QFutureWatcherBase::finished, this, [this] {
        m_window.reset();
        Q_EMIT finished(m_upgrade.result());
    });
}

UpgradeProgress::~UpgradeProgress()
{
    // An upgrade is one transaction after its backup: it is let finish, not stopped halfway.
    m_upgrade.waitForFinished();
}

void UpgradeProgress::start(const QString& databasePath, IntegrityCheck* check)
{
    m_upgrade.setFuture(QtConcurrent::run([this, databasePath, check] {
        Database database(databasePath);
        Database::Options options;
        options.integrityCheck = check;
        options.upgradeProgress = [this](Database::UpgradeStep step) {
            QMetaObject::invokeMethod(this, [this, step] { show(step); }, Qt::QueuedConnection);
        };
        return database.open(options);
    }));
}

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
        // Its closing must not end Soliloquy: the login follows.
        m_window->setAttribute(Qt::WA_QuitOnClose, false);
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
    Q_EMIT stepShown(step);
}
