#pragma once

#include <QString>
#include <QStringList>

// How what other journals keep beside the text (tags, a star) is kept in a
// Soliloquy post: as #hashtags on a last line, from which Soliloquy derives tags.
namespace ImportText {

// `tag` as a hashtag: the leading tag sign (@ in jrnl) dropped, and every run of
// spaces or punctuation joined with "_", as in "@Family trip" -> "#Family_trip".
// Empty when nothing of the tag is left.
QString hashtag(const QString& tag);

// `text`, followed by a line of the tags that it does not already mention as
// hashtags, and #starred for a starred entry.
QString withTags(const QString& text, const QStringList& tags, bool starred);

} // namespace ImportText
