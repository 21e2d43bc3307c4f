#pragma once

#include <QByteArray>
#include <QList>

// Photos for the benchmarks: 1600x1200 JPEGs of made-up landscapes (sky, hills, a sun, grain),
// as large and as slow to decode as a camera's. The same number always gives the same photo.
class SamplePhotos
{
public:
    static constexpr int Width = 1600;
    static constexpr int Height = 1200;
    // How many different photos there are. Stored once by content, a photo shown by several
    // posts is still decoded for each of them (the chat's cache holds pictures by attachment).
    static constexpr int Drawn = 12;

    SamplePhotos();
    // Photo number `i` (any i >= 0): one of the Drawn.
    QByteArray photo(int i) const;

private:
    QList<QByteArray> m_drawn;
};
