#pragma once

#include <QStringList>
#include <QTextStream>

// `soliloquy register --username U --email E`, `soliloquy write --username U [TEXT...]`
// and `soliloquy search --username U WORDS...`.
namespace AccountCommands {

int registerAccount(const QString& databasePath, const QStringList& arguments, QTextStream& out,
                    QTextStream& err);
int write(const QString& databasePath, const QStringList& arguments, QTextStream& out, QTextStream& err);
// Prints the matching posts, newest first: the date, then the text.
int search(const QString& databasePath, const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace AccountCommands
