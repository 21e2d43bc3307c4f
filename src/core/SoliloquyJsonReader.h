#pragma once

#include "ImportedEntry.h"

#include <QByteArray>

// Reads Soliloquy's own JSON export (see Exporter): every post with its times,
// text and attachments, and the account's avatar.
class SoliloquyJsonReader
{
public:
    static constexpr const char* FormatName = "soliloquy-journal";
    static constexpr int FormatVersion = 1;

    static ImportBatch read(const QByteArray& json);
};
