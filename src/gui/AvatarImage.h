#pragma once

#include <QByteArray>
#include <QImage>
#include <QPixmap>
#include <QString>

// Avatars are stored as 256 px square PNGs, cropped from the middle of the chosen image.
namespace AvatarImage {

constexpr int StoredSize = 256;

QByteArray squarePngFromFile(const QString& path); // empty when the file is no image
QImage squareCropped(const QImage& image, int size);
// An account's picture: its stored PNG, or where it has none the identicon of its email,
// `identiconSize` pixels square.
QImage ofAccount(const QByteArray& png, const QString& email, int identiconSize);
// What a form shows of the avatar it edits: ofAccount(), `logicalSize` pixels square on a screen of
// `devicePixelRatio`.
QPixmap preview(const QByteArray& png, const QString& email, int logicalSize, qreal devicePixelRatio);

} // namespace AvatarImage
