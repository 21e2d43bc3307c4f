#pragma once

#include <QStyledItemDelegate>

// Paints a search result: the post's date on one line, and below it the
// excerpt with the matched words in bold (the model's Qt::DisplayRole is HTML).
class SearchResultDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    enum Role
    {
        PostIdRole = Qt::UserRole + 1,
        DateRole,
    };

    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};
