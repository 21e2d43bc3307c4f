#include "ChatView.h"

#include "PostDelegate.h"
#include "PostListModel.h"

#include "gui/PictureLoader.h"

#include <QContextMenuEvent>
#include <QDesktopServices>
#include <QMenu>
#include <QScrollBar>
#include <QUrl>

namespace {
// Within this many pixels of an end, the next page is loaded.
constexpr int LoadMargin = 600;
constexpr int HoverDelayMs = 600;
} // namespace

ChatView::ChatView(QWidget* parent)
    : QListView(parent)
    , m_delegate(new PostDelegate(this))
    , m_openLink([](const QUrl& url) { QDesktopServices::openUrl(url); })
{
    setItemDelegate(m_delegate);
    m_delegate->setFont(font());
    setMouseTracking(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setResizeMode(QListView::Adjust);
    verticalScrollBar()->setSingleStep(24);
    m_hoverTimer.setSingleShot(true);
    m_hoverTimer.setInterval(HoverDelayMs);
    connect(&m_hoverTimer, &QTimer::timeout, this, [this] {
        const QModelIndex index = indexAt(m_hoverPosition);
        if (index.isValid() && m_delegate->isOnAuthor(visualRect(index), index, m_hoverPosition))
            Q_EMIT authorActivated(viewport()->mapToGlobal(m_hoverPosition));
    });

    QScrollBar* bar = verticalScrollBar();
    connect(bar, &QScrollBar::valueChanged, this, [this, bar](int value) {
        if (!m_adjusting)
            m_pinned = value >= bar->maximum() - 4;
        scheduleLoadMore();
    });
    connect(bar, &QScrollBar::rangeChanged, this, [this, bar](int, int maximum) {
        if (m_pinned) {
            m_adjusting = true;
            bar->setValue(maximum);
            m_adjusting = false;
        }
    });
}

void ChatView::setPostModel(PostListModel* model)
{
    m_model = model;
    setModel(model);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        m_delegate->clearCache();
        // A window in the middle of the journal is placed by whoever opened it (a search, a date).
        if (m_model->hasNewer())
            m_pinned = false;
        else
            showNewest();
    });
    connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex& first, const QModelIndex& last) {
                for (int row = first.row(); row <= last.row(); ++row)
                    m_delegate->forget(m_model->postAt(row).id);
            });
}

void ChatView::setPictureLoader(PictureLoader* loader)
{
    if (m_pictureLoader)
        disconnect(m_pictureLoader, nullptr, this, nullptr);
    m_pictureLoader = loader;
    m_delegate->setPictureLoader(loader);
    if (!loader)
        return;
    connect(loader, &PictureLoader::loaded, this,
            [this](qint64 attachmentId) { updatePicture(attachmentId); });
    connect(loader, &PictureLoader::failed, this,
            [this](qint64 attachmentId) { updatePicture(attachmentId); });
}

void ChatView::updatePicture(qint64 attachmentId)
{
    if (!m_model)
        return;
    const QRect visible = viewport()->rect();
    const QModelIndex top = indexAt(visible.topLeft());
    const QModelIndex bottom = indexAt(QPoint(0, visible.bottom()));
    const int first = top.isValid() ? top.row() : 0;
    const int last = bottom.isValid() ? bottom.row() : m_model->rowCount() - 1;
    for (int row = first; row <= last; ++row) {
        const QList<PictureRef>& pictures = m_model->postAt(row).pictures;
        if (std::any_of(pictures.begin(), pictures.end(), [attachmentId](const PictureRef& picture) {
                return picture.attachmentId == attachmentId;
            }))
            viewport()->update(visualRect(m_model->index(row)));
    }
}

void ChatView::showNewest()
{
    m_pinned = true;
    scrollToBottom();
}

qint64 ChatView::selectedPostId() const
{
    const QModelIndexList rows = selectionModel() ? selectionModel()->selectedRows() : QModelIndexList();
    return rows.isEmpty() ? 0 : rows.first().data(PostListModel::PostIdRole).toLongLong();
}

void ChatView::selectPost(qint64 postId)
{
    const int row = m_model ? m_model->rowOf(postId) : -1;
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row);
    setCurrentIndex(index);
    scrollTo(index);
}

void ChatView::scheduleLoadMore()
{
    if (m_loadScheduled)
        return;
    m_loadScheduled = true;
    // Not while the view is in the middle of a layout: after it, from the event loop.
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_loadScheduled = false;
            loadMoreIfNeeded();
        },
        Qt::QueuedConnection);
}

