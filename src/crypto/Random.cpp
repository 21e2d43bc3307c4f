#include "Random.h"

#include "CryptoBackend.h"
#include "CryptoRuntime.h"

namespace Random {

QByteArray bytes(int count)
{
    return CryptoRuntime::backend().randomBytes(count);
}

} // namespace Random
