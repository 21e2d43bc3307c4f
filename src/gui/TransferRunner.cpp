#include "TransferRunner.h"

#include "pictures/PictureFile.h"
#include "storage/ReadOnlyConnection.h"
#include "storage/WorkerConnection.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QSqlError>
#include <QStatusBar>
#include <QToolButton>
#include <QtConcurrentRun>

namespace {

constexpr int Percent = 100;

} // namespace

TransferRunner::TransferRunner(QStatusBar* statusBar)
    : QObject(statusBar)
    , m_progress(new QWidget(statusBar))
    , m_label(new QLabel(m_progress))
    , m_bar(new QProgressBar(m_progress))
    , m_cancelButton(new QToolButton(m_progress))
{
    m_progress->setObjectName(QStringLiteral("transferProgress"));
    m_bar->setRange(0, Percent);
    m_bar->setMaximumWidth(160);
    m_cancelButton->setObjectName(QStringLiteral("cancelTransferButton"));
    m_cancelButton->setText(tr("Cancel"));
    auto* layout = new QHBoxLayout(m_progress);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancelButton);
    statusBar->addPermanentWidget(m_progress);
    m_progress->hide();
    connect(m_cancelButton, &QToolButton::clicked, this, &TransferRunner::cancel);
    connect(&m_export, &QFutureWatcherBase::finished, this, [this] {
        const Exporter::Result result = m_export.result();
        end();
        Q_EMIT exported(m_path, result);
    });
    connect(&m_import, &QFutureWatcherBase::finished, this, [this] {
        const Importer::Result result = m_import.result();
        end();
        Q_EMIT imported(m_path, result);
    });
}

TransferRunner::~TransferRunner()
{
    cancelAndWait();
}

void TransferRunner::startExport(const QString& databasePath, const Session& session, const QString& path,
                                 Exporter::Format format)
{
    if (m_running)
        return;
    m_path = path;
    begin(tr("Exporting the journal…"), false);
    m_export.setFuture(
        QtConcurrent::run([databasePath, session, path, format, progress = progressForWorker()] {
            // Read only: the window's connection goes on writing (a post sent meanwhile may or
            // may not be in the file, as with an export from a terminal).
            ReadOnlyConnection connection(databasePath);
            if (!connection.isOpen()) {
                Exporter::Result failed;
                failed.error = connection.database().lastError().text();
                return failed;
            }
            Exporter exporter(connection.database(), session);
            return exporter.exportTo(path, format, progress);
        }));
}

void TransferRunner::startImport(const QString& databasePath, const Session& session, const QString& path,
                                 Importer::Format format)
{
    if (m_running)
        return;
    m_path = path;
    begin(tr("Importing…"), true);
    m_import.setFuture(
        QtConcurrent::run([databasePath, session, path, format, progress = progressForWorker()] {
            WorkerConnection connection(databasePath);
            if (!connection.isOpen()) {
                Importer::Result failed;
                failed.error = connection.error();
                return failed;
            }
            Importer importer(connection.database(), session);
            importer.setPictureSizer(&PictureFile::sizeOf);
            return importer.importFile(path, format, progress);
        }));
}

std::function<bool(qint64, qint64)> TransferRunner::progressForWorker()
{
    auto shownPercent = std::make_shared<std::atomic_int>(-1);
    return [this, cancelled = m_cancelled, shownPercent](qint64 done, qint64 total) {
        const int percent = total > 0 ? int(done * Percent / total) : 0;
        // This object outlives the worker (its destructor waits), and a call queued to it
        // after it is gone is dropped.
        if (shownPercent->exchange(percent) != percent)
            QMetaObject::invokeMethod(this, [this, percent] { showPercent(percent); }, Qt::QueuedConnection);
        return !cancelled->load();
    };
}

void TransferRunner::begin(const QString& label, bool importing)
{
    m_running = true;
    m_importing = importing;
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    m_label->setText(label);
    m_bar->setValue(0);
    m_cancelButton->setEnabled(true);
    m_progress->show();
}

void TransferRunner::showPercent(int percent)
{
    if (m_running)
        m_bar->setValue(percent);
}

void TransferRunner::cancel()
{
    if (!m_running)
        return;
    m_cancelled->store(true);
    m_cancelButton->setEnabled(false); // said once; the work stops at its next entry
}

void TransferRunner::cancelAndWait()
{
    cancel();
    m_export.waitForFinished();
    m_import.waitForFinished();
}

void TransferRunner::end()
{
    m_running = false;
    m_importing = false;
    m_progress->hide();
}