void ChatView::loadMoreIfNeeded()
{
    if (!m_model || m_model->rowCount() == 0)
        return;
    const QScrollBar* bar = verticalScrollBar();
    if (bar->value() < LoadMargin && m_model->hasOlder())
        loadKeepingPlace([this] { return m_model->loadOlder(); });
    else if (bar->maximum() - bar->value() < LoadMargin && m_model->hasNewer())
        loadKeepingPlace([this] { return m_model->loadNewer(); });
}

template <typename Load> void ChatView::loadKeepingPlace(Load load)
{
    // The post at the top of the viewport is the reader's place; it must not move.
    const QModelIndex top = indexAt(QPoint(1, 1));
    const qint64 anchorId = top.isValid() ? top.data(PostListModel::PostIdRole).toLongLong() : 0;
    const int anchorTop = top.isValid() ? visualRect(top).top() : 0;
    const bool wasPinned = m_pinned;
    m_adjusting = true;
    m_pinned = false;
    const int loaded = load();
    if (loaded > 0) {
        executeDelayedItemsLayout();
        updateGeometries();
        const int row = m_model->rowOf(anchorId);
        if (row >= 0) {
            const int moved = visualRect(m_model->index(row)).top() - anchorTop;
            verticalScrollBar()->setValue(verticalScrollBar()->value() + moved);
        }
    }
    m_pinned = wasPinned && !m_model->hasNewer();
    m_adjusting = false;
    if (loaded > 0)
        scheduleLoadMore(); // a fast scroll may need another page
}

void ChatView::mouseMoveEvent(QMouseEvent* event)
{
    QListView::mouseMoveEvent(event);
    const QPoint position = event->position().toPoint();
    const QModelIndex index = indexAt(position);
    bool pointing = false;
    if (index.isValid()) {
        const QRect rect = visualRect(index);
        const bool onAuthor = m_delegate->isOnAuthor(rect, index, position);
        pointing = onAuthor || !m_delegate->linkAt(rect, index, position).isEmpty() ||
                   m_delegate->pictureAt(rect, index, position).attachmentId != 0;
        if (onAuthor && !m_hoverTimer.isActive()) {
            m_hoverPosition = position;
            m_hoverTimer.start();
        } else if (!onAuthor) {
            m_hoverTimer.stop();
        }
    }
    viewport()->setCursor(pointing ? Qt::PointingHandCursor : Qt::ArrowCursor);
}

void ChatView::mouseReleaseEvent(QMouseEvent* event)
{
    QListView::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton)
        return;
    const QPoint position = event->position().toPoint();
    const QModelIndex index = indexAt(position);
    if (!index.isValid())
        return;
    const QRect rect = visualRect(index);
    if (const QString link = m_delegate->linkAt(rect, index, position); !link.isEmpty()) {
        activateLink(QUrl(link));
    } else if (const PictureRef picture = m_delegate->pictureAt(rect, index, position);
               picture.attachmentId) {
        Q_EMIT pictureActivated(index.data(PostListModel::PostIdRole).toLongLong(), picture.attachmentId);
    } else if (m_delegate->isOnAuthor(rect, index, position)) {
        m_hoverTimer.stop();
        Q_EMIT authorActivated(viewport()->mapToGlobal(position));
    }
}

void ChatView::activateLink(const QUrl& url)
{
    // Tags in a bubble are links of their own kind: they filter the chat instead of opening a browser.
    if (url.scheme() == QLatin1String(PostDelegate::TagScheme))
        Q_EMIT tagActivated(url.path());
    else
        m_openLink(url);
}

void ChatView::leaveEvent(QEvent* event)
{
    m_hoverTimer.stop();
    QListView::leaveEvent(event);
}

void ChatView::contextMenuEvent(QContextMenuEvent* event)
{
    QModelIndex index = event->reason() == QContextMenuEvent::Mouse ? indexAt(event->pos()) : currentIndex();
    if (!index.isValid())
        return;
    setCurrentIndex(index);
    // Shown with popup(): the application's one event loop goes on while it is open (a lock
    // may come). It goes once hidden, after its chosen action ran.
    auto* menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("postMenu"));
    connect(menu, &QMenu::aboutToHide, menu, &QObject::deleteLater);
    const QString link = event->reason() == QContextMenuEvent::Mouse
                             ? m_delegate->linkAt(visualRect(index), index, event->pos())
                             : QString();
    if (!link.isEmpty()) {
        menu->addAction(tr("Open &link"), this, [this, link] { activateLink(QUrl(link)); });
        menu->addSeparator();
    }
    menu->addActions(actions());
    menu->popup(event->globalPos());
}

void ChatView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange) {
        m_delegate->setFont(font());
        m_delegate->clearCache();
        scheduleDelayedItemsLayout();
    }
    QListView::changeEvent(event);
}
