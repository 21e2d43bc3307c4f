#include "MainWindow.h"
#include "ui_mainwindow.h"

#include "Version.h"

#include <QMessageBox>

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/soliloquy.svg")));
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    m_ui->composer->setFocus();
}

MainWindow::~MainWindow() = default;

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Soliloquy"),
                       tr("<h3>Soliloquy %1</h3><p>A private journal that feels like a chat.</p>")
                           .arg(QStringLiteral(SOLILOQUY_VERSION)));
}
