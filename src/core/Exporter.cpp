#include "Exporter.h"

#include "AccountService.h"
#include "ExportPictureFolder.h"
#include "Journal.h"
#include "MarkdownHeadings.h"
#include "MarkdownRenderer.h"
#include "SoliloquyJsonReader.h"

#include "storage/AttachmentRepository.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTimeZone>

#include <limits>

namespace {

// What each format writes around and between the posts.
class Writer
{
public:
    virtual ~Writer() = default;
    virtual QByteArray begin(const Profile& profile, qint64 total) = 0;
    virtual QByteArray post(const Post& post, const QList<AttachmentRecord>& attachments,
                            const QList<QByteArray>& opened) = 0;
    virtual QByteArray end() = 0;
    // Empty while all is well; else why the export cannot go on.
    virtual QString error() const { return {}; }
    // Puts in place what the format writes beside the file; false after setting error().
    virtual bool finish() { return true; }
};

QString isoUtc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::UTC).toString(Qt::ISODateWithMs);
}

QDateTime local(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toLocalTime();
}

QString dayHeading(const QDate& day)
{
    return QLocale().toString(day, QLocale::LongFormat);
}

QString timeOf(const Post& post)
{
    QString time = QLocale().toString(local(post.createdAt).time(), QStringLiteral("HH:mm"));
    if (post.editedAt > 0)
        time += QStringLiteral(" (edited %1)")
                    .arg(QLocale().toString(local(post.editedAt), QStringLiteral("yyyy-MM-dd HH:mm")));
    return time;
}

const QString unreadableNote =
    QStringLiteral("(This post could not be decrypted: its stored copy is damaged.)");

class JsonWriter : public Writer
{
public:
    QByteArray begin(const Profile& profile, qint64) override
    {
        QJsonObject account{{QStringLiteral("username"), profile.username},
                            {QStringLiteral("email"), profile.email},
                            {QStringLiteral("created_at"), profile.createdAt}};
        if (!profile.avatarPng.isEmpty())
            account.insert(QStringLiteral("avatar_png"), QString::fromLatin1(profile.avatarPng.toBase64()));
        // The header is written by hand so that posts can follow one at a time.
        return QByteArray("{\n\"format\": \"") + SoliloquyJsonReader::FormatName +
               "\",\n\"version\": " + QByteArray::number(SoliloquyJsonReader::FormatVersion) +
               ",\n\"exported_at\": \"" + isoUtc(QDateTime::currentMSecsSinceEpoch()).toLatin1() +
               "\",\n\"account\": " + QJsonDocument(account).toJson(QJsonDocument::Compact) +
               ",\n\"posts\": [";
    }

    QByteArray post(const Post& post, const QList<AttachmentRecord>& attachments,
                    const QList<QByteArray>& opened) override
    {
        QJsonObject object{{QStringLiteral("id"), post.id},
                           {QStringLiteral("created_at"), post.createdAt},
                           {QStringLiteral("edited_at"), post.editedAt},
                           {QStringLiteral("text"), post.text}};
        if (!post.readable)
            object.insert(QStringLiteral("unreadable"), true);
        if (!attachments.isEmpty()) {
            QJsonArray files;
            for (qsizetype i = 0; i < attachments.size(); ++i) {
                files.append(
                    QJsonObject{{QStringLiteral("mime_type"), attachments.at(i).mimeType},
                                {QStringLiteral("data"), QString::fromLatin1(opened.at(i).toBase64())}});
            }
            object.insert(QStringLiteral("attachments"), files);
        }
        const QByteArray line =
            (m_first ? "\n" : ",\n") + QJsonDocument(object).toJson(QJsonDocument::Compact);
        m_first = false;
        return line;
    }

    QByteArray end() override { return "\n]\n}\n"; }

private:
    bool m_first = true;
};

class MarkdownWriter : public Writer
{
public:
    explicit MarkdownWriter(const QString& path)
        : m_pictures(path)
    {}

    QByteArray begin(const Profile& profile, qint64 total) override
    {
        return QStringLiteral("# Journal of %1\n\n%2 posts, exported %3.\n")
            .arg(profile.username)
            .arg(total)
            .arg(QLocale().toString(QDateTime::currentDateTime(), QStringLiteral("yyyy-MM-dd HH:mm")))
            .toUtf8();
    }

