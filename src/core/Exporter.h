#pragma once

#include "Session.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

// Writes the unlocked account's journal to a file the user chose:
//  - json: everything needed to import it back without loss (format and version, the
//    account, every post with its id, times, text and attachments, the avatar);
//  - markdown: a heading per day, each post under its local time, bodies as written, the
//    attached files in a folder beside it (ExportPictureFolder), linked;
//  - html: one self-contained page that prints well, bodies rendered from Markdown
//    (MarkdownRenderer).
// Posts are read a page at a time, so a journal of any size takes little memory. The
// file is written through QSaveFile: a failed or cancelled export leaves no file, and
// never a half-written one in place of an earlier export.
class Exporter
{
public:
    enum class Format
    {
        Json,
        Markdown,
        Html
    };

    struct Result
    {
        bool ok = false;
        bool cancelled = false;
        qint64 exported = 0; // posts written
        // Posts whose text or an attachment did not open: written as damaged, named here.
        QList<qint64> damaged;
        QString error; // in the user's words, set when !ok
    };

    // Called after each page with how many posts are written of how many; return false to cancel.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    static constexpr int PageSize = 500;

    Exporter(const QSqlDatabase& database, const Session& session);

    Result exportTo(const QString& path, Format format, const Progress& progress = {});

    // The formats by their command-line names: json, markdown, html.
    static std::optional<Format> formatNamed(const QString& name);
    static QStringList formatNames();

private:
    QSqlDatabase m_database;
    const Session& m_session;
};
