#pragma once

#include "storage/AttachmentRecord.h"

#include <QHash>
#include <QString>

#include <memory>

class QTemporaryDir;

// The folder beside a Markdown export that holds its pictures and other attached files:
// "journal-pictures/" next to "journal.md", one file per stored content, named after the
// first post and position that show it ("post-12-1.jpg"). The files are written into a
// hidden folder beside it and moved in place by commit() only: a failed or cancelled export
// leaves none behind. Nothing is made for a journal without attachments.
class ExportPictureFolder
{
public:
    explicit ExportPictureFolder(const QString& exportPath);
    ~ExportPictureFolder();
    ExportPictureFolder(const ExportPictureFolder&) = delete;
    ExportPictureFolder& operator=(const ExportPictureFolder&) = delete;

    // Writes `bytes` (once per content) and returns the file's path relative to the export,
    // as a Markdown link names it; empty after setting `error` when it cannot be written.
    QString add(qint64 postId, const AttachmentRecord& attachment, const QByteArray& bytes, QString* error);
    // Moves the files written into the folder (made when missing; files of an earlier export
    // with the same names are replaced, others are left). True when there were none.
    bool commit(QString* error);
    // Where the files go, e.g. /home/ann/journal-pictures.
    QString path() const;

private:
    QString m_directory;  // the export's folder
    QString m_folderName; // e.g. journal-pictures
    std::unique_ptr<QTemporaryDir> m_staging;
    QHash<qint64, QString> m_linkOfContent; // content id to its link
    QStringList m_files;                    // the names written into m_staging
};
