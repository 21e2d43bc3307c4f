#pragma once

#include "core/Post.h"

#include <QAbstractListModel>
#include <QDate>

class Journal;
class PostSource;

// The posts in the chat view, oldest at the top. It holds a bounded window of
// a few hundred posts and pages older or newer ones in from the journal by
// keyset, dropping posts at the far end, so memory does not grow with the journal.
class PostListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        PostIdRole = Qt::UserRole + 1,
        TextRole,
        CreatedAtRole,
        EditedAtRole,
        ReadableRole,
        GroupStartRole, // first post of a run by the author a few minutes apart: shows avatar and name
        DayLabelRole,   // "Today", "Yesterday" or the date, on the first post of each day
        PicturesRole,   // QList<PictureRef>, by position
    };

    static constexpr int PageSize = 100;
    static constexpr int MaxLoaded = 300;
    static constexpr qint64 GroupGapMs = 5LL * 60 * 1000;

    explicit PostListModel(QObject* parent = nullptr);

    // Shows the newest posts of `source` (nullptr: none, as when locked).
    void setSource(const PostSource* source);
    const PostSource* source() const { return m_source; }
    // Shows the posts around `anchor` (a search result, a date), with pages on both sides.
    void showAround(const Post& anchor);
    bool hasOlder() const { return m_hasOlder; }
    bool hasNewer() const { return m_hasNewer; }
    // Each returns how many posts came in.
    int loadOlder();
    int loadNewer();
    // Shows the newest page again (after a send while scrolled far back).
    void showNewest();

    // Follows what is written through `journal` (nullptr: nothing, as when locked): a post
    // saved or put back takes its place by time, an edit shows, a deleted post goes.
    void follow(const Journal* journal);
    // A post written elsewhere (a terminal): shown at the end, jumping to the newest page if need be.
    void append(const Post& post);
    // A post in its place by time; outside the loaded pages it shows when they are loaded.
    void insertPost(const Post& post);
    void replace(const Post& post);
    void removePost(qint64 postId);
    // Drops every decrypted text (on lock).
    void clear();
    int rowOf(qint64 postId) const;
    const Post& postAt(int row) const { return m_posts.at(row); }
    // The newest loaded post, when the window reaches the newest one.
    const Post* newestPost() const;

    // For tests and the screenshots: "today" as the labels see it.
    void setToday(const QDate& today) { m_today = today; }
    static QString dayLabel(const QDate& day, const QDate& today);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QDate today() const;
    void wipe(QList<Post>& posts);

    const PostSource* m_source = nullptr;
    const Journal* m_followed = nullptr;
    QList<Post> m_posts;
    bool m_hasOlder = false;
    bool m_hasNewer = false;
    QDate m_today;
};
