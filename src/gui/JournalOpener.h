#pragma once

#include <QString>

#include <memory>

class Database;
class QWidget;

// Opens the journal for the window. When the file is damaged and a backup
// exists, it offers to restore the newest one; every other refusal is shown
// in plain words and the file is left as it was.
namespace JournalOpener {

std::unique_ptr<Database> open(const QString& path, QWidget* parent = nullptr);

} // namespace JournalOpener
