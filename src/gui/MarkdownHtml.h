#pragma once

#include <QString>

// A post's Markdown rendered the way the chat shows it (QTextDocument::setMarkdown):
// as an HTML fragment for the HTML export, and as plain text for search excerpts.
namespace MarkdownHtml {

QString fragment(const QString& markdown);
// The words a reader sees, without the Markdown marks: for excerpts.
QString plainText(const QString& markdown);

} // namespace MarkdownHtml
