#pragma once

#include <QStringList>
#include <QTextStream>

// `soliloquy db status|upgrade|check|backup FILE|restore FILE`.
namespace DbCommand {

int run(const QString& databasePath, const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace DbCommand
