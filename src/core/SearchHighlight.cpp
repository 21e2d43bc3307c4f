#include "SearchHighlight.h"

#include "SearchQuery.h"

#include <algorithm>

namespace {

// A text folded for comparison, with where each of its characters came from.
struct Folded
{
    QString text;
    QList<qsizetype> origins; // for each character of `text`, its position in the original
};

bool isLatinWithAccents(char32_t code)
{
    return (code >= 0x00C0 && code <= 0x024F) || (code >= 0x1E00 && code <= 0x1EFF);
}

bool isCombiningMark(char32_t code)
{
    return code >= 0x0300 && code <= 0x036F;
}

// Block and frame boundaries of a rendered text count as white space.
bool isSpace(char32_t code)
{
    return QChar::isSpace(code) || code == 0xFDD0 || code == 0xFDD1;
}

void appendFolded(Folded& folded, char32_t code, qsizetype origin)
{
    const char32_t fold = QChar::toCaseFolded(code);
    for (const QChar c : QString::fromUcs4(&fold, 1)) {
        folded.text += c;
        folded.origins << origin;
    }
}

// As the search index compares: case folded, each run of white space as one space, and
// with `withoutAccents` the Latin letters without their accents.
Folded fold(const QString& text, bool withoutAccents)
{
    Folded folded;
    folded.text.reserve(text.size());
    folded.origins.reserve(text.size());
    for (qsizetype at = 0; at < text.size();) {
        const qsizetype origin = at;
        char32_t code = text.at(at).unicode();
        if (QChar::isHighSurrogate(code) && at + 1 < text.size() && text.at(at + 1).isLowSurrogate()) {
            code = QChar::surrogateToUcs4(text.at(at), text.at(at + 1));
            ++at;
        }
        ++at;
        if (isSpace(code)) {
            if (!folded.text.endsWith(QLatin1Char(' '))) {
                folded.text += QLatin1Char(' ');
                folded.origins << origin;
            }
            continue;
        }
        if (withoutAccents && isCombiningMark(code))
            continue;
        if (withoutAccents && isLatinWithAccents(code)) {
            const QString decomposed = QString::fromUcs4(&code, 1).normalized(QString::NormalizationForm_D);
            for (const QChar c : decomposed) {
                if (!c.isMark())
                    appendFolded(folded, c.unicode(), origin);
            }
            continue;
        }
        appendFolded(folded, code, origin);
    }
    return folded;
}

} // namespace

SearchHighlight::SearchHighlight(const QString& query, bool ignoresAccents)
    : m_ignoresAccents(ignoresAccents)
{
    for (const QString& word : SearchQuery::parse(query).words) {
        QString needle = fold(word, ignoresAccents).text.trimmed();
        if (!needle.isEmpty() && !m_needles.contains(needle))
            m_needles << needle;
    }
}

QList<SearchHighlight::Range> SearchHighlight::rangesIn(const QString& text) const
{
    QList<Range> ranges;
    if (m_needles.isEmpty())
        return ranges;
    const Folded folded = fold(text, m_ignoresAccents);
    for (const QString& needle : m_needles) {
        for (qsizetype at = folded.text.indexOf(needle); at >= 0;
             at = folded.text.indexOf(needle, at + needle.size())) {
            const qsizetype last = at + needle.size() - 1;
            // The end is past the whole original character the last folded one came from.
            qsizetype end = folded.origins.at(last) + 1;
            if (end < text.size() && text.at(end).isLowSurrogate())
                ++end;
            // Accents written as separate marks belong to the letter they follow.
            while (m_ignoresAccents && end < text.size() && isCombiningMark(text.at(end).unicode()))
                ++end;
            ranges.append({folded.origins.at(at), end - folded.origins.at(at)});
        }
    }
    std::sort(ranges.begin(), ranges.end(), [](const Range& a, const Range& b) { return a.start < b.start; });
    QList<Range> joined;
    for (const Range& range : std::as_const(ranges)) {
        if (!joined.isEmpty() && range.start <= joined.last().start + joined.last().length) {
            Range& previous = joined.last();
            previous.length =
                qMax(previous.start + previous.length, range.start + range.length) - previous.start;
        } else {
            joined.append(range);
        }
    }
    return joined;
}

void SearchHighlight::clear()
{
    for (QString& needle : m_needles)
        needle.fill(QLatin1Char('\0'));
    m_needles.clear();
}
