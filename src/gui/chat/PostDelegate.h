#pragma once

#include "PictureGrid.h"

#include "core/SearchHighlight.h"
#include "gui/PostTimeFormat.h"

#include <QCache>
#include <QImage>
#include <QStyledItemDelegate>
#include <QTextDocument>

// Paints a post as a chat message: a day separator where the day changes, the
// author's round avatar, name and time at the start of a group, and the body
// as Markdown in a bubble. Laid-out bodies are cached by post id and width, so
// scrolling and repainting never lay out the same text twice; the cache is
// bounded and cleared on lock. While a search is open, its matches are marked
// in every bubble.
class PictureLoader;

class PostDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    static constexpr int AvatarSize = 36;
    static constexpr int Margin = 12;
    static constexpr int Gap = 10;
    static constexpr int BubblePadding = 9;
    static constexpr int MaxBubbleWidth = 720;
    // The link scheme of #tags in bubbles.
    static constexpr const char* TagScheme = "soliloquy-tag";

    explicit PostDelegate(QObject* parent = nullptr);

    void setAuthor(const QString& username, const QImage& avatar);
    // Where pictures come from, decoded (nullptr: none are painted, only their room).
    void setPictureLoader(PictureLoader* loader) { m_loader = loader; }

    // The font the view paints with, for hit tests outside painting.
    void setFont(const QFont& font) { m_font = font; }
    QString username() const { return m_username; }
    void setTimeFormat(const PostTimeFormat& format) { m_timeFormat = format; }
    // A post's time as painted beside it.
    QString timeText(qint64 createdAt) const { return m_timeFormat.timeOf(createdAt); }
    // The avatar rendered round at `size` logical pixels, sharp at `devicePixelRatio`.
    QPixmap roundAvatar(int size, qreal devicePixelRatio) const;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    bool helpEvent(QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option,
                   const QModelIndex& index) override;

    // Hit tests in the coordinates of the item's rectangle (`itemRect`).
    QString linkAt(const QRect& itemRect, const QModelIndex& index, const QPoint& position) const;
    bool isOnAuthor(const QRect& itemRect, const QModelIndex& index, const QPoint& position) const;
    // The picture at `position` as its PictureRef (attachmentId 0 when none), and where it is.
    PictureRef pictureAt(const QRect& itemRect, const QModelIndex& index, const QPoint& position,
                         QRect* where = nullptr) const;

    // Marks the matches of a search in the bubbles; an empty one marks nothing.
    void setHighlight(const SearchHighlight& highlight);
    // The background of a match in a bubble: the colour of found text, in light and dark alike.
    static QColor matchBackground();
    // The body of a post as last painted, or null when it was not painted since the last change.
    const QTextDocument* paintedBody(qint64 postId) const;

    // Forgets every laid-out text (on lock, font change or an edit).
    void clearCache();
    void forget(qint64 postId);

private:
    struct Layout
    {
        QRect dayLabel;
        QRect avatar;
        QRect header;
        QRect bubble;
        QRect body;
        QRect pictures;                          // below the body
        QRect time;                              // beside the bubble, on posts that continue a group
        const QTextDocument* document = nullptr; // null when the post is pictures alone
        QList<PictureRef> pictureRefs;
        PictureGrid grid;
    };
    struct Rendered
    {
        QString text;
        int maxWidth = 0;
        QFont font;
        QTextDocument document;
        QSizeF size;
        bool shown = true; // false when the text is only links to the post's pictures
    };

    Layout layoutFor(const QRect& itemRect, const QModelIndex& index, const QFont& font) const;
    QTextDocument* documentFor(const QModelIndex& index, int maxWidth, const QFont& font,
                               const QList<PictureRef>& pictures) const;
    void paintPictures(QPainter* painter, const Layout& layout, const QPalette& palette,
                       const QColor& bubble) const;
    static QColor bubbleColor(const QPalette& palette, bool selected);
    void markMatches(QTextDocument& document) const;

    QString m_username;
    QImage m_avatar;
    QFont m_font;
    SearchHighlight m_highlight;
    PostTimeFormat m_timeFormat;
    mutable QCache<qint64, Rendered> m_rendered;
    PictureLoader* m_loader = nullptr;
    mutable QPixmap m_roundAvatar; // the last one rendered, painted beside every group of posts
};
