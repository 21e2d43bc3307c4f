#include "core/PictureLinks.h"

#include <QTest>

namespace {
QList<PictureRef> picturesAt(const QList<int>& positions)
{
    QList<PictureRef> list;
    for (const int position : positions) {
        PictureRef picture;
        picture.attachmentId = 40 + position;
        picture.position = position;
        list << picture;
    }
    return list;
}
} // namespace

// Links from a post's text to its own pictures are not shown as text: the pictures show instead.
class TestPictureLinks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dayOnePhotosLeaveOnlyTheText()
    {
        // As an imported Day One entry reads: its text, then its photos.
        const QString text =
            QStringLiteral("A walk by the river.\n\n![photo](attachment:1)\n![photo](attachment:2)");
        QCOMPARE(PictureLinks::withoutLinksTo(text, picturesAt({1, 2})),
                 QStringLiteral("A walk by the river."));
    }

    void aLinkBetweenParagraphsLeavesOneBlankLine()
    {
        const QString text = QStringLiteral("Before.\n\n![the view](attachment:1)\n\nAfter.");
        QCOMPARE(PictureLinks::withoutLinksTo(text, picturesAt({1})), QStringLiteral("Before.\n\nAfter."));
    }

    void aPostOfPicturesAloneHasNoText()
    {
        QCOMPARE(PictureLinks::withoutLinksTo(QStringLiteral("![photo](attachment:1)"), picturesAt({1})),
                 QString());
    }

    void linksToPicturesThePostDoesNotHaveStay()
    {
        const QString text = QStringLiteral("Lost: ![photo](attachment:3)");
        QCOMPARE(PictureLinks::withoutLinksTo(text, picturesAt({1})), text);
        QCOMPARE(PictureLinks::withoutLinksTo(text, {}), text);
    }

    void otherImagesAndLinksStay()
    {
        const QString text = QStringLiteral("See ![a](https://example.org/a.png) and [b](attachment:1).");
        QCOMPARE(PictureLinks::withoutLinksTo(text, picturesAt({1})), text);
    }

    void textWithoutLinksIsUntouched()
    {
        const QString text = QStringLiteral("  Indented code\n\n\n\nand space  ");
        QCOMPARE(PictureLinks::withoutLinksTo(text, picturesAt({1})), text);
    }
};

QTEST_APPLESS_MAIN(TestPictureLinks)
#include "tst_picturelinks.moc"