    QByteArray post(const Post& post, const QList<AttachmentRecord>& attachments,
                    const QList<QByteArray>& opened) override
    {
        QString out;
        const QDate day = local(post.createdAt).date();
        if (day != m_day) {
            m_day = day;
            out += QStringLiteral("\n## %1\n").arg(dayHeading(day));
        }
        out += QStringLiteral("\n### %1\n\n").arg(timeOf(post));
        // Below the day (##) and the time (###): a post's own headings start at ####.
        QString body = post.readable ? MarkdownHeadings::demote(post.text, 3) : unreadableNote;
        // The files go into the folder beside this one; the text's `attachment:N` links to them,
        // and those it does not name follow it.
        QStringList unnamed;
        for (qsizetype i = 0; i < attachments.size(); ++i) {
            const AttachmentRecord& attachment = attachments.at(i);
            const bool picture = attachment.mimeType.startsWith(QLatin1String("image/"));
            const QString label = picture ? QStringLiteral("picture %1").arg(attachment.position)
                                          : QStringLiteral("attachment %1").arg(attachment.position);
            if (opened.at(i).isEmpty()) {
                unnamed << QStringLiteral("(%1 could not be decrypted)").arg(label);
                continue;
            }
            const QString link = m_pictures.add(post.id, attachment, opened.at(i), &m_error);
            if (link.isEmpty())
                return {};
            const QString reference = QStringLiteral("](attachment:%1)").arg(attachment.position);
            if (post.readable && body.contains(reference))
                body.replace(reference, QStringLiteral("](%1)").arg(link));
            else
                unnamed << QStringLiteral("%1[%2](%3)")
                               .arg(picture ? QStringLiteral("!") : QString(), label, link);
        }
        if (!unnamed.isEmpty())
            body +=
                (body.isEmpty() ? QString() : QStringLiteral("\n\n")) + unnamed.join(QStringLiteral("\n\n"));
        out += body + QLatin1Char('\n');
        return out.toUtf8();
    }

    QByteArray end() override { return {}; }
    QString error() const override { return m_error; }
    bool finish() override { return m_pictures.commit(&m_error); }

private:
    QDate m_day;
    ExportPictureFolder m_pictures;
    QString m_error;
};

// The text without its `![...](attachment:N)` for the pictures the page shows below it: the
// page has no address for them, only their figures.
QString withoutPictureReferences(const QString& text, const QList<AttachmentRecord>& attachments)
{
    if (!text.contains(QLatin1String("](attachment:")))
        return text;
    QString without = text;
    for (const AttachmentRecord& attachment : attachments) {
        if (!attachment.mimeType.startsWith(QLatin1String("image/")))
            continue;
        const QRegularExpression reference(
            QStringLiteral("!\\[[^\\]\\n]*\\]\\(attachment:%1\\)").arg(attachment.position));
        without.remove(reference);
    }
    return without;
}

class HtmlWriter : public Writer
{
public:
    QByteArray begin(const Profile& profile, qint64 total) override
    {
        const QString title = QStringLiteral("Journal of %1").arg(profile.username.toHtmlEscaped());
        QString out =
            QStringLiteral(
                "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
                "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                "<title>%1</title>\n<style>\n%2</style>\n</head>\n<body>\n<header class=\"journal\">\n")
                .arg(title, style());
        if (!profile.avatarPng.isEmpty())
            out += QStringLiteral("<img class=\"avatar\" alt=\"\" src=\"data:image/png;base64,%1\">\n")
                       .arg(QString::fromLatin1(profile.avatarPng.toBase64()));
        out += QStringLiteral("<h1>%1</h1>\n<p class=\"summary\">%2 posts, exported %3.</p>\n</header>\n")
                   .arg(title)
                   .arg(total)
                   .arg(QLocale().toString(QDateTime::currentDateTime(), QStringLiteral("yyyy-MM-dd HH:mm")));
        return out.toUtf8();
    }

