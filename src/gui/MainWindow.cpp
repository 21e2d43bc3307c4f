#include "MainWindow.h"
#include "ui_mainwindow.h"

#include "AppSettings.h"
#include "Identicon.h"
#include "MessageBox.h"
#include "ProfileCard.h"
#include "ProfileDialog.h"
#include "SettingsDialog.h"
#include "chat/DeletePostCommand.h"
#include "chat/EditPostCommand.h"
#include "chat/PostDelegate.h"
#include "chat/PostListModel.h"

#include "core/AccountService.h"
#include "core/Journal.h"
#include "core/Profile.h"

#include "Version.h"

#include <QClipboard>
#include <QCloseEvent>
#include <QGuiApplication>

namespace {
// The draft is saved this long after the last keystroke, and at once on lock or close.
constexpr int DraftDelayMs = 800;
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_model(new PostListModel(this))
    , m_profileCard(new ProfileCard(this))
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/soliloquy.svg")));
    m_ui->postView->setPostModel(m_model);

    // Post actions act on the selected post and their keys work while the chat has focus.
    for (QAction* action : {m_ui->actionCopyPost, m_ui->actionEditPost, m_ui->actionDeletePost}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_ui->postView->addAction(action);
    }
    connect(m_ui->actionCopyPost, &QAction::triggered, this, &MainWindow::copySelectedPost);
    connect(m_ui->actionEditPost, &QAction::triggered, this,
            [this] { editPost(chatView()->selectedPostId()); });
    connect(m_ui->actionDeletePost, &QAction::triggered, this,
            [this] { deletePost(chatView()->selectedPostId()); });
    connect(m_ui->postView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updatePostActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updatePostActions);
    updatePostActions();

    connect(m_ui->actionUndo, &QAction::triggered, &m_undoStack, &QUndoStack::undo);
    connect(m_ui->actionRedo, &QAction::triggered, &m_undoStack, &QUndoStack::redo);
    connect(&m_undoStack, &QUndoStack::canUndoChanged, m_ui->actionUndo, &QAction::setEnabled);
    connect(&m_undoStack, &QUndoStack::canRedoChanged, m_ui->actionRedo, &QAction::setEnabled);
    connect(&m_undoStack, &QUndoStack::undoTextChanged, this, [this](const QString& text) {
        m_ui->actionUndo->setText(text.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(text));
    });
    connect(&m_undoStack, &QUndoStack::redoTextChanged, this, [this](const QString& text) {
        m_ui->actionRedo->setText(text.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(text));
    });
    m_ui->actionUndo->setEnabled(false);
    m_ui->actionRedo->setEnabled(false);

    connect(m_ui->sendButton, &QPushButton::clicked, this, &MainWindow::send);
    connect(m_ui->composer, &Composer::sendRequested, this, &MainWindow::send);
    connect(m_ui->composer, &Composer::editLastRequested, this, &MainWindow::editLastPost);
    connect(m_ui->composer, &Composer::cancelRequested, this, &MainWindow::cancelEdit);
    connect(m_ui->cancelEditButton, &QToolButton::clicked, this, &MainWindow::cancelEdit);
    m_draftTimer.setSingleShot(true);
    m_draftTimer.setInterval(DraftDelayMs);
    connect(&m_draftTimer, &QTimer::timeout, this, &MainWindow::saveDraft);
    connect(m_ui->composer, &QPlainTextEdit::textChanged, this, [this] {
        if (m_journal && !isEditing())
            m_draftTimer.start();
    });

    connect(m_ui->postView, &ChatView::authorActivated, this, &MainWindow::showProfileCard);
    connect(m_ui->actionProfile, &QAction::triggered, this, [this] {
        showProfileCard(m_ui->postView->mapToGlobal(QPoint(PostDelegate::Margin, PostDelegate::Margin)));
    });
    connect(m_profileCard, &ProfileCard::editProfileRequested, this, &MainWindow::editProfile);
    connect(m_ui->actionNewest, &QAction::triggered, this, [this] {
        if (m_model->hasNewer())
            m_model->showNewest();
        m_ui->postView->showNewest();
    });
    connect(m_ui->actionQuit, &QAction::triggered, this, &MainWindow::quit);
    connect(m_ui->actionSettings, &QAction::triggered, this, &MainWindow::openSettings);
    m_ui->actionSettings->setEnabled(false); // until there are settings to show
    connect(m_ui->actionLock, &QAction::triggered, this, &MainWindow::lockRequested);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    m_ui->composer->setFocus();
}

MainWindow::~MainWindow() = default;

ChatView* MainWindow::chatView() const
{
    return m_ui->postView;
}

