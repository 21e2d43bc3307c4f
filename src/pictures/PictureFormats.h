#pragma once

#include <QByteArray>

// The picture formats Soliloquy reads, whatever image plugins the computer has. Plugins for
// many more formats may be installed (Photoshop, GIMP, EPS through Ghostscript, camera raw);
// each is more code that a hostile file could reach, so only the formats of photos and
// pictures people share are decoded.
namespace PictureFormats {

// Whether `format` (as QImageReader names it, e.g. "jpeg") is one of them.
bool isAllowed(const QByteArray& format);

} // namespace PictureFormats
