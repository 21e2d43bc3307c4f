#pragma once

#include <QString>

// A post's Markdown as an HTML fragment, rendered the way the chat shows it
// (QTextDocument::setMarkdown), for the HTML export when a GUI is running.
namespace MarkdownHtml {

QString fragment(const QString& markdown);

} // namespace MarkdownHtml
