#include "SearchResultDelegate.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

namespace {

constexpr int Padding = 6;

void prepare(QTextDocument& document, const QStyleOptionViewItem& option, const QModelIndex& index)
{
    document.setDefaultFont(option.font);
    document.setDocumentMargin(0);
    document.setHtml(index.data(Qt::DisplayRole).toString());
    document.setTextWidth(qMax(50, option.rect.width() - 2 * Padding));
}

} // namespace

void SearchResultDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                 const QModelIndex& index) const
{
    QStyleOptionViewItem base = option;
    initStyleOption(&base, index);
    base.text.clear();
    QStyle* style = option.widget ? option.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &base, painter, option.widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorRole textRole = selected ? QPalette::HighlightedText : QPalette::Text;
    painter->save();
    QFont small = option.font;
    small.setPointSizeF(small.pointSizeF() * 0.85);
    painter->setFont(small);
    painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
    const int dateHeight = QFontMetrics(small).height();
    painter->drawText(option.rect.adjusted(Padding, Padding / 2, -Padding, 0), Qt::AlignLeft | Qt::AlignTop,
                      index.data(DateRole).toString());

    QTextDocument document;
    prepare(document, option, index);
    painter->translate(option.rect.left() + Padding, option.rect.top() + Padding / 2.0 + dateHeight + 2);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = option.palette;
    context.palette.setColor(QPalette::Text, option.palette.color(textRole));
    document.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize SearchResultDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QTextDocument document;
    prepare(document, option, index);
    QFont small = option.font;
    small.setPointSizeF(small.pointSizeF() * 0.85);
    return QSize(option.rect.width(),
                 int(document.size().height()) + QFontMetrics(small).height() + Padding + 4);
}
