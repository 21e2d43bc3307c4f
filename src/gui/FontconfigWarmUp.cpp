#include "FontconfigWarmUp.h"

#ifdef SOLILOQUY_HAVE_FONTCONFIG
#include <fontconfig/fontconfig.h>
#endif

#ifdef __linux__
#include <pthread.h>
#include <sched.h>
#endif

#include <chrono>

namespace {

// Far longer than fontconfig takes from a warm disk (3 ms here); a cold one can take
// a second, and the launch should not burn a core all that time.
constexpr std::chrono::milliseconds LongestSpin{10};

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

std::function<void()> fontconfigReading()
{
#ifdef SOLILOQUY_HAVE_FONTCONFIG
    // Qt's own FcInit() later finds the configuration made here.
    return [] { FcInit(); };
#else
    return {};
#endif
}

} // namespace

FontconfigWarmUp::FontconfigWarmUp()
    : FontconfigWarmUp(fontconfigReading())
{}

FontconfigWarmUp::FontconfigWarmUp(std::function<void()> work)
{
    if (!work) {
        m_ready.store(true);
        return;
    }
    m_thread = std::thread([this, work = std::move(work)] {
        work();
        m_ready.store(true, std::memory_order_release);
        m_ready.notify_all();
    });
#ifdef __linux__
    moveOffThisCore(m_thread);
#endif
}

FontconfigWarmUp::~FontconfigWarmUp()
{
    if (m_thread.joinable())
        m_thread.join();
}

void FontconfigWarmUp::wait() const
{
    // Spins at first: the wait is short, and a blocked thread here is woken up late
    // (side by side, sleeping from the start made the launch slower).
    const auto spinEnd = std::chrono::steady_clock::now() + LongestSpin;
    while (!isReady()) {
        if (std::chrono::steady_clock::now() < spinEnd)
            std::this_thread::yield();
        else
            m_ready.wait(false, std::memory_order_acquire);
    }
}

bool FontconfigWarmUp::isReady() const
{
    return m_ready.load(std::memory_order_acquire);
}
