// soliloquy-screenshots OUTPUT_FOLDER: shows each window and dialog with a
// sample journal and writes PNGs of them (run by `scripts/dev screenshots`).
#include "gui/MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QTest>
#include <QTextStream>

namespace {

bool capture(QWidget& widget, const QString& file)
{
    widget.show();
    if (!QTest::qWaitForWindowExposed(&widget))
        return false;
    QTest::qWait(300);
    return widget.grab().save(file);
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QTextStream err(stderr);
    if (argc != 2) {
        err << "usage: soliloquy-screenshots OUTPUT_FOLDER\n";
        return 2;
    }
    const QDir output(QString::fromLocal8Bit(argv[1]));
    bool ok = true;
    MainWindow window;
    window.resize(900, 680);
    ok &= capture(window, output.filePath(QStringLiteral("mainwindow.png")));
    if (!ok)
        err << "could not write every screenshot\n";
    return ok ? 0 : 1;
}
