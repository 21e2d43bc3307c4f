#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

// A decoder of raw DEFLATE data (RFC 1951), the compression of ZIP entries.
// Written here because Qt offers no public way to read raw DEFLATE and the
// build has no zlib headers. Every read is bounds-checked, and the output may
// not grow beyond a limit, so a damaged or hostile input only gives an error.
class Inflater
{
public:
    // The decompressed bytes, or nothing (with `error` set) when the data is
    // damaged or would decompress to more than `maxOutput` bytes.
    static std::optional<QByteArray> inflate(QByteArrayView input, qsizetype maxOutput, QString* error);
};
