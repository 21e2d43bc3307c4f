#include "core/SearchNeedle.h"

#include <QRandomGenerator>
#include <QTest>

// How search finds a word in a post's folded text: wherever it stands, and nowhere else.
class TestSearchNeedle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsAWordWhereverItStands()
    {
        // Texts of few letters, so that the bytes a needle looks at first are often in place
        // where the word is not; lengths and places across the blocks of sixteen it reads.
        std::array<qint64, 256> counts{};
        counts['a'] = 1000;
        counts['b'] = 10;
        counts['c'] = 500;
        QRandomGenerator random(7);
        for (int round = 0; round < 20000; ++round) {
            QByteArray text;
            for (int length = int(random.bounded(70)); length > 0; --length)
                text.append("abc"[random.bounded(3)]);
            QByteArray word;
            for (int length = 1 + int(random.bounded(6)); length > 0; --length)
                word.append("abc"[random.bounded(3)]);
            const SearchNeedle needle(word, counts);
            const std::string_view view(text.constData(), size_t(text.size()));
            QVERIFY2(needle.in(view) == text.contains(word), (text + " / " + word).constData());
        }
    }

    void looksOnlyInsideTheTextItIsGiven()
    {
        const QByteArray bytes = "river gardens" + QByteArray(40, ' ') + "riverside";
        const SearchNeedle needle("riverside", std::array<qint64, 256>{});
        QVERIFY(needle.in({bytes.constData(), size_t(bytes.size())}));
        QVERIFY(!needle.in({bytes.constData(), size_t(bytes.size() - 1)}));
        QVERIFY(!needle.in(std::string_view(bytes.constData() + 1, size_t(0))));
        QVERIFY(SearchNeedle("", std::array<qint64, 256>{}).in({}));
    }

    void namesAWordWithAByteNoTextHas()
    {
        std::array<qint64, 256> counts{};
        counts['a'] = 3;
        QCOMPARE(SearchNeedle("aa", counts).rarity(), 3);
        QCOMPARE(SearchNeedle("ab", counts).rarity(), 0);
    }
};

QTEST_MAIN(TestSearchNeedle)
#include "tst_searchneedle.moc"
