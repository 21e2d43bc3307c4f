#include "JournalOpener.h"

#include "MessageBox.h"

#include "storage/DailyBackups.h"
#include "storage/Database.h"

#include <QFileInfo>
#include <QLocale>

namespace JournalOpener {

std::unique_ptr<Database> open(const QString& path, QWidget* parent)
{
    auto database = std::make_unique<Database>(path);
    if (database->open())
        return database;

    const StorageError error = database->error();
    // The newest of all: yesterday's daily backup, rather than the copy before an old upgrade.
    const QString newestBackup = DailyBackups::all(path).value(0);
    if (error.suggestsRestore() && !newestBackup.isEmpty()) {
        const QString when = QLocale().toString(QFileInfo(newestBackup).lastModified(), QLocale::LongFormat);
        const auto answer = MessageBox::question(
            parent, QObject::tr("Journal damaged"),
            QObject::tr("%1\n\nRestore the newest backup, from %2? The damaged file will be kept in the "
                        "backups folder.")
                .arg(error.message, when),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
        if (answer != QMessageBox::Yes)
            return nullptr;
        if (const StorageError restoreError = Database::restore(path, newestBackup); restoreError.isError()) {
            MessageBox::warning(parent, QObject::tr("Restore failed"), restoreError.message);
            return nullptr;
        }
        if (database->open())
            return database;
    }
    MessageBox::warning(parent, QObject::tr("Cannot open the journal"), database->error().message);
    return nullptr;
}

} // namespace JournalOpener
