#include "FontconfigWarmUp.h"

#ifdef SOLILOQUY_HAVE_FONTCONFIG
#include <fontconfig/fontconfig.h>
#endif

FontconfigWarmUp::FontconfigWarmUp()
{
#ifdef SOLILOQUY_HAVE_FONTCONFIG
    // Qt's own FcInit() later finds the configuration made here.
    m_thread = std::thread([] { FcInit(); });
#endif
}

FontconfigWarmUp::~FontconfigWarmUp()
{
    wait();
}

void FontconfigWarmUp::wait()
{
    const std::lock_guard lock(m_joining);
    if (m_thread.joinable())
        m_thread.join();
}
