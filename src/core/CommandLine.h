#pragma once

#include <QString>
#include <QStringList>

// What the user asked for on the command line, decided before any
// QCoreApplication exists so that main() can pick QApplication only for the GUI.
struct Invocation
{
    enum class Kind
    {
        Gui,
        Verb,
        Version,
        Help,
        Error
    };

    Kind kind = Kind::Gui;
    QString databasePath;      // from --database, empty when not given
    QStringList verbArguments; // the verb and everything after it
    QString errorMessage;
};

namespace CommandLine {

Invocation parse(const QStringList& arguments);
QString helpText();
QString versionText();

} // namespace CommandLine
