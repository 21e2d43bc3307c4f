#include "core/FoldedText.h"

#include <QRandomGenerator>
#include <QTest>

// The folded copy that search keeps of each post, and the text as written that comes back from it.
class TestFoldedText : public QObject
{
    Q_OBJECT

private:
    static QByteArray roundTrip(const QByteArray& text, QByteArray* folded = nullptr)
    {
        QByteArray kept;
        QByteArray changes;
        FoldedText::fold(text, &kept, &changes);
        if (folded)
            *folded = kept;
        return FoldedText::restored({kept.constData(), size_t(kept.size())},
                                    {changes.constData(), size_t(changes.size())});
    }

private Q_SLOTS:
    void foldsCaseAccentsAndWhiteSpace()
    {
        QByteArray folded;
        roundTrip(QStringLiteral("The FIRST\n\nsnow  at the Café, Ǻngström\tÉTÉ").toUtf8(), &folded);
        QCOMPARE(QString::fromUtf8(folded), QStringLiteral("the first snow at the cafe, angstrom ete"));
        QCOMPARE(folded, FoldedText::folded(
                             QStringLiteral("The FIRST\n\nsnow  at the Café, Ǻngström\tÉTÉ").toUtf8(), true));
        QCOMPARE(QString::fromUtf8(FoldedText::folded(QStringLiteral("Café ÉTÉ").toUtf8(), false)),
                 QStringLiteral("café été"));
    }

    void givesBackTheTextAsWritten_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("lower case") << QStringLiteral("a quiet morning by the river");
        QTest::newRow("capitals") << QStringLiteral("A Quiet MORNING, I said. OK");
        QTest::newRow("white space") << QStringLiteral("  lines\n\n\nand \t tabs\r\nend \n");
        QTest::newRow("accents") << QStringLiteral("Café AU LAIT, ÉTÉ, Ǻngström, Tiếng Việt, naïve");
        QTest::newRow("combining accent") << QStringLiteral("cafe\u0301 E\u0301TE\u0301");
        QTest::newRow("other scripts")
            << QStringLiteral("散歩した。Σίσυφος ΣΊΣΥΦΟΣ Straße STRASSE ẞ Ꭰ 🙂 #Tag");
        QTest::newRow("long gaps") << QStringLiteral("%1X%2\n\n%3É")
                                          .arg(QString(300, QLatin1Char('a')),
                                               QString(20000, QLatin1Char('b')),
                                               QString(200, QLatin1Char('c')));
    }

    void givesBackTheTextAsWritten()
    {
        QFETCH(QString, text);
        QCOMPARE(QString::fromUtf8(roundTrip(text.toUtf8())), text);
    }

    void givesBackBytesThatAreNotUtf8()
    {
        const char bytes[] = "ok \xC3( \xFF\xFE A\xE2\x82 \xF0\x9F";
        const QByteArray text(bytes, sizeof(bytes) - 1);
        QCOMPARE(roundTrip(text), text);
    }

    void givesBackMixturesOfEverything()
    {
        const QStringList pieces = {QStringLiteral("a"),  QStringLiteral("Z"),  QStringLiteral(" "),
                                    QStringLiteral("\n"), QStringLiteral("\t"), QStringLiteral("é"),
                                    QStringLiteral("É"),  QStringLiteral("ß"),  QStringLiteral("ẞ"),
                                    QStringLiteral("散"), QStringLiteral("Σ"),  QStringLiteral("\u0301"),
                                    QStringLiteral("🙂"), QStringLiteral("İ"),  QStringLiteral("K")};
        QRandomGenerator random(24);
        for (int i = 0; i < 3000; ++i) {
            QString text;
            for (int length = int(random.bounded(40)); length > 0; --length)
                text += pieces.at(int(random.bounded(qsizetype(pieces.size()))));
            QByteArray folded;
            QCOMPARE(QString::fromUtf8(roundTrip(text.toUtf8(), &folded)), text);
            QCOMPARE(folded, FoldedText::folded(text.toUtf8(), true));
        }
    }
};

QTEST_MAIN(TestFoldedText)
#include "tst_foldedtext.moc"
