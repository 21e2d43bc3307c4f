#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace TestSupport {

// The folder holding the built soliloquy executable.
QString binaryDirectory();

struct ProcessResult
{
    int exitCode = -1;
    QString standardOutput;
    QString standardError;
};

// Runs the real soliloquy executable without a display, feeding `input` to its stdin.
ProcessResult runSoliloquy(const QStringList& arguments, const QByteArray& input = {},
                           const QProcessEnvironment& extraEnvironment = {});

} // namespace TestSupport
