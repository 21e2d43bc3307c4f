#pragma once

#include <QString>

#include <functional>
#include <memory>

class Database;
class QWidget;

// Opens the journal for the window. When the file is damaged and a backup
// exists, it offers to restore the newest one; every other refusal is shown
// in plain words and the file is left as it was.
namespace JournalOpener {

// The opened journal, or null once the refusal was read.
using Opened = std::function<void(std::unique_ptr<Database>)>;

// Returns at once when a question is asked (it is opened with open()); `opened` follows
// the answer. Without a question, `opened` runs before this returns.
void open(const QString& path, QWidget* parent, const Opened& opened);

} // namespace JournalOpener
