#pragma once

#include <QList>
#include <QTextStream>

// Exit status 3, "done, but the journal is damaged": a command that gave everything it
// could read names on standard error the posts it could not.
namespace DamageReport {

constexpr int DamagedStatus = 3;

// Names the damaged posts and returns DamagedStatus; returns 0 and prints nothing when
// there are none.
int report(QTextStream& err, const QList<qint64>& damagedPosts);

} // namespace DamageReport
