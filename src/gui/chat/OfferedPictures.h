#pragma once

#include "pictures/PictureFile.h"

#include <QList>

class QMimeData;

// What a paste or a drop brings to the composer when it is pictures rather than text: files
// (from a file manager: each checked, and refused when it is no picture), or a picture itself
// (copied from an image viewer or a browser).
namespace OfferedPictures {

// True when `data` holds local files or a picture.
bool in(const QMimeData* data);
// The files and the picture of `data`, each checked (a refused one says why in error()).
QList<PictureFile> from(const QMimeData* data);

} // namespace OfferedPictures
