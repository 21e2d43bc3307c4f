#include "MarkdownHtml.h"

#include <QList>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>

namespace MarkdownHtml {

namespace {

// The export's page has its title (h1) and a heading per day (h2): a post's own headings
// come below them.
constexpr int PageHeadingLevels = 2;
constexpr int DeepestHeading = 6;

// What setMarkdown takes from the app's palette and fonts (the link colour of a dark theme,
// a heading's size in the chat) is left to the page's own style sheet, which is light and
// prints well whatever the theme.
void leaveLooksToThePage(QTextDocument& document)
{
    struct Range
    {
        int start;
        int length;
        QTextCharFormat format;
    };
    QList<Range> ranges;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const bool heading = block.blockFormat().headingLevel() > 0;
        if (heading) {
            QTextBlockFormat format = block.blockFormat();
            format.setHeadingLevel(std::min(DeepestHeading, format.headingLevel() + PageHeadingLevels));
            QTextCursor(block).setBlockFormat(format);
        }
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            QTextCharFormat format = fragment.charFormat();
            format.clearForeground();
            format.clearBackground();
            if (heading) {
                format.clearProperty(QTextFormat::FontSizeAdjustment);
                format.clearProperty(QTextFormat::FontPointSize);
                format.clearProperty(QTextFormat::FontWeight);
            }
            ranges.append({fragment.position(), fragment.length(), format});
        }
    }
    QTextCursor cursor(&document);
    for (const Range& range : std::as_const(ranges)) {
        cursor.setPosition(range.start);
        cursor.setPosition(range.start + range.length, QTextCursor::KeepAnchor);
        cursor.setCharFormat(range.format);
    }
}

} // namespace

void setPost(QTextDocument& document, const QString& markdown)
{
    document.setMarkdown(markdown, QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub |
                                                                   QTextDocument::MarkdownNoHTML));
}

QString fragment(const QString& markdown)
{
    QTextDocument document;
    setPost(document, markdown);
    leaveLooksToThePage(document);
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
    setPost(document, markdown);
    return document.toPlainText();
}

} // namespace MarkdownHtml
