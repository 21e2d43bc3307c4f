#include "core/SearchHighlight.h"

#include <QTest>

using Range = SearchHighlight::Range;

// Where a search's words are marked in a post: as the search finds them.
class TestSearchHighlight : public QObject
{
    Q_OBJECT

private:
    static QStringList marked(const QString& query, const QString& text, bool ignoresAccents = true)
    {
        QStringList parts;
        for (const Range& range : SearchHighlight(query, ignoresAccents).rangesIn(text))
            parts << text.mid(range.start, range.length);
        return parts;
    }

private Q_SLOTS:
    void caseAndAccentsAreIgnoredAsTheSearchIgnoresThem()
    {
        const QString text = QStringLiteral("A CAFÉ on the corner, the cafe was warm");
        QCOMPARE(marked(QStringLiteral("cafe"), text),
                 (QStringList{QStringLiteral("CAFÉ"), QStringLiteral("cafe")}));
        QCOMPARE(marked(QStringLiteral("Café"), text),
                 (QStringList{QStringLiteral("CAFÉ"), QStringLiteral("cafe")}));
        QCOMPARE(SearchHighlight(QStringLiteral("cafe"), true).rangesIn(text),
                 (QList<Range>{{2, 4}, {26, 4}}));
    }

    void accentsThatCountMarkOnlyTheWordAsWritten()
    {
        const QString text = QStringLiteral("A CAFÉ on the corner, the cafe was warm");
        QCOMPARE(marked(QStringLiteral("cafe"), text, false), QStringList{QStringLiteral("cafe")});
        QCOMPARE(marked(QStringLiteral("café"), text, false), QStringList{QStringLiteral("CAFÉ")});
    }

    void anAccentWrittenAsASeparateMarkIsMarkedWithItsLetter()
    {
        const QString text = QStringLiteral("cafe\u0301 noir");
        QCOMPARE(marked(QStringLiteral("cafe"), text), QStringList{QStringLiteral("cafe\u0301")});
    }

    void aPhraseIsMarkedAcrossLineBreaksAndSpaces()
    {
        const QString text = QStringLiteral("the first\n\n  snow, and first light");
        QCOMPARE(marked(QStringLiteral("\"first snow\""), text),
                 QStringList{QStringLiteral("first\n\n  snow")});
        // A rendered text separates its paragraphs with U+2029.
        QCOMPARE(marked(QStringLiteral("\"first snow\""), QStringLiteral("first\u2029snow")),
                 QStringList{QStringLiteral("first\u2029snow")});
    }

    void excludedWordsTagsAndDatesMarkNothing()
    {
        QCOMPARE(
            marked(QStringLiteral("-snow #plan from:2024-01-01 walk"), QStringLiteral("snow walk #plan")),
            QStringList{QStringLiteral("walk")});
        QVERIFY(SearchHighlight(QStringLiteral("-snow to:2024-01-01"), true).isEmpty());
        QVERIFY(SearchHighlight().rangesIn(QStringLiteral("anything")).isEmpty());
    }

    void overlappingMatchesAreOneMark()
    {
        QCOMPARE(marked(QStringLiteral("garden den"), QStringLiteral("a garden")),
                 QStringList{QStringLiteral("garden")});
        QCOMPARE(marked(QStringLiteral("aa"), QStringLiteral("aaaa")), QStringList{QStringLiteral("aaaa")});
    }

    void chineseJapaneseAndEmojiKeepTheirPlaces()
    {
        const QString text = QStringLiteral("今日は散歩した 🌧️ rain");
        QCOMPARE(marked(QStringLiteral("散歩"), text), QStringList{QStringLiteral("散歩")});
        QCOMPARE(marked(QStringLiteral("RAIN"), text), QStringList{QStringLiteral("rain")});
        QCOMPARE(marked(QStringLiteral("🌧"), text), QStringList{QStringLiteral("🌧")});
    }

    void clearForgetsTheWords()
    {
        SearchHighlight highlight(QStringLiteral("secret"), true);
        QVERIFY(!highlight.isEmpty());
        highlight.clear();
        QVERIFY(highlight.isEmpty());
        QVERIFY(highlight.rangesIn(QStringLiteral("a secret")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSearchHighlight)
#include "tst_searchhighlight.moc"
