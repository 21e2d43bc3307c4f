#pragma once

#include <QByteArray>

#include <string_view>

// Texts as search compares them: UTF-8 with the case folded, each run of white space as
// one space (so that a phrase spans a line break) and, when asked, the accents of Latin
// letters dropped. The search index keeps a post only folded, beside a short list of what
// folding changed ("T" was a capital, "e" was "é", " " was a blank line), from which the
// text comes back as written, byte for byte.
namespace FoldedText {

QByteArray folded(const QByteArray& utf8, bool withoutAccents);
// `utf8` folded without accents into `folded`, and what folding changed into `changes`.
void fold(const QByteArray& utf8, QByteArray* folded, QByteArray* changes);
// The text that fold() made `folded` and `changes` from.
QByteArray restored(std::string_view folded, std::string_view changes);

} // namespace FoldedText
