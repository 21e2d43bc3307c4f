#include "PostDelegate.h"

#include "PostListModel.h"

#include "core/Hashtags.h"
#include "core/PictureLinks.h"
#include "gui/MarkdownHtml.h"
#include "gui/PictureLoader.h"

#include <QAbstractItemView>
#include <QAbstractTextDocumentLayout>
#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTextCursor>
#include <QToolTip>

namespace {

// Laid-out bodies kept: a little more than the model's window of loaded posts.
constexpr int RenderedPosts = 400;
constexpr int SideColumn = 96; // time and "edited" beside the bubble
constexpr int BubbleRadius = 12;
// Between the text and the pictures, and around pictures that have no text.
constexpr int PictureGap = 6;
constexpr int PicturePadding = 4;
constexpr qreal PictureRadius = 8;

QColor mixed(const QColor& a, const QColor& b, qreal share)
{
    return QColor::fromRgbF(a.redF() * (1 - share) + b.redF() * share,
                            a.greenF() * (1 - share) + b.greenF() * share,
                            a.blueF() * (1 - share) + b.blueF() * share);
}

QFont smaller(QFont font)
{
    font.setPointSizeF(font.pointSizeF() * 0.85);
    return font;
}

QString damagedPicture()
{
    return PostDelegate::tr("This picture is damaged and cannot be shown.");
}

QString sideText(const PostDelegate& delegate, const QModelIndex& index)
{
    QStringList parts;
    if (!index.data(PostListModel::GroupStartRole).toBool())
        parts << delegate.timeText(index.data(PostListModel::CreatedAtRole).toLongLong());
    if (index.data(PostListModel::EditedAtRole).toLongLong() > 0)
        parts << PostDelegate::tr("edited");
    return parts.join(QStringLiteral(" · "));
}

} // namespace

PostDelegate::PostDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
    , m_rendered(RenderedPosts)
{}

void PostDelegate::setAuthor(const QString& username, const QImage& avatar)
{
    m_username = username;
    m_avatar = avatar;
    m_roundAvatar = QPixmap();
}

QPixmap PostDelegate::roundAvatar(int size, qreal devicePixelRatio) const
{
    const int pixels = qCeil(size * devicePixelRatio);
    if (!m_roundAvatar.isNull() && m_roundAvatar.width() == pixels &&
        m_roundAvatar.devicePixelRatio() == devicePixelRatio)
        return m_roundAvatar;
    QPixmap pixmap(pixels, pixels);
    pixmap.fill(Qt::transparent);
    if (m_avatar.isNull()) {
        pixmap.setDevicePixelRatio(devicePixelRatio);
        m_roundAvatar = pixmap;
        return pixmap;
    }
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    QPainterPath circle;
    circle.addEllipse(QRectF(0, 0, pixels, pixels));
    painter.setClipPath(circle);
    painter.drawImage(QRect(0, 0, pixels, pixels), m_avatar);
    painter.end();
    pixmap.setDevicePixelRatio(devicePixelRatio);
    m_roundAvatar = pixmap;
    return pixmap;
}

void PostDelegate::setHighlight(const SearchHighlight& highlight)
{
    m_highlight.clear();
    m_highlight = highlight;
    clearCache(); // the bodies are laid out again, with the marks; their sizes stay
}

QColor PostDelegate::matchBackground()
{
    return QColor(0xFF, 0xD5, 0x4F);
}

const QTextDocument* PostDelegate::paintedBody(qint64 postId) const
{
    const Rendered* rendered = m_rendered.object(postId);
    return rendered && rendered->shown ? &rendered->document : nullptr;
}

void PostDelegate::markMatches(QTextDocument& document) const
{
    if (m_highlight.isEmpty())
        return;
    QTextCharFormat match;
    match.setBackground(matchBackground());
    match.setForeground(QColor(0x1F, 0x1F, 0x1F)); // dark on the light mark, in a dark theme too
    // The text as the bubble shows it (Markdown rendered): one character for each position.
    const QString shown = document.toRawText();
    for (const SearchHighlight::Range& range : m_highlight.rangesIn(shown)) {
        QTextCursor cursor(&document);
        cursor.setPosition(int(range.start));
        cursor.setPosition(int(range.start + range.length), QTextCursor::KeepAnchor);
        cursor.mergeCharFormat(match);
    }
}

