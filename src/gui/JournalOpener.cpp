#include "JournalOpener.h"

#include "AppSettings.h"
#include "ColorScheme.h"
#include "MessageBox.h"

#include "storage/BackupFolder.h"
#include "storage/DailyBackups.h"
#include "storage/Database.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace JournalOpener {

std::unique_ptr<Database> open(const QString& path, QWidget* parent)
{
    auto database = std::make_unique<Database>(path);
    if (database->open())
        return database;

    // Before the window: the question comes in the theme the user chose, not the system's.
    ColorScheme::apply(AppSettings().theme());
    const StorageError error = database->error();
    // Which file, in every message: a user with several journals must know which one.
    const QString named = error.message.contains(path)
                              ? error.message
                              : QObject::tr("Soliloquy cannot open the journal %1.\n\n%2")
                                    .arg(QDir::toNativeSeparators(path), error.message);
    // The newest of all: yesterday's daily backup, rather than the copy before an old upgrade.
    const QString newestBackup = DailyBackups::all(path).value(0);
    if (error.suggestsRestore() && !newestBackup.isEmpty()) {
        const QString when = QLocale().toString(QFileInfo(newestBackup).lastModified(), QLocale::LongFormat);
        const auto answer = MessageBox::question(
            parent, QObject::tr("Journal damaged"),
            QObject::tr("%1\n\nRestore the newest backup, made %2? The damaged file will be kept in the "
                        "backups folder.")
                .arg(named, when),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
        if (answer != QMessageBox::Yes)
            return nullptr;
        if (const StorageError restoreError = Database::restore(path, newestBackup); restoreError.isError()) {
            MessageBox::warning(parent, QObject::tr("Restore failed"), restoreError.message);
            return nullptr;
        }
        if (database->open())
            return database;
        MessageBox::warning(parent, QObject::tr("Cannot open the journal"), database->error().message);
        return nullptr;
    }
    QString message = named;
    if (error.suggestsRestore())
        message += QObject::tr("\n\nThere is no backup of this journal yet to restore. Soliloquy keeps its "
                               "backups in %1.")
                       .arg(QDir::toNativeSeparators(BackupFolder(path).path()));
    MessageBox::warning(parent, QObject::tr("Cannot open the journal"), message);
    return nullptr;
}

} // namespace JournalOpener
