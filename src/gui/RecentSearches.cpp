#include "RecentSearches.h"

RecentSearches::RecentSearches(QObject* parent)
    : QStringListModel(parent)
{}

void RecentSearches::remember(const QString& query)
{
    const QString simplified = query.simplified();
    if (simplified.isEmpty())
        return;
    QStringList queries = stringList();
    // Search ignores case, so "River" and "river" are one search.
    queries.removeIf(
        [&simplified](const QString& kept) { return kept.compare(simplified, Qt::CaseInsensitive) == 0; });
    queries.prepend(simplified);
    while (queries.size() > Kept)
        queries.removeLast();
    setStringList(queries);
}

void RecentSearches::forget()
{
    QStringList queries = stringList();
    setStringList({}); // the list above is then the only holder of the texts
    for (QString& query : queries)
        query.fill(QLatin1Char('\0'));
}
