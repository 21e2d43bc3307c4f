#pragma once

#include <QString>

// The clipboard for what only the user may read: a post's text, the recovery key. What is
// copied is marked so that clipboard managers keep no history of it (the hint KDE's and
// others' read), and the lock takes it back.
namespace PrivateClipboard {

void copy(const QString& text);
// Empties the clipboard if it still holds what copy() put there, and nothing else.
void takeBack();

} // namespace PrivateClipboard
