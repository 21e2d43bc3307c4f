#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>

// Overwrites secrets (password bytes, keys, recovery key text) before their memory is given
// back. Qt shares a QByteArray's or QString's buffer between copies: only a buffer this
// holder alone owns is overwritten, since another holder may still need it. A shared one is
// left to its last holder, and where that is Qt itself (a line edit's text), nothing is wiped.
namespace Wipe {

void memory(void* data, std::size_t size);
// Zeroes the buffer when `bytes` alone holds it, then empties `bytes`.
void bytes(QByteArray& bytes);
// The same for text; the emptied string keeps its zeroed buffer until it goes.
void text(QString& text);

} // namespace Wipe
