#pragma once

#include "core/PostLedger.h"

#include <QList>
#include <QTextStream>

// Exit status 3, "done, but the journal is damaged": a command that gave everything it
// could read names on standard error the posts it could not, and says what its record of
// posts (see PostLedger) finds missing or changed.
namespace DamageReport {

constexpr int DamagedStatus = 3;

// Names the damaged posts and what the record finds, and returns DamagedStatus; returns 0
// and prints nothing when the journal is clean.
int report(QTextStream& err, const QList<qint64>& damagedPosts, const PostLedger::Check& ledger);

} // namespace DamageReport
