#pragma once

#include <QByteArray>
#include <QImage>
#include <QSize>

// Holiday photos painted for the screenshots: a sunset over the sea, a lake below mountains and
// a street of tiled houses, as JPEGs a camera could have written.
namespace SamplePhotos {

enum class Scene
{
    SunsetSea,
    MountainLake,
    TiledStreet,
};

QImage paint(Scene scene, const QSize& size);
QByteArray jpeg(Scene scene, const QSize& size);

} // namespace SamplePhotos
