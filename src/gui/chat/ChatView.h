#pragma once

#include <QListView>
#include <QTimer>

class PictureLoader;
class PostDelegate;
class PostListModel;

// The chat: posts oldest at the top, opening at the newest. Scrolling near
// either end pages more posts in from the journal while the post under the
// reader's eyes stays where it was. It stays pinned to the newest post until
// the reader scrolls away.
class ChatView : public QListView
{
    Q_OBJECT

public:
    explicit ChatView(QWidget* parent = nullptr);

    void setPostModel(PostListModel* model);
    PostListModel* postModel() const { return m_model; }
    PostDelegate* postDelegate() const { return m_delegate; }
    // Where the posts' pictures come from (nullptr: none are painted, only their room). The
    // rows showing a picture are painted again when it has been decoded.
    void setPictureLoader(PictureLoader* loader);

    // Jumps to the newest post and stays there as posts arrive.
    void showNewest();
    bool isPinnedToNewest() const { return m_pinned; }
    // The id of the selected post (0 when none).
    qint64 selectedPostId() const;
    void selectPost(qint64 postId);
    // Pages in older or newer posts when the scroll position is near an end.
    void loadMoreIfNeeded();

    // Test hook: how links are opened (the browser, by default).
    void setLinkOpener(std::function<void(const QUrl&)> opener) { m_openLink = std::move(opener); }

Q_SIGNALS:
    // The reader clicked or rested on the author's avatar or name.
    void authorActivated(const QPoint& globalPosition);
    // The reader clicked a #tag in a post.
    void tagActivated(const QString& tag);
    // The reader clicked a picture in a post.
    void pictureActivated(qint64 postId, qint64 attachmentId);

protected:
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    template <typename Load> void loadKeepingPlace(Load load);
    void scheduleLoadMore();
    void activateLink(const QUrl& url);
    // Paints again the rows on screen that show `attachmentId`.
    void updatePicture(qint64 attachmentId);

    PostListModel* m_model = nullptr;
    PostDelegate* m_delegate;
    PictureLoader* m_pictureLoader = nullptr;
    bool m_pinned = true;
    bool m_adjusting = false;
    bool m_loadScheduled = false;
    QTimer m_hoverTimer;
    QPoint m_hoverPosition;
    std::function<void(const QUrl&)> m_openLink;
};
