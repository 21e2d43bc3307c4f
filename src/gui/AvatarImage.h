#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>

// Avatars are stored as 256 px square PNGs, cropped from the middle of the chosen image.
namespace AvatarImage {

constexpr int StoredSize = 256;

QByteArray squarePngFromFile(const QString& path); // empty when the file is no image
QImage squareCropped(const QImage& image, int size);

} // namespace AvatarImage
