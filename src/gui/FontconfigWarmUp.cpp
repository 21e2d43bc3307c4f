#include "FontconfigWarmUp.h"

#ifdef SOLILOQUY_HAVE_FONTCONFIG
#include <fontconfig/fontconfig.h>
#endif

#ifdef __linux__
#include <pthread.h>
#include <sched.h>
#endif

namespace {

#ifdef __linux__
// A new thread starts on its parent's core and waits there until the scheduler moves
// it (a millisecond and more here, while Qt starts); sent to another core, it starts at once.
void moveOffThisCore(std::thread& thread)
{
    cpu_set_t cores;
    if (sched_getaffinity(0, sizeof cores, &cores) != 0 || CPU_COUNT(&cores) < 2)
        return;
    const int here = sched_getcpu();
    if (here < 0)
        return;
    CPU_CLR(here, &cores);
    pthread_setaffinity_np(thread.native_handle(), sizeof cores, &cores);
}
#endif

} // namespace

FontconfigWarmUp::FontconfigWarmUp()
{
#ifdef SOLILOQUY_HAVE_FONTCONFIG
    // Qt's own FcInit() later finds the configuration made here.
    m_thread = std::thread([this] {
        FcInit();
        m_ready.store(true, std::memory_order_release);
    });
#ifdef __linux__
    moveOffThisCore(m_thread);
#endif
#else
    m_ready.store(true);
#endif
}

FontconfigWarmUp::~FontconfigWarmUp()
{
    if (m_thread.joinable())
        m_thread.join();
}

void FontconfigWarmUp::wait() const
{
    // Spins instead of blocking: the wait is short, and a blocked thread here is woken
    // up to a millisecond after the warm-up ends.
    while (!isReady())
        std::this_thread::yield();
}

bool FontconfigWarmUp::isReady() const
{
    return m_ready.load(std::memory_order_acquire);
}