void PostDelegate::clearCache()
{
    m_rendered.clear();
}

void PostDelegate::forget(qint64 postId)
{
    m_rendered.remove(postId);
}

QTextDocument* PostDelegate::documentFor(const QModelIndex& index, int maxWidth, const QFont& font,
                                         const QList<PictureRef>& pictures) const
{
    const qint64 postId = index.data(PostListModel::PostIdRole).toLongLong();
    const QString text = index.data(PostListModel::TextRole).toString();
    Rendered* rendered = m_rendered.object(postId);
    if (rendered && rendered->maxWidth == maxWidth && rendered->font == font && rendered->text == text)
        return rendered->shown ? &rendered->document : nullptr;

    rendered = new Rendered;
    rendered->text = text;
    rendered->maxWidth = maxWidth;
    rendered->font = font;
    QTextDocument& document = rendered->document;
    document.setDefaultFont(font);
    document.setDocumentMargin(0);
    if (index.data(PostListModel::ReadableRole).toBool()) {
        // Links to the post's own pictures are not shown as text: the pictures show below it.
        const QString shown = PictureLinks::withoutLinksTo(text, pictures);
        if (shown.isEmpty() && !pictures.isEmpty()) {
            rendered->shown = false;
            m_rendered.insert(postId, rendered);
            return nullptr;
        }
        MarkdownHtml::setPost(document, Hashtags::linked(shown, QLatin1String(TagScheme)));
        markMatches(document);
    } else
        document.setHtml(QStringLiteral("<i>%1</i>").arg(text.toHtmlEscaped()));
    document.setTextWidth(maxWidth);
    const qreal ideal = document.idealWidth();
    if (ideal < maxWidth)
        document.setTextWidth(qCeil(ideal));
    rendered->size = document.size();
    m_rendered.insert(postId, rendered);
    return &rendered->document;
}

PostDelegate::Layout PostDelegate::layoutFor(const QRect& itemRect, const QModelIndex& index,
                                             const QFont& font) const
{
    Layout layout;
    const QFontMetrics metrics(font);
    int y = itemRect.top();
    if (!index.data(PostListModel::DayLabelRole).toString().isEmpty()) {
        layout.dayLabel = QRect(itemRect.left(), y + 8, itemRect.width(), metrics.height() + 8);
        y = layout.dayLabel.bottom() + 6;
    }
    const int contentLeft = itemRect.left() + Margin + AvatarSize + Gap;
    const bool groupStart = index.data(PostListModel::GroupStartRole).toBool();
    if (groupStart) {
        y += 6;
        layout.avatar = QRect(itemRect.left() + Margin, y, AvatarSize, AvatarSize);
        layout.header =
            QRect(contentLeft, y, qMax(0, itemRect.right() - Margin - contentLeft), metrics.height());
        y = layout.header.bottom() + 3;
    }
    const int available = itemRect.right() - Margin - SideColumn - contentLeft;
    const int maxBubble = qBound(80, available, MaxBubbleWidth);
    const int inner = maxBubble - 2 * BubblePadding;
    layout.pictureRefs = index.data(PostListModel::PicturesRole).value<QList<PictureRef>>();
    const QTextDocument* document = documentFor(index, inner, font, layout.pictureRefs);
    layout.document = document;
    // The pictures' room comes from their known sizes: the same before and after decoding.
    layout.grid = PictureGrid(layout.pictureRefs, inner);
    const QSize grid = layout.grid.size();
    if (!document) {
        layout.bubble =
            QRect(contentLeft, y, grid.width() + 2 * PicturePadding, grid.height() + 2 * PicturePadding);
        layout.pictures = QRect(QPoint(contentLeft + PicturePadding, y + PicturePadding), grid);
    } else {
        const QSize body(qCeil(document->size().width()), qCeil(document->size().height()));
        const int picturesHeight = layout.grid.isEmpty() ? 0 : PictureGap + grid.height();
        layout.bubble = QRect(contentLeft, y, qMax(qMax(body.width(), grid.width()) + 2 * BubblePadding, 40),
                              body.height() + picturesHeight + 2 * BubblePadding - 2);
        layout.body = QRect(QPoint(contentLeft + BubblePadding, y + BubblePadding - 1), body);
        if (!layout.grid.isEmpty())
            layout.pictures = QRect(QPoint(layout.body.left(), layout.body.bottom() + 1 + PictureGap), grid);
    }
    layout.time = QRect(layout.bubble.right() + 8, layout.bubble.bottom() - metrics.height(), SideColumn - 8,
                        metrics.height());
    return layout;
}

