#pragma once

#include <QString>

namespace MarkdownHeadings {

// `markdown` with every heading `levels` deeper (at most ######), for a document whose
// own headings come first: "# Trip" becomes "#### Trip" under a day's "##" and a time's
// "###". A heading underlined with === or --- becomes one with # marks. Code blocks
// stay as they are.
QString demote(const QString& markdown, int levels);

} // namespace MarkdownHeadings
