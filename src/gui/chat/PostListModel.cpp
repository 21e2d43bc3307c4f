#include "PostListModel.h"

#include "core/Journal.h"

#include "core/PostSource.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

PostListModel::PostListModel(QObject* parent)
    : QAbstractListModel(parent)
{}

void PostListModel::wipe(QList<Post>& posts)
{
    for (Post& post : posts)
        post.text.fill(QLatin1Char('\0'));
    posts.clear();
    posts.squeeze();
}

void PostListModel::setSource(const PostSource* source)
{
    beginResetModel();
    wipe(m_posts);
    m_source = source;
    // One post more than a page tells whether there is anything beyond it.
    if (m_source)
        m_posts = m_source->newest(PageSize + 1);
    m_hasOlder = m_posts.size() > PageSize;
    if (m_hasOlder)
        m_posts.removeFirst();
    m_hasNewer = false;
    endResetModel();
}

void PostListModel::showNewest()
{
    setSource(m_source);
}

void PostListModel::showAround(const Post& anchor)
{
    if (!m_source)
        return;
    beginResetModel();
    wipe(m_posts);
    QList<Post> older = m_source->olderThan(anchor, PageSize / 2 + 1);
    QList<Post> newer = m_source->newerThan(anchor, PageSize / 2 + 1);
    m_hasOlder = older.size() > PageSize / 2;
    if (m_hasOlder)
        older.removeFirst();
    m_hasNewer = newer.size() > PageSize / 2;
    if (m_hasNewer)
        newer.removeLast();
    m_posts = std::move(older);
    m_posts.append(anchor);
    m_posts.append(newer);
    endResetModel();
}

int PostListModel::loadOlder()
{
    if (!m_source || !m_hasOlder || m_posts.isEmpty())
        return 0;
    QList<Post> older = m_source->olderThan(m_posts.first(), PageSize + 1);
    m_hasOlder = older.size() > PageSize;
    if (m_hasOlder)
        older.removeFirst();
    if (older.isEmpty())
        return 0;
    const int count = int(older.size());
    beginInsertRows(QModelIndex(), 0, count - 1);
    older.append(m_posts);
    m_posts = std::move(older);
    endInsertRows();
    if (m_posts.size() > MaxLoaded) {
        const int first = MaxLoaded;
        beginRemoveRows(QModelIndex(), first, int(m_posts.size()) - 1);
        QList<Post> dropped = m_posts.mid(first);
        m_posts.resize(first);
        wipe(dropped);
        endRemoveRows();
        m_hasNewer = true;
    }
    return count;
}

int PostListModel::loadNewer()
{
    if (!m_source || !m_hasNewer || m_posts.isEmpty())
        return 0;
    QList<Post> newer = m_source->newerThan(m_posts.last(), PageSize + 1);
    m_hasNewer = newer.size() > PageSize;
    if (m_hasNewer)
        newer.removeLast();
    if (newer.isEmpty())
        return 0;
    const int count = int(newer.size());
    beginInsertRows(QModelIndex(), int(m_posts.size()), int(m_posts.size()) + count - 1);
    m_posts.append(newer);
    endInsertRows();
    if (m_posts.size() > MaxLoaded) {
        const int excess = int(m_posts.size()) - MaxLoaded;
        beginRemoveRows(QModelIndex(), 0, excess - 1);
        QList<Post> dropped = m_posts.mid(0, excess);
        m_posts.remove(0, excess);
        wipe(dropped);
        endRemoveRows();
        m_hasOlder = true;
    }
    return count;
}

void PostListModel::follow(const Journal* journal)
{
    if (m_followed)
        disconnect(m_followed, nullptr, this, nullptr);
    m_followed = journal;
    if (!journal)
        return;
    connect(journal, &Journal::postAdded, this, &PostListModel::insertPost);
    connect(journal, &Journal::postChanged, this, &PostListModel::replace);
    connect(journal, &Journal::postRemoved, this, &PostListModel::removePost);
}

void PostListModel::append(const Post& post)
{
    if (m_hasNewer) {
        // Scrolled far back: the new post belongs after posts not loaded, so jump to the newest.
        showNewest();
        return;
    }
    insertPost(post);
}

