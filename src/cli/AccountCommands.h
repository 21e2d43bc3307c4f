#pragma once

#include <QStringList>
#include <QTextStream>

// `soliloquy register --username U --email E` and `soliloquy write --username U [TEXT...]`.
namespace AccountCommands {

int registerAccount(const QString& databasePath, const QStringList& arguments, QTextStream& out,
                    QTextStream& err);
int write(const QString& databasePath, const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace AccountCommands
