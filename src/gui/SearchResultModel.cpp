#include "SearchResultModel.h"

#include "SearchResultDelegate.h"

SearchResultModel::SearchResultModel(DateText dateText, QObject* parent)
    : QAbstractListModel(parent)
    , m_dateText(std::move(dateText))
{}

void SearchResultModel::showMatches(const QList<qint64>& postIds, HitLoader loader)
{
    beginResetModel();
    m_hits.clear();
    m_postIds = postIds;
    m_loader = std::move(loader);
    m_requested = 0;
    endResetModel();
    fetchMore({});
}

void SearchResultModel::showHits(const QList<SearchHit>& hits)
{
    beginResetModel();
    m_loader = nullptr;
    m_hits = hits;
    m_postIds.clear();
    for (const SearchHit& hit : hits)
        m_postIds << hit.postId;
    m_requested = m_postIds.size();
    endResetModel();
}

void SearchResultModel::clear()
{
    beginResetModel();
    m_loader = nullptr;
    m_hits.clear();
    m_postIds.clear();
    m_requested = 0;
    endResetModel();
}

int SearchResultModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant SearchResultModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_hits.size())
        return {};
    const SearchHit& hit = m_hits.at(index.row());
    // A post without text is pictures alone (has:picture finds it): the row says so.
    const bool picturesAlone = hit.text.trimmed().isEmpty();
    switch (role) {
    case Qt::DisplayRole:
        return picturesAlone ? QStringLiteral("<i>%1</i>").arg(tr("Pictures only").toHtmlEscaped())
                             : hit.snippetHtml;
    case Qt::AccessibleTextRole:
        return picturesAlone ? tr("Pictures only") : hit.text.left(200);
    case SearchResultDelegate::PostIdRole:
        return hit.postId;
    case SearchResultDelegate::DateRole:
        return m_dateText(hit.createdAt);
    default:
        return {};
    }
}

bool SearchResultModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_loader && m_requested < m_postIds.size();
}

void SearchResultModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<qint64> page = m_postIds.mid(m_requested, PageSize);
    m_requested += page.size();
    const QList<SearchHit> hits = m_loader(page);
    if (hits.isEmpty())
        return;
    beginInsertRows({}, int(m_hits.size()), int(m_hits.size() + hits.size() - 1));
    m_hits += hits;
    endInsertRows();
}
