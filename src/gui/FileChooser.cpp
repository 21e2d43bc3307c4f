#include "FileChooser.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>

namespace FileChooser {

namespace {

const QString LastFolderKey = QStringLiteral("files/lastFolder");

// "Markdown (*.md)" -> "md"
QString extensionOf(const QString& filter)
{
    static const QRegularExpression firstPattern(QStringLiteral("\\*\\.([A-Za-z0-9]+)"));
    const QRegularExpressionMatch match = firstPattern.match(filter);
    return match.hasMatch() ? match.captured(1) : QString();
}

QFileDialog* dialog(QWidget* parent, const QString& title, const QStringList& filters)
{
    auto* chooser = new QFileDialog(parent, title, startFolder());
    chooser->setObjectName(QStringLiteral("fileChooser"));
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    chooser->setNameFilters(filters);
    QObject::connect(chooser, &QFileDialog::fileSelected, chooser, &remember);
    return chooser;
}

} // namespace

QString startFolder()
{
    QString last = QSettings().value(LastFolderKey).toString();
    if (!last.isEmpty() && QFileInfo(last).isDir())
        return last;
    return QDir::homePath();
}

void remember(const QString& chosenFile)
{
    if (!chosenFile.isEmpty())
        QSettings().setValue(LastFolderKey, QFileInfo(chosenFile).absolutePath());
}

QFileDialog* forSaving(QWidget* parent, const QString& title, const QString& fileName,
                       const QStringList& filters)
{
    QFileDialog* chooser = dialog(parent, title, filters);
    chooser->setAcceptMode(QFileDialog::AcceptSave);
    chooser->setFileMode(QFileDialog::AnyFile);
    chooser->selectFile(fileName);
    chooser->setDefaultSuffix(extensionOf(filters.value(0)));
    QObject::connect(chooser, &QFileDialog::filterSelected, chooser,
                     [chooser, fileName](const QString& filter) {
                         const QString extension = extensionOf(filter);
                         chooser->setDefaultSuffix(extension);
                         // The suggested name follows the type chosen; a name the user typed stays theirs.
                         const QString suggested = QFileInfo(fileName).completeBaseName();
                         const QFileInfo current(chooser->selectedFiles().value(0));
                         if (current.completeBaseName() == suggested && !extension.isEmpty())
                             chooser->selectFile(suggested + QLatin1Char('.') + extension);
                     });
    return chooser;
}

QFileDialog* forOpening(QWidget* parent, const QString& title, const QStringList& filters)
{
    QFileDialog* chooser = dialog(parent, title, filters);
    chooser->setAcceptMode(QFileDialog::AcceptOpen);
    chooser->setFileMode(QFileDialog::ExistingFile);
    return chooser;
}

QFileDialog* forFolder(QWidget* parent, const QString& title)
{
    QFileDialog* chooser = dialog(parent, title, {});
    chooser->setFileMode(QFileDialog::Directory);
    chooser->setOption(QFileDialog::ShowDirsOnly);
    return chooser;
}

} // namespace FileChooser
