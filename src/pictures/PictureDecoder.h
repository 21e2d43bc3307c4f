#pragma once

#include <QByteArray>
#include <QImage>
#include <QSize>

// Turns a picture's bytes into pixels, in memory only, on any thread.
namespace PictureDecoder {

// Decodes `bytes` turned as their EXIF orientation says, scaled down (never up) to fit in
// `bound` keeping the aspect ratio; an invalid bound decodes at full size. A null image when
// the bytes do not decode.
QImage decode(const QByteArray& bytes, const QSize& bound = QSize());

} // namespace PictureDecoder
