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
    // The text of post number `i` (the same as make() writes).
    static QString textOf(int i);
};
