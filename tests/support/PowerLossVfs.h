#pragma once

#include <QtGlobal>

// A SQLite VFS over the system's default one that keeps, for every file, the bytes each
// write replaced since that file's last xSync. A power cut is then simulated: those
// bytes are put back (what the disk would hold had the machine lost power) and the
// process ends at once, closing nothing. Registered as the default VFS, it is used by
// every connection the process opens, Qt's QSQLITE ones included.
//
// Cut points are counted over writes, truncations and syncs of every file, and over
// renames (rename and renameat2, which QFile::rename calls): the operation numbered
// `cutAt` (1-based) does not happen; the power goes before it. File creation, deletion
// and renames are taken as durable once done.
namespace PowerLossVfs {

// Registers the VFS as the default; `cutAt` 0 never cuts.
bool install(qint64 cutAt);
// How many operations were counted so far.
qint64 operations();

} // namespace PowerLossVfs
