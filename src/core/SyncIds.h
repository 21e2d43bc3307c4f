#pragma once

#include <QByteArray>
#include <QtGlobal>

// Row ids for a journal kept in step with other computers: each computer picks them alone, so
// they must not meet the ids another computer picks while the two are apart.
namespace SyncIds {

// 62 random bits: positive, and far from the small ids of rows written before sync; 0 when the
// system gave no random bytes.
qint64 random();
// The same bits taken from a keyed digest: equal bytes get the same id on every computer of the
// account, so the same picture added on two computers is one row on both.
qint64 ofDigest(const QByteArray& digest);

} // namespace SyncIds
