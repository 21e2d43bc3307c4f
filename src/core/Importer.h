#pragma once

#include "ImportedEntry.h"
#include "Session.h"

#include <QSet>
#include <QSize>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

// Brings the entries of another journal file into the unlocked account: Soliloquy's
// own JSON export, jrnl's JSON export, or Day One's (Journal.json or its ZIP with
// photos, which become attachments). A file is read and checked whole before
// anything is written, and written in one transaction: a malformed file, a failure
// or a cancel leaves the journal as it was. Each post keeps a keyed digest of the
// entry it came from, so importing the same file again adds nothing.
class Importer
{
public:
    enum class Format
    {
        Soliloquy,
        Jrnl,
        DayOne
    };

    struct Result
    {
        bool ok = false;
        bool cancelled = false;
        int imported = 0;     // posts added
        int alreadyThere = 0; // entries imported before (or twice in the file), skipped
        int empty = 0;        // entries without text or files, skipped
        int attachments = 0;  // files added to the new posts
        QString error;        // why nothing was imported, naming where in the file

        // One line for the user, e.g. "Imported 120 posts (3 already there) from FILE."
        QString summary(const QString& file) const;
    };

    // Called with how many entries are written of how many; return false to cancel.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    // The largest file (or Journal.json inside a ZIP) read, and the largest attachment.
    // Parsing takes about six times the JSON's size: 128 MiB keep an import under 1 GiB.
    static constexpr qint64 MaxJsonBytes = 128LL * 1024 * 1024;
    static constexpr qint64 MaxAttachmentBytes = 64LL * 1024 * 1024;

    Importer(const QSqlDatabase& database, const Session& session);

    // Reads the size a picture shows at from its bytes (PictureFile::sizeOf; core reads no
    // images): the chat keeps the room for the imported pictures before they are decoded.
    // Without it their size stays unknown.
    using PictureSizer = std::function<QSize(const QByteArray& bytes)>;
    void setPictureSizer(PictureSizer sizer) { m_pictureSizer = std::move(sizer); }

    Result importFile(const QString& path, Format format, const Progress& progress = {});

    // The formats by their command-line names: soliloquy, jrnl, dayone.
    static std::optional<Format> formatNamed(const QString& name);
    static QStringList formatNames();

    // Reads and checks a file's JSON without touching any journal (for the fuzz tests too).
    // `archiveFiles`: the other files of a Day One ZIP.
    static ImportBatch parse(Format format, const QByteArray& json, const QSet<QString>& archiveFiles = {});

private:
    Result write(const ImportBatch& batch, class ZipArchive* archive, const Progress& progress);
    bool importAvatar(const QByteArray& png, QString* error);
    qint64 storeContent(class AttachmentRepository& attachments, const QByteArray& bytes,
                        const QString& mimeType, struct StorageError* error);

    QSqlDatabase m_database;
    const Session& m_session;
    PictureSizer m_pictureSizer;
};
