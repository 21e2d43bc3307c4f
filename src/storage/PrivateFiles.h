#pragma once

#include <QString>

// A journal's files are readable by their owner alone, whatever the umask: the journal,
// its -wal, -shm and .lock, every backup and every journal set aside are mode 0600, and
// the folders Soliloquy makes for them 0700. (SQLite gives -wal and -shm the mode of
// their database, so a journal made 0600 keeps its companions private too.)
namespace PrivateFiles {

// Makes `folder` and each missing parent, every new one 0700; true when it exists after.
bool makeFolder(const QString& folder);
// Creates `file` empty and 0600 unless it exists (SQLite then writes into it); false
// when it can be neither found nor made.
bool createFile(const QString& file);
// Sets `file` to 0600 where it exists.
void restrict(const QString& file);
// Sets the journal, its -wal, -shm and .lock, and its backups (files 0600, folders 0700)
// where they exist: a journal of an earlier version may have been made readable by all.
void restrictJournal(const QString& journal);

} // namespace PrivateFiles
