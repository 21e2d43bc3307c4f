#pragma once

#include <QString>

#include <cstdio>

// Reads a password for a command-line verb: from the terminal without echo, or,
// with --password-stdin, the first line of standard input.
namespace PasswordPrompt {

// Returns false when no password could be read (end of input, no terminal).
bool readFromTerminal(const QString& prompt, QString* password);
bool readLine(std::FILE* stream, QString* line);

} // namespace PasswordPrompt
