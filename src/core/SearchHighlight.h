#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Where the words and phrases of a search are in a text, matched as the search
// matches them: in any case, and without accents unless accents count (so
// "cafe" marks "CAFÉ"). The chat marks them in the bubble of a post opened from
// the results. Excluded words, tags and dates mark nothing.
class SearchHighlight
{
public:
    struct Range
    {
        qsizetype start = 0;
        qsizetype length = 0;
        bool operator==(const Range& other) const = default;
    };

    SearchHighlight() = default;
    SearchHighlight(const QString& query, bool ignoresAccents);

    bool isEmpty() const { return m_needles.isEmpty(); }
    // The matches in `text`, in its order, overlapping ones joined into one.
    QList<Range> rangesIn(const QString& text) const;
    // Overwrites the query's words before forgetting them: they tell what the journal holds.
    void clear();

private:
    QStringList m_needles; // the words and phrases, folded as texts are
    bool m_ignoresAccents = true;
};
