#include "ComposerController.h"

#include "Composer.h"
#include "EditPostCommand.h"
#include "PendingPictures.h"

#include "core/Journal.h"
#include "core/Session.h"
#include "gui/FileChooser.h"
#include "gui/MessageBox.h"

#include <QAction>
#include <QFileDialog>
#include <QImageReader>
#include <QPushButton>
#include <QStatusBar>
#include <QToolButton>
#include <QUndoStack>

namespace {
// The draft is saved this long after the last keystroke, and at once on lock or close.
constexpr int DraftDelayMs = 800;
// How long the status bar names the files that were refused.
constexpr int RefusalShownMs = 15000;

// "*.png *.jpg ...": the formats Qt's image plugins read here.
QString pictureFilePatterns()
{
    QStringList patterns;
    for (const QByteArray& format : QImageReader::supportedImageFormats())
        patterns << QStringLiteral("*.") + QString::fromLatin1(format);
    return patterns.join(QLatin1Char(' '));
}
} // namespace

ComposerController::ComposerController(const Widgets& widgets, QUndoStack& undoStack, QWidget* window)
    : QObject(window)
    , m_widgets(widgets)
    , m_undoStack(undoStack)
    , m_window(window)
{
    connect(m_widgets.sendButton, &QPushButton::clicked, this, &ComposerController::send);
    connect(m_widgets.composer, &Composer::sendRequested, this, &ComposerController::send);
    connect(m_widgets.composer, &Composer::cancelRequested, this, &ComposerController::cancelEdit);
    connect(m_widgets.cancelEditButton, &QToolButton::clicked, this, &ComposerController::cancelEdit);
    // The button and the menu are one action, with one shortcut.
    m_widgets.attachButton->setDefaultAction(m_widgets.attachAction);
    connect(m_widgets.attachAction, &QAction::triggered, this, &ComposerController::choosePictures);
    connect(m_widgets.composer, &Composer::picturesOffered, this, &ComposerController::addPictures);
    m_widgets.pendingPictures->setFocusWhenEmpty(m_widgets.composer);
    updateAttaching();
    m_draftTimer.setSingleShot(true);
    m_draftTimer.setInterval(DraftDelayMs);
    connect(&m_draftTimer, &QTimer::timeout, this, &ComposerController::saveDraft);
    connect(m_widgets.composer, &QPlainTextEdit::textChanged, this, [this] {
        if (m_journal && !isEditing())
            m_draftTimer.start();
    });
}

void ComposerController::open(Journal* journal, const Session* session)
{
    m_journal = journal;
    m_session = session;
    Composer* composer = m_widgets.composer;
    const QSignalBlocker blocker(composer); // restoring the draft is no change to save
    composer->setPlainText(journal->loadDraft());
    if (!m_unsavedDraft.isEmpty() && m_unsavedDraftUserId == session->userId()) {
        // What the lock could not save comes back, and is saved again in a moment. (It waits
        // for its own account: another one may unlock first.)
        if (const std::optional<QByteArray> text = session->openDraft(m_unsavedDraft)) {
            composer->setPlainText(QString::fromUtf8(*text));
            m_draftTimer.start();
        }
        m_unsavedDraft.clear();
        m_unsavedDraftUserId = 0;
    }
    composer->moveCursor(QTextCursor::End);
    composer->setFocus();
    updateAttaching();
}

void ComposerController::close()
{
    keepEditedPost();
    m_draftTimer.stop();
    if (!saveDraft() && m_session) {
        // Not lost with the window's text: kept sealed in memory until the unlock.
        m_unsavedDraft = m_session->sealDraft(m_widgets.composer->toPlainText().toUtf8());
        m_unsavedDraftUserId = m_session->userId();
    }
    {
        const QSignalBlocker blocker(m_widgets.composer);
        m_widgets.composer->clear();
        m_widgets.composer->document()->clearUndoRedoStacks();
    }
    // Pictures waiting to be sent are not kept through the lock: nothing of the journal's
    // content stays in memory while it is locked.
    m_widgets.pendingPictures->clear();
    m_journal = nullptr;
    m_session = nullptr;
    updateAttaching();
}

void ComposerController::keepUnder(Journal& rekeyed)
{
    m_journal = &rekeyed;
    keepEditedPost();
    m_draftTimer.stop();
    saveDraft();
    m_journal = nullptr; // nothing more is written under the old key
}

void ComposerController::keepAll()
{
    keepEditedPost();
    saveDraft();
}

void ComposerController::pauseWrites(bool paused)
{
    m_paused = paused;
    if (!paused)
        saveDraft(); // what was typed meanwhile waited for the pause to end
}

bool ComposerController::saveDraft()
{
    if (!m_journal || isEditing() || m_paused)
        return true;
    StorageError error;
    if (m_journal->saveDraft(m_widgets.composer->toPlainText(), &error)) {
        // The problem is over: its message goes with it.
        if (!m_draftProblem.isEmpty() && m_widgets.statusBar->currentMessage() == m_draftProblem)
            m_widgets.statusBar->clearMessage();
        m_draftProblem.clear();
        return true;
    }
    // Said for as long as it lasts, not for a few seconds.
    m_draftProblem = tr("The draft could not be saved: %1").arg(error.message);
    m_widgets.statusBar->showMessage(m_draftProblem);
    return false;
}

void ComposerController::warn(const QString& title, const QString& message)
{
    MessageBox::warning(m_window, title, message);
}

