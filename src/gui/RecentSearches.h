#pragma once

#include <QStringListModel>

// The last searches run (Enter pressed or a result opened), newest first and each
// once, offered again in the search bar. Queries tell what the journal holds, so
// they are kept in memory only and forgotten at the lock.
class RecentSearches : public QStringListModel
{
    Q_OBJECT

public:
    static constexpr int Kept = 10;

    explicit RecentSearches(QObject* parent = nullptr);

    // Puts `query` first (moving it there when it was run before).
    void remember(const QString& query);
    // Overwrites every query kept, then forgets them.
    void forget();
};
