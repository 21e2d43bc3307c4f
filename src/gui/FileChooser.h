#pragma once

#include <QString>
#include <QStringList>

class QFileDialog;
class QWidget;

// The file dialogs of the app. They open in the folder where the user last chose a
// file, or in the home folder, never in the folder the app was started from (the
// file system's root when started from a menu). They are shown with open(): the
// caller connects fileSelected, and the app's one event loop goes on meanwhile.
namespace FileChooser {

// The folder the next dialog opens in.
QString startFolder();
// Keeps the folder of a file the user chose for the next dialog.
void remember(const QString& chosenFile);

// A dialog for a new file named `fileName` (in the start folder); a name typed without an
// extension gets the one of the chosen type. `filters` as in QFileDialog: "Markdown (*.md)".
QFileDialog* forSaving(QWidget* parent, const QString& title, const QString& fileName,
                       const QStringList& filters);
// A dialog for an existing file.
QFileDialog* forOpening(QWidget* parent, const QString& title, const QStringList& filters);
// A dialog for an existing folder, such as the one a sync tool keeps in step.
QFileDialog* forFolder(QWidget* parent, const QString& title);

} // namespace FileChooser