void MainWindow::showJournal(Journal* journal, AccountService* accounts, const Session* session)
{
    m_journal = journal;
    m_accounts = accounts;
    m_session = session;
    setWindowTitle(tr("%1 — Soliloquy").arg(session->username()));
    refreshAuthor();
    m_model->setJournal(journal);
    m_ui->postView->showNewest();
    const QSignalBlocker blocker(m_ui->composer); // restoring the draft is no change to save
    m_ui->composer->setPlainText(journal->loadDraft());
    m_ui->composer->moveCursor(QTextCursor::End);
    m_ui->composer->setFocus();
}

void MainWindow::refreshAuthor()
{
    if (!m_accounts || !m_session)
        return;
    const std::optional<Profile> profile = m_accounts->profile(*m_session);
    if (!profile)
        return;
    QImage avatar;
    if (!profile->avatarPng.isEmpty())
        avatar.loadFromData(profile->avatarPng, "PNG");
    if (avatar.isNull())
        avatar = Identicon::forEmail(profile->email, 256);
    m_ui->postView->postDelegate()->setAuthor(profile->username, avatar);
    m_ui->postView->viewport()->update();
}

void MainWindow::clearForLock()
{
    if (isEditing())
        cancelEdit();
    m_draftTimer.stop();
    saveDraft();
    m_profileCard->hide();
    {
        const QSignalBlocker blocker(m_ui->composer);
        m_ui->composer->clear();
        m_ui->composer->document()->clearUndoRedoStacks();
    }
    m_undoStack.clear(); // its commands hold post texts
    m_model->clear();
    m_ui->postView->postDelegate()->clearCache();
    m_ui->postView->postDelegate()->setAuthor(QString(), QImage());
    m_journal = nullptr;
    m_session = nullptr;
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_hidesOnClose && !m_quitting) {
        // Soliloquy keeps running in the tray, so that reminders still come.
        event->ignore();
        m_profileCard->hide();
        hide();
        Q_EMIT hiddenOnClose();
        return;
    }
    if (isEditing())
        cancelEdit();
    saveDraft();
    QMainWindow::closeEvent(event);
}

void MainWindow::saveDraft()
{
    if (!m_journal || isEditing())
        return;
    StorageError error;
    if (!m_journal->saveDraft(m_ui->composer->toPlainText(), &error))
        statusBar()->showMessage(tr("The draft could not be saved: %1").arg(error.message), 10000);
}

void MainWindow::warn(const QString& title, const QString& message)
{
    MessageBox::warning(this, title, message);
}

void MainWindow::send()
{
    if (!m_journal)
        return;
    if (isEditing()) {
        saveEdit();
        return;
    }
    const QString text = m_ui->composer->toPlainText();
    if (text.trimmed().isEmpty())
        return;
    if (const QString problem = Journal::problemWith(text); !problem.isEmpty()) {
        warn(tr("Not posted"), problem); // the text stays in the composer
        return;
    }
    StorageError error;
    const std::optional<Post> post = m_journal->send(text, &error);
    if (!post) {
        // The text stays in the composer, so nothing is lost.
        warn(tr("Not posted"), error.message);
        return;
    }
    m_ui->composer->clear();
    m_draftTimer.stop();
    saveDraft(); // the draft is sent: remove it
    m_model->append(*post);
    m_ui->postView->showNewest();
}

void MainWindow::editLastPost()
{
    if (!m_journal)
        return;
    const Post* last = m_model->newestPost();
    if (last)
        editPost(last->id);
    else if (const QList<Post> newest = m_journal->newest(1); !newest.isEmpty())
        editPost(newest.first().id);
}

void MainWindow::editPost(qint64 postId)
{
    if (!m_journal || postId == 0)
        return;
    const std::optional<Post> post = m_journal->post(postId);
    if (!post || !post->readable)
        return;
    if (!isEditing()) {
        m_draftTimer.stop();
        saveDraft();
        m_stashedDraft = m_ui->composer->toPlainText();
    }
    m_editingPostId = postId;
    m_ui->composer->setPlainText(post->text);
    m_ui->composer->moveCursor(QTextCursor::End);
    m_ui->editBanner->show();
    m_ui->sendButton->setText(tr("&Save"));
    m_ui->postView->selectPost(postId);
    m_ui->composer->setFocus();
}

