#include "JournalOpener.h"

#include "AppSettings.h"
#include "ColorScheme.h"
#include "MessageBox.h"

#include "storage/BackupFolder.h"
#include "storage/DailyBackups.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace JournalOpener {

namespace {

void refuse(QWidget* parent, const QString& title, const QString& message, const Opened& opened)
{
    MessageBox::warning(parent, title, message, [opened] { opened(nullptr); });
}

} // namespace

void open(const QString& path, QWidget* parent, const Opened& opened)
{
    auto database = std::make_unique<Database>(path);
    if (database->open()) {
        opened(std::move(database));
        return;
    }

    // Before the window: the question comes in the theme the user chose, not the system's.
    ColorScheme::apply(AppSettings().theme());
    const StorageError error = database->error();
    // Which file, in every message: a user with several journals must know which one.
    const QString named =
        error.message.contains(path)
            ? error.message
            : QCoreApplication::translate("JournalOpener", "Soliloquy cannot open the journal %1.\n\n%2")
                  .arg(QDir::toNativeSeparators(path), error.message);
    // The newest of all: yesterday's daily backup, rather than the copy before an old upgrade.
    const QString newestBackup = DailyBackups::all(path).value(0);
    if (error.suggestsRestore() && !newestBackup.isEmpty()) {
        const QString when = QLocale().toString(QFileInfo(newestBackup).lastModified(), QLocale::LongFormat);
        MessageBox::question(
            parent, QCoreApplication::translate("JournalOpener", "Journal damaged"),
            QCoreApplication::translate(
                "JournalOpener",
                "%1\n\nRestore the newest backup, made %2? The damaged file will be kept in the "
                "backups folder.")
                .arg(named, when),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes,
            [path, parent, newestBackup, opened](QMessageBox::StandardButton answer) {
                if (answer != QMessageBox::Yes) {
                    opened(nullptr);
                    return;
                }
                if (const StorageError restoreError = Database::restore(path, newestBackup);
                    restoreError.isError()) {
                    refuse(parent, QCoreApplication::translate("JournalOpener", "Restore failed"),
                           restoreError.message, opened);
                    return;
                }
                auto restored = std::make_unique<Database>(path);
                if (restored->open()) {
                    opened(std::move(restored));
                    return;
                }
                refuse(parent, QCoreApplication::translate("JournalOpener", "Cannot open the journal"),
                       restored->error().message, opened);
            });
        return;
    }
    QString message = named;
    if (error.suggestsRestore())
        message +=
            QCoreApplication::translate(
                "JournalOpener", "\n\nThere is no backup of this journal yet to restore. Soliloquy keeps its "
                                 "backups in %1.")
                .arg(QDir::toNativeSeparators(BackupFolder(path).path()));
    refuse(parent, QCoreApplication::translate("JournalOpener", "Cannot open the journal"), message, opened);
}

} // namespace JournalOpener
