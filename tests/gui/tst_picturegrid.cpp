#include "gui/chat/PictureGrid.h"

#include <QTest>

namespace {
QList<PictureRef> pictures(const QList<QSize>& sizes)
{
    QList<PictureRef> list;
    for (qsizetype i = 0; i < sizes.size(); ++i) {
        PictureRef picture;
        picture.attachmentId = 100 + i;
        picture.postId = 1;
        picture.position = int(i + 1);
        picture.mimeType = QStringLiteral("image/jpeg");
        picture.size = sizes.at(i);
        list << picture;
    }
    return list;
}
} // namespace

// Where a post's pictures go in its bubble, worked out from their sizes alone.
class TestPictureGrid : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noPicturesTakeNoRoom()
    {
        const PictureGrid grid({}, 600);
        QVERIFY(grid.isEmpty());
        QCOMPARE(grid.size(), QSize());
    }

    void oneLandscapePhotoIsAsTallAsTheMaximum()
    {
        const PictureGrid grid(pictures({QSize(1600, 1200)}), 700);
        QCOMPARE(grid.count(), 1);
        QCOMPARE(grid.rect(0), QRect(0, 0, 480, 360)); // 4:3 kept, 360 tall
        QCOMPARE(grid.size(), QSize(480, 360));
    }

    void oneWidePhotoIsBoundedByTheBubbleWidth()
    {
        const PictureGrid grid(pictures({QSize(3000, 1000)}), 300);
        QCOMPARE(grid.rect(0), QRect(0, 0, 300, 100));
    }

    void oneSmallPictureIsNotEnlarged()
    {
        const PictureGrid grid(pictures({QSize(120, 90)}), 600);
        QCOMPARE(grid.rect(0), QRect(0, 0, 120, 90));
        // An icon-sized one is still large enough to click.
        QCOMPARE(PictureGrid(pictures({QSize(16, 16)}), 600).rect(0), QRect(0, 0, 48, 48));
    }

    void oneTallPhotoKeepsItsProportions()
    {
        const PictureGrid grid(pictures({QSize(1000, 2000)}), 600);
        QCOMPARE(grid.rect(0), QRect(0, 0, 180, 360));
    }

    void aPictureOfUnknownSizeGetsASquare()
    {
        QCOMPARE(PictureGrid(pictures({QSize()}), 600).rect(0), QRect(0, 0, 360, 360));
        QCOMPARE(PictureGrid(pictures({QSize()}), 200).rect(0), QRect(0, 0, 200, 200));
    }

    void twoAndFourPicturesMakeTwoColumns()
    {
        const PictureGrid two(pictures({QSize(800, 600), QSize(600, 800)}), 600);
        QCOMPARE(two.columns(), 2);
        QCOMPARE(two.rect(0), QRect(0, 0, 200, 200));
        QCOMPARE(two.rect(1), QRect(204, 0, 200, 200));
        QCOMPARE(two.size(), QSize(404, 200));

        const PictureGrid four(pictures({QSize(800, 600), QSize(800, 600), QSize(), QSize(800, 600)}), 600);
        QCOMPARE(four.columns(), 2);
        QCOMPARE(four.rect(2), QRect(0, 204, 200, 200));
        QCOMPARE(four.rect(3), QRect(204, 204, 200, 200));
        QCOMPARE(four.size(), QSize(404, 404));
    }

    void threeFiveAndMoreMakeThreeColumns()
    {
        const PictureGrid five(pictures(QList<QSize>(5, QSize(800, 600))), 600);
        QCOMPARE(five.columns(), 3);
        QCOMPARE(five.rect(2), QRect(2 * 197 + 2 * 4, 0, 197, 197)); // (600 - 8) / 3 wide cells
        QCOMPARE(five.rect(4), QRect(201, 201, 197, 197));
        QCOMPARE(five.size(), QSize(599, 398));
        QCOMPARE(PictureGrid(pictures(QList<QSize>(3, QSize(800, 600))), 600).columns(), 3);
        QCOMPARE(PictureGrid(pictures(QList<QSize>(20, QSize(800, 600))), 600).size().height(),
                 7 * 197 + 6 * 4);
    }

    void cellsAreSquareInANarrowBubble()
    {
        const PictureGrid grid(pictures(QList<QSize>(3, QSize(800, 600))), 152);
        QCOMPARE(grid.rect(0), QRect(0, 0, 48, 48));
        QCOMPARE(grid.rect(1), QRect(52, 0, 48, 48));
    }

    void theDecodeBoundDoesNotDependOnTheWidth()
    {
        // A resized window paints what was decoded instead of decoding again.
        const QList<PictureRef> one = pictures({QSize(1600, 1200)});
        QCOMPARE(PictureGrid(one, 700).decodeBound(0), PictureGrid(one, 250).decodeBound(0));
        QCOMPARE(PictureGrid(one, 700).decodeBound(0), QSize(480, 360));
        const QList<PictureRef> three = pictures({QSize(1600, 1200), QSize(1200, 1600), QSize()});
        const PictureGrid wide(three, 700);
        const PictureGrid narrow(three, 250);
        for (qsizetype i = 0; i < 3; ++i)
            QCOMPARE(wide.decodeBound(i), narrow.decodeBound(i));
        // Decoded to fit its bound, a picture covers its whole cell.
        QCOMPARE(wide.decodeBound(0), QSize(267, 200));
        QCOMPARE(wide.decodeBound(1), QSize(200, 267));
    }

    void picturesAreFoundUnderThePointer()
    {
        const PictureGrid grid(pictures({QSize(800, 600), QSize(800, 600)}), 600);
        QCOMPARE(grid.indexAt(QPoint(10, 10)), 0);
        QCOMPARE(grid.indexAt(QPoint(300, 100)), 1);
        QCOMPARE(grid.indexAt(QPoint(202, 100)), -1); // the gap between them
        QCOMPARE(grid.indexAt(QPoint(10, 250)), -1);
    }

    void aCroppedPictureShowsItsMiddle()
    {
        QCOMPARE(PictureGrid::croppedSource(QSize(400, 300), QSize(200, 200)), QRect(50, 0, 300, 300));
        QCOMPARE(PictureGrid::croppedSource(QSize(300, 400), QSize(100, 100)), QRect(0, 50, 300, 300));
        QCOMPARE(PictureGrid::croppedSource(QSize(480, 360), QSize(240, 180)), QRect(0, 0, 480, 360));
    }
};

QTEST_APPLESS_MAIN(TestPictureGrid)
#include "tst_picturegrid.moc"