QSize PostDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const int width = option.rect.width() > 0 ? option.rect.width() : 600;
    const Layout layout = layoutFor(QRect(0, 0, width, 0), index, option.font);
    return QSize(width, layout.bubble.bottom() + 5);
}

void PostDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                         const QModelIndex& index) const
{
    const Layout layout = layoutFor(option.rect, index, option.font);
    const QPalette& palette = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);

    if (!layout.dayLabel.isNull()) {
        const QString label = index.data(PostListModel::DayLabelRole).toString();
        const int width = QFontMetrics(option.font).horizontalAdvance(label) + 24;
        const QRect pill(layout.dayLabel.center().x() - width / 2, layout.dayLabel.top(), width,
                         layout.dayLabel.height());
        painter->setPen(Qt::NoPen);
        painter->setBrush(mixed(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.08));
        painter->drawRoundedRect(pill, pill.height() / 2.0, pill.height() / 2.0);
        painter->setPen(palette.color(QPalette::PlaceholderText));
        painter->drawText(pill, Qt::AlignCenter, label);
    }

    if (!layout.avatar.isNull()) {
        painter->drawPixmap(layout.avatar.topLeft(),
                            roundAvatar(AvatarSize, painter->device()->devicePixelRatioF()));
        QFont bold = option.font;
        bold.setBold(true);
        painter->setFont(bold);
        painter->setPen(palette.color(QPalette::Text));
        const QString name = m_username;
        painter->drawText(layout.header, Qt::AlignLeft | Qt::AlignVCenter, name);
        const int nameWidth = QFontMetrics(bold).horizontalAdvance(name);
        painter->setFont(smaller(option.font));
        painter->setPen(palette.color(QPalette::PlaceholderText));
        painter->drawText(layout.header.adjusted(nameWidth + 8, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                          timeText(index.data(PostListModel::CreatedAtRole).toLongLong()));
    }

    painter->setPen(selected ? QPen(palette.color(QPalette::Highlight), 2) : QPen(Qt::NoPen));
    painter->setBrush(bubbleColor(palette, selected));
    painter->drawRoundedRect(QRectF(layout.bubble).adjusted(1, 1, -1, -1), BubbleRadius, BubbleRadius);

    if (layout.document) {
        painter->translate(layout.body.topLeft());
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette = palette;
        context.palette.setColor(QPalette::Text, palette.color(QPalette::Text));
        layout.document->documentLayout()->draw(painter, context);
        painter->translate(-layout.body.topLeft());
    }
    if (!layout.grid.isEmpty())
        paintPictures(painter, layout, palette, bubbleColor(palette, selected));

    if (const QString side = sideText(*this, index); !side.isEmpty()) {
        painter->setFont(smaller(option.font));
        painter->setPen(palette.color(QPalette::PlaceholderText));
        painter->drawText(layout.time, Qt::AlignLeft | Qt::AlignBottom, side);
    }
    painter->restore();
}