void PostListModel::insertPost(const Post& post)
{
    const auto before = [](const Post& a, const Post& b) {
        return a.createdAt < b.createdAt || (a.createdAt == b.createdAt && a.id < b.id);
    };
    // Outside the loaded window, a post shows up when its page is loaded.
    if (!m_posts.isEmpty() && ((m_hasOlder && before(post, m_posts.constFirst())) ||
                               (m_hasNewer && before(m_posts.constLast(), post)))) {
        return;
    }
    const int row = int(std::lower_bound(m_posts.cbegin(), m_posts.cend(), post, before) - m_posts.cbegin());
    beginInsertRows(QModelIndex(), row, row);
    m_posts.insert(row, post);
    endInsertRows();
    // The neighbours' grouping and day labels may change with a new post beside them.
    const int first = qMax(0, row - 1);
    const int last = qMin(int(m_posts.size()) - 1, row + 1);
    if (first < row)
        Q_EMIT dataChanged(index(first), index(first));
    if (last > row)
        Q_EMIT dataChanged(index(last), index(last));
}

void PostListModel::replace(const Post& post)
{
    const int row = rowOf(post.id);
    if (row < 0)
        return;
    m_posts[row] = post;
    Q_EMIT dataChanged(index(row), index(row));
}

void PostListModel::removePost(qint64 postId)
{
    const int row = rowOf(postId);
    if (row < 0)
        return;
    beginRemoveRows(QModelIndex(), row, row);
    m_posts[row].text.fill(QLatin1Char('\0'));
    m_posts.removeAt(row);
    endRemoveRows();
    if (row < m_posts.size())
        Q_EMIT dataChanged(index(row), index(row)); // it may now start a group or a day
}

void PostListModel::clear()
{
    setSource(nullptr);
}

int PostListModel::rowOf(qint64 postId) const
{
    for (int row = int(m_posts.size()) - 1; row >= 0; --row) {
        if (m_posts.at(row).id == postId)
            return row;
    }
    return -1;
}

const Post* PostListModel::newestPost() const
{
    return m_hasNewer || m_posts.isEmpty() ? nullptr : &m_posts.constLast();
}

QDate PostListModel::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

QString PostListModel::dayLabel(const QDate& day, const QDate& today)
{
    if (day == today)
        return tr("Today");
    if (day == today.addDays(-1))
        return tr("Yesterday");
    if (day.year() == today.year())
        return QLocale().toString(day, QStringLiteral("dddd, d MMMM"));
    return QLocale().toString(day, QLocale::LongFormat);
}

int PostListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_posts.size());
}

QVariant PostListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const Post& post = m_posts.at(row);
    const QDateTime created = QDateTime::fromMSecsSinceEpoch(post.createdAt); // shown in local time
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return post.readable ? post.text
                             : tr("This post cannot be read: it is damaged or does not belong here.");
    case Qt::ToolTipRole:
        return QLocale().toString(created, QLocale::LongFormat);
    case Qt::AccessibleTextRole: {
        const QString text = tr("%1, %2").arg(QLocale().toString(created, QLocale::ShortFormat),
                                              data(index, TextRole).toString());
        return post.pictures.isEmpty()
                   ? text
                   : tr("%1 (%n picture(s))", nullptr, int(post.pictures.size())).arg(text);
    }
    case PostIdRole:
        return post.id;
    case CreatedAtRole:
        return post.createdAt;
    case EditedAtRole:
        return post.editedAt;
    case ReadableRole:
        return post.readable;
    case PicturesRole:
        return QVariant::fromValue(post.pictures);
    case DayLabelRole: {
        const QDate day = created.date();
        if (row > 0 && QDateTime::fromMSecsSinceEpoch(m_posts.at(row - 1).createdAt).date() == day)
            return QString();
        return dayLabel(day, today());
    }
    case GroupStartRole:
        return row == 0 || post.createdAt - m_posts.at(row - 1).createdAt > GroupGapMs ||
               QDateTime::fromMSecsSinceEpoch(m_posts.at(row - 1).createdAt).date() != created.date();
    default:
        return {};
    }
}

QHash<int, QByteArray> PostListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(PostIdRole, "postId");
    names.insert(TextRole, "text");
    names.insert(CreatedAtRole, "createdAt");
    names.insert(EditedAtRole, "editedAt");
    names.insert(GroupStartRole, "groupStart");
    names.insert(DayLabelRole, "dayLabel");
    names.insert(PicturesRole, "pictures");
    return names;
}
