#pragma once

#include "PostSource.h"

#include <QString>

class Journal;
class SearchIndex;

// The posts with one tag, paged like the whole journal: the index finds their
// ids by keyset, the journal opens them.
class TaggedPosts : public PostSource
{
public:
    TaggedPosts(const Journal& journal, const SearchIndex& index, QString tag);

    QString tag() const { return m_tag; }
    QList<Post> newest(int count) const override;
    QList<Post> olderThan(const Post& anchor, int count) const override;
    QList<Post> newerThan(const Post& anchor, int count) const override;

private:
    const Journal& m_journal;
    const SearchIndex& m_index;
    QString m_tag;
};
