#pragma once

#include <QString>

// A post's Markdown as the HTML export shows it, rendered by md4c (the Markdown parser Qt's
// QTextDocument uses for the chat), with the same dialect as the chat: GitHub's tables,
// strikethrough, task lists and bare links. HTML typed in a post stays text ("<img ...>"
// becomes "&lt;img ..."), and a post's own headings start at <h3>, below the page's title
// (h1) and its day headings (h2). Both the window's and the command line's export use it.
class MarkdownRenderer
{
public:
    static QString html(const QString& markdown);
};
