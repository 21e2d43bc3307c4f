#include "MarkdownHtml.h"

#include <QTextDocument>

namespace MarkdownHtml {

void setPost(QTextDocument& document, const QString& markdown)
{
    document.setMarkdown(markdown, QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub |
                                                                   QTextDocument::MarkdownNoHTML));
}

QString plainText(const QString& markdown)
{
    QTextDocument document;
    setPost(document, markdown);
    return document.toPlainText();
}

} // namespace MarkdownHtml
