#pragma once

#include "core/Importer.h"

#include <QByteArray>

// One run of the importers' readers on arbitrary bytes, shared by the libFuzzer
// targets (built with clang and SOLILOQUY_FUZZ) and the mutation test that runs
// everywhere. It aborts when a reader breaks its promise: a file is either
// refused with a message, or every entry it gives is one Soliloquy can post.
namespace ImporterFuzzTarget {

void runOnce(Importer::Format format, const QByteArray& input);

} // namespace ImporterFuzzTarget