void MainWindow::saveEdit()
{
    const QString text = m_ui->composer->toPlainText();
    const std::optional<Post> before = m_journal->post(m_editingPostId);
    if (!before) {
        warn(tr("Not saved"), tr("This post no longer exists."));
        cancelEdit();
        return;
    }
    if (text == before->text) {
        cancelEdit();
        return;
    }
    if (const QString problem = Journal::problemWith(text); !problem.isEmpty()) {
        warn(tr("Not saved"), problem); // the edit stays in the composer
        return;
    }
    m_commandFailed = false;
    m_undoStack.push(new EditPostCommand(*m_journal, *m_model, *before, text, [this](const QString& error) {
        m_commandFailed = true;
        warn(tr("Not saved"), error);
    }));
    if (!m_commandFailed)
        cancelEdit();
}

void MainWindow::cancelEdit()
{
    if (!isEditing())
        return;
    m_editingPostId = 0;
    m_ui->editBanner->hide();
    m_ui->sendButton->setText(tr("&Send"));
    const QSignalBlocker blocker(m_ui->composer);
    m_ui->composer->setPlainText(m_stashedDraft);
    m_ui->composer->moveCursor(QTextCursor::End);
    m_stashedDraft.fill(QLatin1Char('\0'));
    m_stashedDraft.clear();
}

void MainWindow::deletePost(qint64 postId)
{
    if (!m_journal || postId == 0)
        return;
    const std::optional<Post> post = m_journal->post(postId);
    if (!post)
        return;
    const QMessageBox::StandardButton answer =
        MessageBox::question(this, tr("Delete post"),
                             tr("Delete this post? You can bring it back with Undo (Ctrl+Z) until you lock "
                                "or quit."),
                             QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (m_editingPostId == postId)
        cancelEdit();
    m_undoStack.push(new DeletePostCommand(*m_journal, *m_model, *post,
                                           [this](const QString& error) { warn(tr("Not deleted"), error); }));
}

void MainWindow::copySelectedPost()
{
    const int row = m_model->rowOf(m_ui->postView->selectedPostId());
    if (row >= 0 && m_model->postAt(row).readable)
        QGuiApplication::clipboard()->setText(m_model->postAt(row).text);
}

void MainWindow::updatePostActions()
{
    const qint64 selected = m_ui->postView->selectedPostId();
    for (QAction* action : {m_ui->actionCopyPost, m_ui->actionEditPost, m_ui->actionDeletePost})
        action->setEnabled(selected != 0);
}

void MainWindow::showProfileCard(const QPoint& globalPosition)
{
    if (!m_journal || !m_accounts || !m_session)
        return;
    const std::optional<Profile> profile = m_accounts->profile(*m_session);
    if (!profile)
        return;
    m_profileCard->setProfile(*profile, m_ui->postView->postDelegate()->roundAvatar(72, devicePixelRatioF()),
                              m_journal->count(), m_journal->lastPostTime());
    m_profileCard->popUp(globalPosition);
}

void MainWindow::editProfile()
{
    if (!m_accounts || !m_session)
        return;
    const std::optional<Profile> profile = m_accounts->profile(*m_session);
    if (!profile)
        return;
    ProfileDialog dialog(*m_accounts, *m_session, *profile, this);
    if (dialog.exec() == QDialog::Accepted) {
        refreshAuthor();
        statusBar()->showMessage(tr("Profile saved."), 5000);
    }
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Soliloquy"),
                       tr("<h3>Soliloquy %1</h3><p>A private journal that feels like a chat.</p>")
                           .arg(QStringLiteral(SOLILOQUY_VERSION)));
}

void MainWindow::quit()
{
    m_quitting = true;
    close();
    Q_EMIT quitRequested();
}

void MainWindow::showForWriting()
{
    if (isMinimized())
        showNormal();
    else
        show();
    raise();
    activateWindow();
    m_ui->composer->setFocus(Qt::OtherFocusReason);
}

void MainWindow::setSettings(AppSettings* settings, const QString& databasePath)
{
    m_settings = settings;
    m_databasePath = databasePath;
    m_ui->actionSettings->setEnabled(settings != nullptr);
    if (!settings)
        return;
    connect(settings, &AppSettings::changed, this, &MainWindow::applySettings, Qt::UniqueConnection);
    applySettings();
}

void MainWindow::applySettings()
{
    // An unset font follows the application's; a set size is the user's choice for posts.
    QFont postFont;
    if (m_settings->postFontSize() > 0) {
        postFont = font();
        postFont.setPointSize(m_settings->postFontSize());
    }
    m_ui->postView->setFont(postFont); // on a change, the view lays the posts out again
    m_ui->composer->setFont(postFont);
    m_ui->postView->postDelegate()->setClockFormat(m_settings->clockFormat());
    m_ui->postView->viewport()->update();
}

void MainWindow::openSettings()
{
    if (!m_settings)
        return;
    if (auto* open = findChild<SettingsDialog*>(); open && open->isVisible()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto* dialog = new SettingsDialog(*m_settings, m_databasePath, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}