    QByteArray post(const Post& post, const QList<AttachmentRecord>& attachments,
                    const QList<QByteArray>& opened) override
    {
        QString out;
        const QDateTime when = local(post.createdAt);
        if (when.date() != m_day) {
            if (m_day.isValid())
                out += QStringLiteral("</section>\n");
            m_day = when.date();
            out += QStringLiteral("<section class=\"day\">\n<h2>%1</h2>\n")
                       .arg(dayHeading(m_day).toHtmlEscaped());
        }
        out += QStringLiteral("<article class=\"post\" id=\"post-%1\">\n<p class=\"time\"><time "
                              "datetime=\"%2\">%3</time></p>\n")
                   .arg(post.id)
                   .arg(isoUtc(post.createdAt), timeOf(post).toHtmlEscaped());
        const QString text = withoutPictureReferences(post.text, attachments);
        if (!post.readable)
            out += QStringLiteral("<p class=\"unreadable\">%1</p>\n").arg(unreadableNote.toHtmlEscaped());
        else if (!text.trimmed().isEmpty())
            // dir="auto": a post in Hebrew or Arabic runs from the right, whatever the page's language.
            out += QStringLiteral("<div class=\"body\" dir=\"auto\">\n%1\n</div>\n")
                       .arg(MarkdownRenderer::html(text));
        for (qsizetype i = 0; i < attachments.size(); ++i) {
            const QString& mime = attachments.at(i).mimeType;
            if (mime.startsWith(QLatin1String("image/")))
                out +=
                    QStringLiteral("<figure><img alt=\"attachment %1\" src=\"data:%2;base64,%3\"></figure>\n")
                        .arg(i + 1)
                        .arg(mime.toHtmlEscaped(), QString::fromLatin1(opened.at(i).toBase64()));
        }
        out += QStringLiteral("</article>\n");
        return out.toUtf8();
    }

    QByteArray end() override
    {
        return QByteArray(m_day.isValid() ? "</section>\n" : "") + "</body>\n</html>\n";
    }

private:
    static QString style()
    {
        // Readable on screen and on paper: a serif body, no post or heading split across pages.
        return QStringLiteral(
            "body { font-family: \"Noto Serif\", Georgia, \"DejaVu Serif\", serif; font-size: 12pt;\n"
            "       line-height: 1.5; color: #1a1a1a; max-width: 42em; margin: 2em auto; padding: 0 1em; }\n"
            "header.journal { border-bottom: 1px solid #999; margin-bottom: 1.5em; }\n"
            "h1, h2, .time { font-family: \"Noto Sans\", \"Helvetica Neue\", Arial, \"DejaVu Sans\", "
            "sans-serif; }\n"
            "h2 { font-size: 1.2em; margin: 2em 0 0.5em; border-bottom: 1px solid #ddd; }\n"
            ".body h3, .body h4, .body h5, .body h6 { font-size: 1em; margin: 0.8em 0 0.3em; }\n"
            "a { color: #1a4f9c; }\n"
            "code { background: #f2f2f2; }\n"
            "blockquote { color: #444; border-left: 3px solid #ccc; margin-left: 0; padding-left: 1em; }\n"
            ".avatar { width: 64px; height: 64px; border-radius: 50%; float: right; }\n"
            ".summary { color: #555; }\n"
            ".post { margin: 0 0 1.2em; }\n"
            ".time { color: #666; font-size: 0.85em; margin: 0; }\n"
            ".body { overflow-wrap: anywhere; }\n"
            ".unreadable { color: #a00; font-style: italic; }\n"
            "figure { margin: 0.5em 0; }\n"
            "img { max-width: 100%; }\n"
            "pre, code { font-family: \"DejaVu Sans Mono\", monospace; font-size: 0.9em; white-space: "
            "pre-wrap; }\n"
            "@page { margin: 2cm; }\n"
            "@media print {\n"
            "  body { max-width: none; margin: 0; font-size: 11pt; color: #000; }\n"
            "  .post, figure { break-inside: avoid; page-break-inside: avoid; }\n"
            "  h1, h2 { break-after: avoid; page-break-after: avoid; }\n"
            "  a { color: inherit; }\n"
            "  a[href^=\"http\"]::after { content: \" (\" attr(href) \")\"; font-size: 0.85em; }\n"
            "}\n");
    }

