#include "MarkdownHtml.h"

#include <QTextDocument>

namespace MarkdownHtml {

QString fragment(const QString& markdown)
{
    QTextDocument document;
    document.setMarkdown(markdown);
    const QString html = document.toHtml();
    // toHtml() gives a whole page; keep what is inside <body>.
    const qsizetype bodyTag = html.indexOf(QLatin1String("<body"));
    const qsizetype start = bodyTag < 0 ? -1 : html.indexOf(QLatin1Char('>'), bodyTag);
    const qsizetype end = html.lastIndexOf(QLatin1String("</body>"));
    if (start < 0 || end < start)
        return markdown.toHtmlEscaped();
    return html.mid(start + 1, end - start - 1).trimmed();
}

QString plainText(const QString& markdown)
{
    QTextDocument document;
    document.setMarkdown(markdown);
    return document.toPlainText();
}

} // namespace MarkdownHtml
