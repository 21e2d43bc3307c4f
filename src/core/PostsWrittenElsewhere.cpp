#include "PostsWrittenElsewhere.h"

#include "Journal.h"
#include "Session.h"

#include "storage/PostRepository.h"

PostsWrittenElsewhere::PostsWrittenElsewhere(const Journal& journal, const Session& session, QObject* parent)
    : QObject(parent)
    , m_journal(journal)
    , m_session(session)
{
    const PostRepository posts(m_journal.database());
    m_changes = posts.changesByOthers();
    m_highestId = posts.highestIdForUser(m_session.userId());
    m_timer.setInterval(CheckIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &PostsWrittenElsewhere::check);
    m_timer.start();
}

void PostsWrittenElsewhere::check()
{
    const PostRepository posts(m_journal.database());
    const qint64 changes = posts.changesByOthers();
    if (changes == m_changes || !m_session.isUnlocked())
        return;
    m_changes = changes;
    const QList<qint64> ids = posts.idsForUserAbove(m_session.userId(), m_highestId);
    if (ids.isEmpty())
        return;
    m_highestId = ids.constLast();
    // In pages: an import from a terminal can bring thousands at once.
    constexpr qsizetype PageSize = 500;
    for (qsizetype from = 0; from < ids.size(); from += PageSize) {
        const QList<Post> arrived = m_journal.postsWithIds(ids.mid(from, PageSize));
        if (!arrived.isEmpty())
            Q_EMIT this->arrived(arrived);
    }
}
