#pragma once

#include <QObject>

class QFileSystemWatcher;

// One running Soliloquy per journal file. The running window holds the journal's
// lock and watches a request folder beside it; a start that finds the journal
// locked drops its request ("show", or "write" to focus the composer) there as a
// file, waits for the window to take it, and exits. Files, not a local socket:
// Qt Core does this alone, and Qt Network's libraries would slow every launch.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    static inline const QString ShowRequest = QStringLiteral("show");
    static inline const QString WriteRequest = QStringLiteral("write");

    explicit SingleInstance(const QString& databasePath, QObject* parent = nullptr);
    ~SingleInstance() override;

    // The request folder of a journal: the same file reached by another path
    // (a symlink, "..") meets the same instance.
    static QString requestFolderFor(const QString& databasePath);

    // Passes `request` to the window that has the journal open. True when it took
    // it; false when none took it in time (a command-line verb holds the journal,
    // or the window hangs): the request is then withdrawn.
    bool handOver(const QString& request, int timeoutMs = 3000) const;
    // Takes requests from later starts. Call once this start holds the journal.
    bool listen();

Q_SIGNALS:
    void requestReceived(const QString& request);

private:
    void takeRequests();

    QString m_requestFolder;
    QFileSystemWatcher* m_watcher = nullptr;
};
