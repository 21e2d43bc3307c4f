#pragma once

#include "core/Session.h"

#include <QString>

#include <memory>

class Database;

// A journal of realistic posts for the benchmarks: a few words to a few
// paragraphs, some with #tags, spread over several years. The same count
// always gives the same journal.
class SampleJournal
{
public:
    static constexpr const char* Password = "benchmark passphrase";

    // Makes `path` with one account ("bench") and `posts` posts; false on failure.
    static bool make(const QString& path, int posts);
    // The same posts at the same times, every `every`-th with photos (see SamplePhotos), stored
    // as the app stores them: one photo each, or with `grids` also posts of three and four
    // photos, and some of photos alone.
    static bool makeWithPhotos(const QString& path, int posts, int every, bool grids);
    // The text of post number `i` (the same as make() writes).
    static QString textOf(int i);
};
