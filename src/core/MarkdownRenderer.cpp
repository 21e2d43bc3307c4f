#include "MarkdownRenderer.h"

#include "MarkdownHeadings.h"

#include <md4c-html.h>

#include <QByteArray>

namespace {

// The page's title (h1) and the day headings (h2) come first.
constexpr int PageHeadingLevels = 2;

// The dialect the chat gets from QTextDocument::MarkdownDialectGitHub, with raw HTML off as
// QTextDocument::MarkdownNoHTML turns it off there.
constexpr unsigned ParserFlags = MD_DIALECT_GITHUB | MD_FLAG_NOHTML;

void append(const MD_CHAR* text, MD_SIZE size, void* html)
{
    static_cast<QByteArray*>(html)->append(text, static_cast<qsizetype>(size));
}

} // namespace

QString MarkdownRenderer::html(const QString& markdown)
{
    const QByteArray input = MarkdownHeadings::demote(markdown, PageHeadingLevels).toUtf8();
    QByteArray html;
    html.reserve(input.size() + input.size() / 4);
    if (md_html(input.constData(), static_cast<MD_SIZE>(input.size()), &append, &html, ParserFlags,
                MD_HTML_FLAG_SKIP_UTF8_BOM) != 0)
        // md4c fails only when out of memory: the text as written is still readable.
        return QStringLiteral("<p>%1</p>").arg(markdown.toHtmlEscaped());
    return QString::fromUtf8(html).trimmed();
}
