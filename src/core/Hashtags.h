#pragma once

#include <QStringList>

// #hashtags in a post's text become its tags: a '#' that starts a word,
// followed by letters, digits, '_' or '-' (in any script). Headings ("# Title")
// and links ("page#part") are not tags.
namespace Hashtags {

// The tags of `text`, lower-cased, each once, in order of appearance.
QStringList in(const QString& text);
// `text` with each tag turned into a Markdown link to `scheme:tag`, so a click can filter by it.
QString linked(const QString& text, const QString& scheme);

} // namespace Hashtags
