#pragma once

#include <atomic>
#include <functional>
#include <thread>

// Fontconfig parses its configuration files and maps its font caches (3 ms and
// more) before the first text can be measured; the first dialog would wait for
// that. This does it on another core as soon as main() knows it opens a window,
// while Qt starts and the journal opens. Where Qt does not use fontconfig
// (Windows, macOS), it does nothing.
class FontconfigWarmUp
{
public:
    FontconfigWarmUp();
    // Runs `work` as the warm-up instead (tests: a disk slow to read the fonts).
    explicit FontconfigWarmUp(std::function<void()> work);
    ~FontconfigWarmUp();
    FontconfigWarmUp(const FontconfigWarmUp&) = delete;
    FontconfigWarmUp& operator=(const FontconfigWarmUp&) = delete;

    // Returns once fontconfig is ready. Call it before Qt first needs a font: Qt
    // would otherwise read the whole configuration a second time beside it.
    // Any thread may call it, any number of times. It spins for a few milliseconds
    // (a waiting thread is woken up late), then sleeps until the warm-up ends.
    void wait() const;
    bool isReady() const;

private:
    std::atomic<bool> m_ready{false};
    std::thread m_thread;
};
