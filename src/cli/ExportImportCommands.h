#pragma once

#include <QStringList>
#include <QTextStream>

// `soliloquy export --username U --format json|markdown|html --output FILE` and
// `soliloquy import --username U --format soliloquy|jrnl|dayone FILE`.
namespace ExportImportCommands {

int exportJournal(const QString& databasePath, const QStringList& arguments, QTextStream& out,
                  QTextStream& err);
int importFile(const QString& databasePath, const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace ExportImportCommands
