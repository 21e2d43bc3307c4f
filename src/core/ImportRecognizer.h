#pragma once

#include "Importer.h"

#include <QString>

#include <optional>

// Tells from a file's content which journal export it is, so that nobody has to
// say: a ZIP archive is Day One's, and a JSON file is Soliloquy's, jrnl's or Day
// One's by the fields it starts with. The readers still check the whole file.
namespace ImportRecognizer {

struct Recognised
{
    std::optional<Importer::Format> format;
    QString error; // when there is no format: what the file looks like, and what was expected
};

Recognised recognise(const QString& path);

// Why a file is not the format the user named, in one sentence; empty when it is.
QString mismatch(Importer::Format named, const Recognised& found);

// "a Soliloquy export", "a jrnl export", "a Day One export"
QString describe(Importer::Format format);

} // namespace ImportRecognizer
