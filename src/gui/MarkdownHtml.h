#pragma once

#include <QString>

class QTextDocument;

// A post's Markdown rendered the way the chat shows it (QTextDocument::setMarkdown):
// as an HTML fragment for the HTML export, and as plain text for search excerpts.
namespace MarkdownHtml {

// Fills `document` from a post's Markdown, as the chat shows it and the export and excerpts
// render it. HTML typed in a post stays text: "<img src=...>" is shown, never loaded.
void setPost(QTextDocument& document, const QString& markdown);

QString fragment(const QString& markdown);
// The words a reader sees, without the Markdown marks: for excerpts.
QString plainText(const QString& markdown);

} // namespace MarkdownHtml
