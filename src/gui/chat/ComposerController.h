#pragma once

#include "pictures/PictureFile.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

class Composer;
class QAction;
class Journal;
class PendingPictures;
class QPushButton;
class QStatusBar;
class QToolButton;
class QUndoStack;
class QWidget;
class Session;

// What the composer below the chat is doing: writing a new post, whose text is kept sealed in
// the journal as the draft while it is typed, or editing one of the posts, with the edit banner
// shown, the draft put aside and given back when the edit ends (Escape or the banner's button
// cancels). Enter and the Send button send the new post or save the edit. Edits go on the
// window's undo stack. A new post may take pictures (the attach button, a paste, a drop):
// they wait in a strip above the composer, in memory only, until it is sent.
class ComposerController : public QObject
{
    Q_OBJECT

public:
    // The window's widgets it drives.
    struct Widgets
    {
        Composer* composer;
        QPushButton* sendButton;
        QWidget* editBanner;
        QToolButton* cancelEditButton;
        QStatusBar* statusBar; // says while the draft cannot be saved, and which files were refused
        QAction* attachAction; // opens the file dialog for pictures
        QToolButton* attachButton;
        PendingPictures* pendingPictures;
    };

    ComposerController(const Widgets& widgets, QUndoStack& undoStack, QWidget* window);

    // Writes into `journal` from now on, with the account's draft in the composer (or the one
    // the last lock could not save, for the same account).
    void open(Journal* journal, const Session* session);
    // The lock: a post being edited keeps what was typed, the draft is saved (or, when it cannot
    // be, kept sealed in memory until the next unlock), and the composer is emptied.
    void close();
    // The journal's key is replaced (a new password): the post being edited and the draft are
    // saved under `rekeyed`'s, and nothing more is written until open().
    void keepUnder(Journal& rekeyed);
    // The window closes: a post being edited keeps what was typed, and the draft is saved.
    void keepAll();

    bool isEditing() const { return m_editingPostId != 0; }
    qint64 editingPostId() const { return m_editingPostId; }
    // Puts the post into the composer to be edited; another post's edit is saved first.
    void editPost(qint64 postId);
    void cancelEdit();
    // While paused (an import holds the journal's write lock), sending and saving an edit are
    // refused (writeRefused says so) and the draft waits; the end of the pause saves it.
    void pauseWrites(bool paused);

    // Opens the file dialog (with open()) for pictures to go with the next post.
    void choosePictures();
    // Puts the valid ones of `pictures` with the next post (at most Journal::MaxPicturesPerPost);
    // the status bar names each one refused and says why. Pictures go with new posts only.
    void addPictures(const QList<PictureFile>& pictures);

Q_SIGNALS:
    // A new post went into the journal.
    void sent();
    // The composer holds `postId` to be edited.
    void editStarted(qint64 postId);
    // Enter came while writes are paused: the text stays in the composer.
    void writeRefused();

private:
    void send();
    void saveEdit();
    // False when the composer's text could not be saved (a full disk, say).
    bool saveDraft();
    // Leaving a post being edited (the lock, quitting): what was typed goes into the post
    // rather than being lost with the window's text.
    void keepEditedPost();
    void warn(const QString& title, const QString& message);
    void updateAttaching();

    Widgets m_widgets;
    QUndoStack& m_undoStack;
    QWidget* m_window;
    Journal* m_journal = nullptr;
    const Session* m_session = nullptr;
    QTimer m_draftTimer;
    qint64 m_editingPostId = 0;
    bool m_paused = false;
    bool m_commandFailed = false;
    QString m_draftProblem; // the status bar's message while the draft cannot be saved
    QString m_stashedDraft; // the composer's text while it holds a post being edited
    // A draft the lock could not save, sealed as it would be on disk, for the next unlock.
    QByteArray m_unsavedDraft;
    qint64 m_unsavedDraftUserId = 0;
};
