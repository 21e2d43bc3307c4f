#include "Identicon.h"

#include <QCryptographicHash>
#include <QPainter>

namespace Identicon {

QImage forEmail(const QString& email, int size)
{
    const QByteArray hash =
        QCryptographicHash::hash(email.trimmed().toLower().toUtf8(), QCryptographicHash::Sha256);
    const auto byte = [&hash](int i) { return quint8(hash.at(i)); };
    const QColor foreground =
        QColor::fromHsl((byte(0) << 8 | byte(1)) % 360, 140 + byte(2) % 80, 110 + byte(3) % 40);

    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(QColor(0xf0, 0xf0, 0xf0));
    QPainter painter(&image);
    painter.setPen(Qt::NoPen);
    painter.setBrush(foreground);
    constexpr int Cells = 5;
    const qreal cell = size / qreal(Cells + 1); // half a cell of margin on each side
    const qreal margin = cell / 2;
    for (int row = 0; row < Cells; ++row) {
        for (int column = 0; column < 3; ++column) {
            // Columns 3 and 4 mirror 1 and 0, so the pattern reads as a face or a sign.
            const int bit = row * 3 + column;
            if (!(byte(4 + bit / 8) & (1 << (bit % 8))))
                continue;
            for (const int x : {column, Cells - 1 - column})
                painter.drawRect(QRectF(margin + x * cell, margin + row * cell, cell + 0.5, cell + 0.5));
        }
    }
    return image;
}

} // namespace Identicon