void ComposerController::send()
{
    if (!m_journal)
        return;
    if (isEditing()) {
        if (m_paused)
            Q_EMIT writeRefused();
        else
            saveEdit();
        return;
    }
    const QString text = m_widgets.composer->toPlainText();
    const bool withPictures = !m_widgets.pendingPictures->isEmpty();
    if (text.trimmed().isEmpty() && !withPictures)
        return;
    if (m_paused) {
        Q_EMIT writeRefused();
        return;
    }
    // A picture alone is a post: only text that is there has to be fit to post.
    if (const QString problem = Journal::problemWith(text);
        !problem.isEmpty() && !(withPictures && text.trimmed().isEmpty())) {
        warn(tr("Not posted"), problem); // the text stays in the composer
        return;
    }
    QList<NewPicture> pictures;
    for (const PictureFile& picture : m_widgets.pendingPictures->pictures())
        pictures << picture.toNewPicture();
    StorageError error;
    const std::optional<Post> post =
        m_journal->send(text.trimmed().isEmpty() ? QString() : text, pictures, &error);
    if (!post) {
        // The text and the pictures stay in the composer, so nothing is lost.
        warn(tr("Not posted"), error.message);
        return;
    }
    m_widgets.pendingPictures->clear();
    m_widgets.composer->clear();
    m_draftTimer.stop();
    saveDraft(); // the draft is sent: remove it
    Q_EMIT sent();
}

void ComposerController::editPost(qint64 postId)
{
    if (!m_journal || postId == 0)
        return;
    const std::optional<Post> post = m_journal->post(postId);
    if (!post || !post->readable)
        return;
    if (isEditing() && m_editingPostId != postId) {
        if (m_paused) {
            Q_EMIT writeRefused();
            return;
        }
        // Another post's edit first: saved as Enter would, not dropped for the new one.
        saveEdit();
        if (isEditing())
            return; // not saved (it was said why): that edit stays
    }
    if (!isEditing()) {
        m_draftTimer.stop();
        saveDraft();
        m_stashedDraft = m_widgets.composer->toPlainText();
    }
    m_editingPostId = postId;
    m_widgets.composer->setPlainText(post->text);
    m_widgets.composer->moveCursor(QTextCursor::End);
    m_widgets.editBanner->show();
    updateAttaching();
    m_widgets.sendButton->setText(tr("&Save"));
    Q_EMIT editStarted(postId);
    m_widgets.composer->setFocus();
}

void ComposerController::saveEdit()
{
    const QString text = m_widgets.composer->toPlainText();
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
    m_undoStack.push(new EditPostCommand(*m_journal, *before, text, [this](const QString& error) {
        m_commandFailed = true;
        warn(tr("Not saved"), error);
    }));
    if (!m_commandFailed)
        cancelEdit();
}

void ComposerController::keepEditedPost()
{
    if (!isEditing())
        return;
    const QString text = m_widgets.composer->toPlainText();
    const std::optional<Post> before = m_journal ? m_journal->post(m_editingPostId) : std::nullopt;
    StorageError error;
    const bool changed = before && text != before->text && Journal::problemWith(text).isEmpty();
    const bool saved = changed && m_journal->edit(m_editingPostId, text, &error);
    cancelEdit();
    if (changed && !saved) {
        // Not saved (a full disk): kept as the draft instead, which the lock keeps in turn.
        const QSignalBlocker blocker(m_widgets.composer);
        m_widgets.composer->setPlainText(text);
    }
}

void ComposerController::cancelEdit()
{
    if (!isEditing())
        return;
    m_editingPostId = 0;
    m_widgets.editBanner->hide();
    updateAttaching();
    m_widgets.sendButton->setText(tr("&Send"));
    const QSignalBlocker blocker(m_widgets.composer);
    m_widgets.composer->setPlainText(m_stashedDraft);
    m_widgets.composer->moveCursor(QTextCursor::End);
    m_stashedDraft.fill(QLatin1Char('\0'));
    m_stashedDraft.clear();
}

void ComposerController::updateAttaching()
{
    // Pictures go with a new post; while a post is edited, the ones waiting are put aside.
    m_widgets.attachAction->setEnabled(m_journal && !isEditing());
    m_widgets.pendingPictures->setVisible(!isEditing() && !m_widgets.pendingPictures->isEmpty());
}

void ComposerController::choosePictures()
{
    if (!m_journal || isEditing())
        return;
    QFileDialog* chooser = FileChooser::forOpening(
        m_window, tr("Add pictures"), {tr("Pictures (%1)").arg(pictureFilePatterns()), tr("All files (*)")});
    chooser->setFileMode(QFileDialog::ExistingFiles);
    connect(chooser, &QFileDialog::filesSelected, this, [this](const QStringList& files) {
        FileChooser::remember(files.value(0));
        QList<PictureFile> pictures;
        for (const QString& file : files)
            pictures << PictureFile::fromFile(file);
        addPictures(pictures);
        m_widgets.composer->setFocus();
    });
    chooser->open();
}

void ComposerController::addPictures(const QList<PictureFile>& pictures)
{
    if (!m_journal || pictures.isEmpty())
        return;
    if (isEditing()) {
        m_widgets.statusBar->showMessage(tr("Pictures go with a new post: save or cancel the edit first."),
                                         RefusalShownMs);
        return;
    }
    QStringList refused;
    for (const PictureFile& picture : pictures) {
        if (!picture.isValid())
            refused << picture.error();
        else if (m_widgets.pendingPictures->count() >= Journal::MaxPicturesPerPost)
            refused << tr("%1 was not added: a post holds at most %n picture(s).", nullptr,
                          Journal::MaxPicturesPerPost)
                           .arg(picture.name());
        else
            m_widgets.pendingPictures->add(picture);
    }
    if (!refused.isEmpty())
        m_widgets.statusBar->showMessage(refused.join(QLatin1Char(' ')), RefusalShownMs);
}
