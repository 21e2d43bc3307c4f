#include "Random.h"

#include <QtCrypto>

namespace Random {

QByteArray bytes(int count)
{
    return QCA::Random::randomArray(count).toByteArray();
}

} // namespace Random
