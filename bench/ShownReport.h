#pragma once

#include <QCoreApplication>
#include <QTimer>
#include <QWidget>
#include <QWindow>

#include <cstdio>

// The launch baselines say "shown" once `window` is on screen, then quit. It looks at every
// pass of the event loop, as Soliloquy's own check does (src/app/main.cpp).
inline void sayShownThenQuit(QWidget& window)
{
    auto* poll = new QTimer(&window);
    QObject::connect(poll, &QTimer::timeout, poll, [&window, poll] {
        if (window.windowHandle() && window.windowHandle()->isExposed()) {
            poll->stop();
            std::fputs("shown\n", stdout);
            std::fflush(stdout);
            QCoreApplication::exit(0);
        }
    });
    poll->start(0);
}
