#include "TaggedPosts.h"

#include "Journal.h"
#include "SearchIndex.h"

TaggedPosts::TaggedPosts(const Journal& journal, const SearchIndex& index, QString tag)
    : m_journal(journal)
    , m_index(index)
    , m_tag(std::move(tag))
{}

QList<Post> TaggedPosts::newest(int count) const
{
    return m_journal.postsWithIds(m_index.taggedIds(m_tag, std::nullopt, true, count));
}

QList<Post> TaggedPosts::olderThan(const Post& anchor, int count) const
{
    return m_journal.postsWithIds(m_index.taggedIds(m_tag, anchor, true, count));
}

QList<Post> TaggedPosts::newerThan(const Post& anchor, int count) const
{
    return m_journal.postsWithIds(m_index.taggedIds(m_tag, anchor, false, count));
}
