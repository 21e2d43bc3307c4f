// The launch baselines: a bare Qt Widgets window, linked with Qt Widgets alone,
// that says "shown" as soon as it is on screen and quits. With --text it also
// shows a line of text, so that it reads the system's fonts as any first window
// with words in it must.

#include <QApplication>
#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>
#include <QWidget>
#include <QWindow>

#include <cstdio>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QWidget window;
    window.resize(460, 220);
    if (QCoreApplication::arguments().contains(QStringLiteral("--text"))) {
        auto* layout = new QVBoxLayout(&window);
        layout->addWidget(new QLabel(QStringLiteral("Unlock your journal."), &window));
    }
    // At every pass of the event loop, as Soliloquy's own check (src/app/main.cpp).
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
    window.show();
    return QApplication::exec();
}
