#pragma once

#include <QString>
#include <QtGlobal>

// One post found by a search.
struct SearchHit
{
    qint64 postId = 0;
    qint64 createdAt = 0;
    QString text;        // the whole post
    QString snippetHtml; // an excerpt around the first match, matches in <b>, the rest escaped
};
