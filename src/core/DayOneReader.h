#pragma once

#include "ImportedEntry.h"

#include <QByteArray>
#include <QSet>
#include <QString>

// Reads Day One's JSON export (Journal.json, alone or inside the export's ZIP):
//   {"metadata": {"version": "1.0"},
//    "entries": [{"uuid": "...", "creationDate": "2024-01-05T09:30:00Z", "modifiedDate": "...",
//                 "timeZone": "Europe/Lisbon", "text": "...", "starred": true, "tags": ["..."],
//                 "photos": [{"identifier": "...", "md5": "...", "type": "jpeg"}, ...]}, ...]}
// A photo is the file photos/<md5>.<type> of the ZIP; the text shows it as
// ![](dayone-moment://<identifier>), which becomes a reference to the attachment.
class DayOneReader
{
public:
    // `archiveFiles`: the names of the files beside Journal.json in the ZIP (empty for a bare
    // Journal.json). Photos not among them are named in the text as left out.
    static ImportBatch read(const QByteArray& json, const QSet<QString>& archiveFiles = {});
};