void PostDelegate::paintPictures(QPainter* painter, const Layout& layout, const QPalette& palette,
                                 const QColor& bubble) const
{
    const qreal ratio = painter->device()->devicePixelRatioF();
    painter->setRenderHint(QPainter::SmoothPixmapTransform);
    painter->setPen(Qt::NoPen);
    const QColor tile = mixed(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.10);
    for (qsizetype i = 0; i < layout.grid.count(); ++i) {
        const PictureRef& picture = layout.pictureRefs.at(i);
        const QRect target = layout.grid.rect(i).translated(layout.pictures.topLeft());
        const bool failed = m_loader && m_loader->hasFailed(picture.attachmentId);
        // A null image is not decoded yet (it is now asked for): its room shows as a plain tile.
        const QImage image = m_loader && !failed
                                 ? m_loader->picture(picture.attachmentId, layout.grid.decodeBound(i) * ratio)
                                 : QImage();
        if (image.isNull()) {
            painter->setBrush(tile);
            painter->drawRoundedRect(target, PictureRadius, PictureRadius);
            if (failed) {
                painter->setPen(palette.color(QPalette::PlaceholderText));
                painter->setFont(smaller(m_font));
                painter->drawText(target.adjusted(4, 4, -4, -4), Qt::AlignCenter | Qt::TextWordWrap,
                                  damagedPicture());
                painter->setPen(Qt::NoPen);
            }
            continue;
        }
        painter->drawImage(target, image, PictureGrid::croppedSource(image.size(), target.size()));
        // Its corners rounded by painting the bubble over them: cheaper than filling a rounded
        // shape with the picture.
        QPainterPath corners;
        corners.setFillRule(Qt::OddEvenFill);
        corners.addRect(target);
        corners.addRoundedRect(target, PictureRadius, PictureRadius);
        painter->setBrush(bubble);
        painter->drawPath(corners);
    }
}

bool PostDelegate::helpEvent(QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option,
                             const QModelIndex& index)
{
    if (event && view && index.isValid()) {
        if (const QString link = linkAt(option.rect, index, event->pos()); !link.isEmpty()) {
            QToolTip::showText(event->globalPos(), link, view);
            return true;
        }
        const QList<PictureRef> pictures = index.data(PostListModel::PicturesRole).value<QList<PictureRef>>();
        if (const PictureRef picture = pictureAt(option.rect, index, event->pos()); picture.attachmentId) {
            const QString tip =
                m_loader && m_loader->hasFailed(picture.attachmentId) ? damagedPicture()
                : pictures.size() == 1
                    ? tr("Click to view the picture")
                    : tr("Picture %1 of %2: click to view it").arg(picture.position).arg(pictures.size());
            QToolTip::showText(event->globalPos(), tip, view);
            return true;
        }
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

QString PostDelegate::linkAt(const QRect& itemRect, const QModelIndex& index, const QPoint& position) const
{
    const QFont font = m_font;
    const Layout layout = layoutFor(itemRect, index, font);
    if (!layout.document || !layout.body.contains(position))
        return {};
    return layout.document->documentLayout()->anchorAt(position - layout.body.topLeft());
}

PictureRef PostDelegate::pictureAt(const QRect& itemRect, const QModelIndex& index, const QPoint& position,
                                   QRect* where) const
{
    const Layout layout = layoutFor(itemRect, index, m_font);
    if (!layout.pictures.contains(position))
        return {};
    const qsizetype i = layout.grid.indexAt(position - layout.pictures.topLeft());
    if (i < 0)
        return {};
    if (where)
        *where = layout.grid.rect(i).translated(layout.pictures.topLeft());
    return layout.pictureRefs.at(i);
}

bool PostDelegate::isOnAuthor(const QRect& itemRect, const QModelIndex& index, const QPoint& position) const
{
    const Layout layout = layoutFor(itemRect, index, m_font);
    if (layout.avatar.contains(position))
        return true;
    QFont bold = m_font;
    bold.setBold(true);
    const QRect name(layout.header.topLeft(),
                     QSize(QFontMetrics(bold).horizontalAdvance(m_username), layout.header.height()));
    return name.contains(position);
}

QColor PostDelegate::bubbleColor(const QPalette& palette, bool selected)
{
    return mixed(palette.color(QPalette::Base), palette.color(QPalette::Highlight), selected ? 0.24 : 0.12);
}
