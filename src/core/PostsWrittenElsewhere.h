#pragma once

#include "Post.h"

#include <QList>
#include <QObject>
#include <QTimer>

class Journal;
class Session;

// Posts that another process wrote into the open journal: `soliloquy write` or an
// import from a terminal while the window is open. It looks twice a second whether
// anyone else committed to the file (a cheap pragma), and only then for new posts.
class PostsWrittenElsewhere : public QObject
{
    Q_OBJECT

public:
    static constexpr int CheckIntervalMs = 500;

    PostsWrittenElsewhere(const Journal& journal, const Session& session, QObject* parent = nullptr);

    // Looks now (the timer calls this every CheckIntervalMs).
    void check();

Q_SIGNALS:
    // New posts of the account, oldest first; some may be this process's own, which the
    // receiver already has.
    void arrived(const QList<Post>& posts);

private:
    const Journal& m_journal;
    const Session& m_session;
    QTimer m_timer;
    qint64 m_changes = -1;
    qint64 m_highestId = 0;
};
