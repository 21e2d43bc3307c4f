#pragma once

#include "core/CommandLine.h"

#include <QTextStream>

// Runs a command-line verb (no display needed) and returns the process exit status.
namespace CommandRunner {

int run(const Invocation& invocation, QTextStream& out, QTextStream& err);

} // namespace CommandRunner
