#pragma once

#include "core/Post.h"

#include <QAbstractListModel>

class Journal;

// The posts shown in the chat view, oldest at the top.
class PostListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        PostIdRole = Qt::UserRole + 1,
        CreatedAtRole,
        EditedAtRole,
        ReadableRole
    };

    explicit PostListModel(QObject* parent = nullptr);

    void load(const Journal& journal, int count);
    void append(const Post& post);
    void replace(const Post& post);
    void removePost(qint64 postId);
    // Drops every decrypted text (on lock).
    void clear();
    int rowOf(qint64 postId) const;
    const Post& postAt(int row) const { return m_posts.at(row); }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    QList<Post> m_posts;
};
