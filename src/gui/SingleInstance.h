#pragma once

#include <QObject>

#include <memory>

class QFileSystemWatcher;
class QLockFile;

// One running Soliloquy per journal file. The running window holds a lock file
// beside the journal and watches a request folder; a second start drops its
// request ("show", or "write" to focus the composer) there as a file, waits for
// the window to take it, and exits. Files, not a local socket: Qt Core does
// this alone, and Qt Network's libraries would slow every launch.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    static inline const QString ShowRequest = QStringLiteral("show");
    static inline const QString WriteRequest = QStringLiteral("write");

    explicit SingleInstance(const QString& databasePath, QObject* parent = nullptr);
    ~SingleInstance() override;

    // The lock file and request folder of a journal: the same file reached by
    // another path (a symlink, "..") meets the same instance.
    static QString lockPathFor(const QString& databasePath);
    static QString requestFolderFor(const QString& databasePath);

    // Passes `request` to a running instance. True when one took it; false when
    // none runs (this object then holds the lock) or it did not answer in time.
    bool handOver(const QString& request, int timeoutMs = 3000);
    // Takes requests from later starts. Call only after handOver() found nobody.
    bool listen();

Q_SIGNALS:
    void requestReceived(const QString& request);

private:
    bool takeLock();
    void takeRequests();

    QString m_lockPath;
    QString m_requestFolder;
    std::unique_ptr<QLockFile> m_lock;
    QFileSystemWatcher* m_watcher = nullptr;
};
