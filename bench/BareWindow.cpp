// The launch baseline: a bare Qt Widgets window, linked with Qt Widgets alone,
// that exits as soon as it is on screen.

#include <QApplication>
#include <QTimer>
#include <QWidget>
#include <QWindow>

#include <unistd.h>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QWidget window;
    window.resize(460, 220);
    auto* poll = new QTimer(&window);
    QObject::connect(poll, &QTimer::timeout, [&window] {
        if (window.windowHandle() && window.windowHandle()->isExposed())
            ::_exit(0);
    });
    poll->start(1);
    window.show();
    return QApplication::exec();
}
