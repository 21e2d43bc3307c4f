#pragma once

#include "core/SearchHit.h"

#include <QAbstractListModel>
#include <QList>

#include <functional>

// The search bar's list: every post found, counted at once, whose excerpts are
// opened a page at a time as the list scrolls (fetchMore), so that a word in
// thousands of posts reaches the oldest of them without opening all at once.
class SearchResultModel : public QAbstractListModel
{
    Q_OBJECT

public:
    // The hits for some of the found posts, in the order given.
    using HitLoader = std::function<QList<SearchHit>(const QList<qint64>& postIds)>;
    // When a post was written, as the list shows it.
    using DateText = std::function<QString(qint64 createdAt)>;

    static constexpr int PageSize = 50;

    explicit SearchResultModel(DateText dateText, QObject* parent = nullptr);

    // Shows the posts `postIds`, the first page now and the rest as the list scrolls.
    void showMatches(const QList<qint64>& postIds, HitLoader loader);
    // Shows `hits`, all of them.
    void showHits(const QList<SearchHit>& hits);
    // Forgets the excerpts: they are decrypted text.
    void clear();
    // How many posts were found, loaded or not.
    int total() const { return int(m_postIds.size()); }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    DateText m_dateText;
    HitLoader m_loader;
    QList<qint64> m_postIds;
    QList<SearchHit> m_hits;   // the first rows of m_postIds, loaded
    qsizetype m_requested = 0; // ids passed to the loader so far (a post removed since yields no hit)
};
