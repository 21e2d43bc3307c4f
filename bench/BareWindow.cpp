// The launch baselines: a bare Qt Widgets window, linked with Qt Widgets alone,
// that says "shown" as soon as it is on screen and quits. With --text it also
// shows a line of text, so that it reads the system's fonts as any first window
// with words in it must.

#include "ShownReport.h"

#include <QApplication>
#include <QLabel>
#include <QVBoxLayout>
#include <QWidget>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QWidget window;
    window.resize(460, 220);
    if (QCoreApplication::arguments().contains(QStringLiteral("--text"))) {
        auto* layout = new QVBoxLayout(&window);
        layout->addWidget(new QLabel(QStringLiteral("Unlock your journal."), &window));
    }
    sayShownThenQuit(window);
    window.show();
    return QApplication::exec();
}
