#include "SyncIds.h"

#include "crypto/Random.h"

#include <QtEndian>

namespace {

qint64 idOf(const QByteArray& bytes)
{
    if (bytes.size() < qsizetype(sizeof(quint64)))
        return 0;
    return qint64(qFromUnaligned<quint64>(bytes.constData()) >> 2) | (qint64(1) << 40);
}

} // namespace

namespace SyncIds {

qint64 random()
{
    return idOf(Random::bytes(sizeof(quint64)));
}

qint64 ofDigest(const QByteArray& digest)
{
    return idOf(digest);
}

} // namespace SyncIds
