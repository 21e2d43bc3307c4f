#pragma once

#include <QString>

class QTextDocument;

// A post's Markdown rendered the way the chat shows it (QTextDocument::setMarkdown), and as
// plain text for search excerpts. The HTML export renders it in core (MarkdownRenderer).
namespace MarkdownHtml {

// Fills `document` from a post's Markdown, as the chat shows it and the excerpts render it.
// HTML typed in a post stays text: "<img src=...>" is shown, never loaded.
void setPost(QTextDocument& document, const QString& markdown);

// The words a reader sees, without the Markdown marks: for excerpts.
QString plainText(const QString& markdown);

} // namespace MarkdownHtml
