#include "MainWindow.h"
#include "ui_mainwindow.h"

#include "MessageBox.h"
#include "PostListModel.h"

#include "core/Journal.h"

#include "Version.h"

#include <QKeyEvent>

namespace {
// The view keeps this many of the newest posts; the chat view pages the rest.
constexpr int LoadedPosts = 200;
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_model(new PostListModel(this))
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/soliloquy.svg")));
    m_ui->postView->setModel(m_model);
    m_ui->composer->installEventFilter(this);
    connect(m_ui->sendButton, &QPushButton::clicked, this, &MainWindow::send);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionLock, &QAction::triggered, this, &MainWindow::lockRequested);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    m_ui->composer->setFocus();
}

MainWindow::~MainWindow() = default;

void MainWindow::showJournal(Journal* journal, const QString& username)
{
    m_journal = journal;
    setWindowTitle(tr("%1 — Soliloquy").arg(username));
    m_model->load(*journal, LoadedPosts);
    m_ui->postView->scrollToBottom();
    m_ui->composer->setFocus();
}

QString MainWindow::clearForLock()
{
    const QString draft = m_ui->composer->toPlainText();
    m_ui->composer->clear();
    m_ui->composer->document()->clearUndoRedoStacks();
    m_model->clear();
    m_journal = nullptr;
    return draft;
}

void MainWindow::restoreDraft(const QString& draft)
{
    m_ui->composer->setPlainText(draft);
    m_ui->composer->moveCursor(QTextCursor::End);
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_ui->composer && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (enter && !(key->modifiers() & Qt::ShiftModifier)) {
            send();
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::send()
{
    if (!m_journal)
        return;
    const QString text = m_ui->composer->toPlainText();
    if (text.trimmed().isEmpty())
        return;
    StorageError error;
    const std::optional<Post> post = m_journal->send(text, &error);
    if (!post) {
        // The text stays in the composer, so nothing is lost.
        MessageBox::warning(this, tr("Not posted"), error.message);
        return;
    }
    m_ui->composer->clear();
    m_model->append(*post);
    m_ui->postView->scrollToBottom();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Soliloquy"),
                       tr("<h3>Soliloquy %1</h3><p>A private journal that feels like a chat.</p>")
                           .arg(QStringLiteral(SOLILOQUY_VERSION)));
}
