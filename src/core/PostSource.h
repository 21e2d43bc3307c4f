#pragma once

#include "Post.h"

#include <QList>

// Where the chat pages its posts from: the whole journal, or the posts with a
// tag. Pages are by keyset on (created_at, id) and each list is oldest first.
class PostSource
{
public:
    virtual ~PostSource() = default;

    virtual QList<Post> newest(int count) const = 0;
    virtual QList<Post> olderThan(const Post& anchor, int count) const = 0;
    virtual QList<Post> newerThan(const Post& anchor, int count) const = 0;
};
