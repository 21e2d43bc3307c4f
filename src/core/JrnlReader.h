#pragma once

#include "ImportedEntry.h"

#include <QByteArray>

// Reads jrnl's JSON export (`jrnl --export json`):
//   {"tags": {"@tag": count, ...},
//    "entries": [{"date": "2024-01-05", "time": "09:30", "title": "...", "body": "...",
//                 "tags": ["@tag"], "starred": false}, ...]}
// jrnl writes local times without a zone; they are taken in this computer's time zone.
class JrnlReader
{
public:
    static ImportBatch read(const QByteArray& json);
};