    QDate m_day;
};

std::unique_ptr<Writer> writerFor(Exporter::Format format, const QString& path)
{
    switch (format) {
    case Exporter::Format::Json:
        return std::make_unique<JsonWriter>();
    case Exporter::Format::Markdown:
        return std::make_unique<MarkdownWriter>(path);
    case Exporter::Format::Html:
        return std::make_unique<HtmlWriter>();
    }
    return nullptr;
}

} // namespace

Exporter::Exporter(const QSqlDatabase& database, const Session& session)
    : m_database(database)
    , m_session(session)
{}

std::optional<Exporter::Format> Exporter::formatNamed(const QString& name)
{
    if (name == QLatin1String("json"))
        return Format::Json;
    if (name == QLatin1String("markdown") || name == QLatin1String("md"))
        return Format::Markdown;
    if (name == QLatin1String("html"))
        return Format::Html;
    return std::nullopt;
}

QStringList Exporter::formatNames()
{
    return {QStringLiteral("json"), QStringLiteral("markdown"), QStringLiteral("html")};
}

Exporter::Result Exporter::exportTo(const QString& path, Format format, const Progress& progress)
{
    Result result;
    if (!m_session.isUnlocked()) {
        result.error = QStringLiteral("the journal is locked");
        return result;
    }
    const std::optional<Profile> profile = AccountService(m_database).profile(m_session);
    if (!profile) {
        result.error = QStringLiteral("this account no longer exists");
        return result;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        result.error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return result;
    }
    // The posts as written, readable by their author alone (not by the umask's group and others).
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const auto fail = [&](const QString& error) {
        file.cancelWriting();
        Result failed;
        failed.error = error;
        return failed;
    };

    Journal journal(m_database, m_session);
    AttachmentRepository attachments(m_database);
    const std::unique_ptr<Writer> writer = writerFor(format, path);
    const qint64 total = journal.count();
    file.write(writer->begin(*profile, total));
    // Oldest first: the keyset page after a post older than any.
    Post anchor{0, {}, std::numeric_limits<qint64>::min(), 0, true, {}};
    qint64 done = 0;
    if (progress && !progress(0, total)) {
        file.cancelWriting();
        result.cancelled = true;
        result.error = QStringLiteral("the export was cancelled");
        return result;
    }
    for (;;) {
        const QList<Post> page = journal.newerThan(anchor, PageSize);
        QList<qint64> ids;
        ids.reserve(page.size());
        for (const Post& post : page)
            ids << post.id;
        const QSet<qint64> withAttachments = attachments.postsWithAttachments(ids);
        for (const Post& post : page) {
            const QList<AttachmentRecord> stored =
                withAttachments.contains(post.id) ? attachments.forPost(post.id) : QList<AttachmentRecord>();
            QList<QByteArray> opened;
            bool whole = post.readable;
            for (const AttachmentRecord& attachment : stored) {
                const std::optional<QByteArray> bytes = m_session.openAttachment(attachment);
                whole = whole && bytes.has_value();
                opened << bytes.value_or(QByteArray());
            }
            if (!whole)
                result.damaged << post.id;
            if (file.write(writer->post(post, stored, opened)) < 0)
                return fail(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
            if (!writer->error().isEmpty())
                return fail(writer->error());
        }
        done += page.size();
        if (progress && !progress(done, total)) {
            file.cancelWriting();
            result.cancelled = true;
            result.error = QStringLiteral("the export was cancelled");
            return result;
        }
        if (page.size() < PageSize)
            break;
        anchor = page.last();
    }
    // A page that could not be read ends the loop early, as the last one would: an export
    // missing posts is no copy to rely on, and none is written.
    if (done != total) {
        return fail(QStringLiteral("only %1 of the %2 posts could be read; the journal may be damaged")
                        .arg(done)
                        .arg(total));
    }
    file.write(writer->end());
    // The pictures are in place before the file that links to them.
    if (!writer->finish())
        return fail(writer->error());
    if (!file.commit())
        return fail(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    result.ok = true;
    result.exported = done;
    return result;
}
