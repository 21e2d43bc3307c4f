#pragma once

#include <mutex>
#include <thread>

// Fontconfig parses its configuration files and maps its font caches (3 ms and
// more) before the first text can be measured; the first dialog would wait for
// that. This does it on another thread as soon as main() knows it opens a
// window, before Qt is up; Qt's font database is then filled from what it read.
// Where Qt does not use fontconfig (Windows, macOS), it does nothing.
class FontconfigWarmUp
{
public:
    FontconfigWarmUp();
    ~FontconfigWarmUp();
    FontconfigWarmUp(const FontconfigWarmUp&) = delete;
    FontconfigWarmUp& operator=(const FontconfigWarmUp&) = delete;

    // Returns once fontconfig is ready. Any thread may call it, any number of times.
    void wait();

private:
    std::mutex m_joining;
    std::thread m_thread;
};
