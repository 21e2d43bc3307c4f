#include "PostListModel.h"

#include "core/Journal.h"

#include <QDateTime>
#include <QLocale>

PostListModel::PostListModel(QObject* parent)
    : QAbstractListModel(parent)
{}

void PostListModel::load(const Journal& journal, int count)
{
    beginResetModel();
    m_posts = journal.newest(count);
    endResetModel();
}

void PostListModel::append(const Post& post)
{
    beginInsertRows(QModelIndex(), int(m_posts.size()), int(m_posts.size()));
    m_posts.append(post);
    endInsertRows();
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
    m_posts.removeAt(row);
    endRemoveRows();
}

void PostListModel::clear()
{
    beginResetModel();
    for (Post& post : m_posts)
        post.text.fill(QLatin1Char('\0'));
    m_posts.clear();
    m_posts.squeeze();
    endResetModel();
}

int PostListModel::rowOf(qint64 postId) const
{
    for (int row = int(m_posts.size()) - 1; row >= 0; --row) {
        if (m_posts.at(row).id == postId)
            return row;
    }
    return -1;
}

int PostListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_posts.size());
}

QVariant PostListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Post& post = m_posts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return post.readable ? post.text
                             : tr("This post cannot be read: it is damaged or does not belong here.");
    case Qt::ToolTipRole:
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(post.createdAt), QLocale::LongFormat);
    case PostIdRole:
        return post.id;
    case CreatedAtRole:
        return post.createdAt;
    case EditedAtRole:
        return post.editedAt;
    case ReadableRole:
        return post.readable;
    default:
        return {};
    }
}
