#pragma once

#include <QString>

// Moves a journal that no one has open, with its write-ahead log and its backups,
// to a new path in the same file system. Each step is one rename, in an order that
// a crash at any point cannot undo: the log goes before the journal, and a move cut
// short is finished by the next one. Nothing is copied and nothing is overwritten.
namespace JournalMove {

enum class Outcome
{
    Moved,
    NothingToMove, // no journal at `from`
    Refused        // the journal stays at `from`: open elsewhere, or something in the way
};

Outcome move(const QString& from, const QString& to);

} // namespace JournalMove
