#pragma once

#include "core/Exporter.h"
#include "core/Importer.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>

class QLabel;
class QProgressBar;
class QStatusBar;
class QToolButton;

// Runs an export or an import of the window's journal on a worker thread, with its own
// connection to the journal (read only for an export), so that the window keeps answering
// while a large journal or file is worked through. Progress shows in the window's status bar,
// beside a Cancel button, without taking the focus from what the user is doing; Cancel (or a
// lock, which cancels) stops the work: an import then rolls back whole, an export leaves no
// file. One runs at a time.
class TransferRunner : public QObject
{
    Q_OBJECT

public:
    explicit TransferRunner(QStatusBar* statusBar);
    // Cancels work still running and waits for it to roll back.
    ~TransferRunner() override;

    bool isRunning() const { return m_running; }
    // An import holds the journal's write lock until it is done: the window's writes wait.
    bool isImporting() const { return m_running && m_importing; }

    // The worker gets its own copy of the session (and so of the key), wiped when it is done.
    void startExport(const QString& databasePath, const Session& session, const QString& path,
                     Exporter::Format format);
    void startImport(const QString& databasePath, const Session& session, const QString& path,
                     Importer::Format format);
    // Stops the work at its next entry; `exported` or `imported` follow, saying it was cancelled.
    void cancel();
    // Cancels and waits for the worker (the window closes for good).
    void cancelAndWait();

Q_SIGNALS:
    void exported(const QString& path, const Exporter::Result& result);
    void imported(const QString& path, const Importer::Result& result);

private:
    // The progress callback the worker calls: it tells this object on its own thread, once per
    // percent, and says whether to go on.
    std::function<bool(qint64, qint64)> progressForWorker();
    void begin(const QString& label, bool importing);
    void showPercent(int percent);
    void end();

    QWidget* m_progress; // in the status bar while work runs
    QLabel* m_label;
    QProgressBar* m_bar;
    QToolButton* m_cancelButton;
    QFutureWatcher<Exporter::Result> m_export;
    QFutureWatcher<Importer::Result> m_import;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    QString m_path;
    bool m_running = false;
    bool m_importing = false;
};
