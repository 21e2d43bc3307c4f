#pragma once

#include "core/Exporter.h"
#include "core/Importer.h"
#include "core/Post.h"
#include "core/PostLedger.h"
#include "gui/PostTimeFormat.h"

#include <QList>
#include <QMainWindow>
#include <QPointer>
#include <QUndoStack>

#include <memory>
#include <optional>

class SyncController;
class AccountService;
class BackgroundLedgerCheck;
class AppSettings;
class ChatView;
class ComposerController;
class Journal;
class PictureGallery;
class PictureLoader;
class PictureViewer;
class PostListModel;
class ProfileCard;
class QCompleter;
class RecentSearches;
class ProfileDialog;
class SearchIndex;
class SearchResultModel;
class Session;
class TaggedPosts;
class TransferRunner;
class WelcomeNote;
struct SearchHit;

namespace Ui {
class MainWindow;
}

// The journal window: the chat of posts with the composer below it (sending, editing
// and the draft are ComposerController's), deleting with undo, copying, search, tags,
// the author's profile card, and export and import (run by TransferRunner).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Shows the posts of an unlocked journal; the window owns none of these.
    // Sync's settings and status are shown through `sync`.
    void setSyncController(SyncController* sync) { m_sync = sync; }
    // Reads the shown posts and their author anew (other computers changed the journal).
    void reloadPosts();
    void showJournal(Journal* journal, AccountService* accounts, const Session* session,
                     SearchIndex* index = nullptr);
    // Forgets every decrypted text the window holds, after keeping the draft sealed in the journal.
    void clearForLock();

    PostListModel* postModel() const { return m_model; }
    ChatView* chatView() const;
    // Decodes the journal's pictures for the chat (and whatever else shows them); started at
    // the unlock by whoever holds the session, stopped and wiped by clearForLock().
    PictureLoader* pictureLoader() const { return m_pictureLoader; }
    ProfileCard* profileCard() const { return m_profileCard; }
    bool isEditing() const;
    // An export or an import runs (it holds the session until it returns).
    bool isTransferring() const;
    // Stops an export or import under way (the lock): transfersEnded follows once it returned.
    void cancelTransfer();

    // Starts editing a post in the composer.
    void editPost(qint64 postId);
    // Asks, then deletes the post (undoable).
    void deletePost(qint64 postId);
    void showProfileCard(const QPoint& globalPosition);
    // Opens the chat around a post and selects it (a search result, a date, a picture of the gallery).
    void showPostInContext(qint64 postId);
    // Opens the viewer on one of a post's pictures (a click on it in the chat).
    void showPicture(qint64 postId, qint64 attachmentId);
    // Opens the gallery of every picture of the journal (View > Pictures).
    void openGallery();
    // Shows only the posts with `tag`, until "Show all posts".
    void filterByTag(const QString& tag);
    void clearTagFilter();
    QString tagFilter() const;
    void openSearch();
    void closeSearch();
    void listPostsOnThisDay();
    void goToDate(const QDate& day);
    // Export and import on a worker thread, with progress and Cancel; transferFinished says
    // how it went. False (after a message, where the user can do something about it) when it
    // did not start: another one runs, or the file is of no kind Soliloquy imports.
    bool exportTo(const QString& path, const QString& format);
    // With no format, the file's content says which it is.
    bool importFrom(const QString& path, const QString& format = QString());

    // The preferences the window follows live (post font size, clock format), and
    // the journal file the settings dialog shows.
    void setSettings(AppSettings* settings, const QString& databasePath);
    void openSettings();
    // Shows, raises and activates the window with the cursor in the composer.
    void showForWriting();
    // Posts another process wrote (a command from a terminal), shown where the newest are.
    void showPostsWrittenElsewhere(const QList<Post>& posts);
    // Where there is a system tray, closing the window only hides it.
    void setHidesOnClose(bool hides) { m_hidesOnClose = hides; }
    // Closes the window for good (Journal > Quit), even where closing only hides it.
    void quit();

Q_SIGNALS:
    void lockRequested();
    void backupsRequested();
    void hiddenOnClose();
    void quitRequested();
    // An export or import ended: `done` when it wrote its file or its posts (not cancelled,
    // not refused).
    void transferFinished(bool done);
    // The export or import under way returned: its session is no longer in use.
    void transfersEnded();

protected:
    void closeEvent(QCloseEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    // Files dropped anywhere on the window go with the next post, as on the composer.
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    // A post was sent: the whole journal shows, at its newest.
    void showSentPost();
    void editLastPost();
    void copySelectedPost();
    void updatePostActions();
    void refreshAuthor();
    void editProfile();
    // The profile dialog closed: a new password locks the journal (see the definition).
    void profileEdited(ProfileDialog& dialog, int result);
    void showAbout();
    void showDamage();
    void checkPostsAgainstTheirRecord();
    void warn(const QString& title, const QString& message);
    void runSearch(const QString& text);
    // The range picker: shown, it writes from:/to: into the query; hidden, it takes them out.
    void showDateRange(bool shown);
    void writeDateRange();
    // The Pictures button adds or removes has:picture in the query, and follows it as typed.
    void showPicturesOnly(bool only);
    void showHits(const QList<SearchHit>& hits, const QString& status);
    void showResultList(const QString& status);
    void openResult(const QModelIndex& index);
    // F3 and Shift+F3: the next or previous result, opened in the chat.
    void openAdjacentResult(int step);
    // Up or Down in an empty search field: the recent searches, the newest chosen.
    void offerRecentSearches();
    void refreshTags();
    void showIndexProgress(int done, int total);
    void chooseExport();
    void chooseImport();
    void exportDone(const QString& path, const Exporter::Result& result);
    void importDone(const QString& path, const Importer::Result& result);
    void endTransfer(bool done);
    void updateTransferActions();
    // The window does not write while an import holds the journal's write lock: true, after
    // saying so in the status bar, when a write has to wait.
    bool waitsForTheImport();
    void sayWritesWait();
    void applySettings();
    void placeOnScreen();

    std::unique_ptr<Ui::MainWindow> m_ui;
    PostListModel* m_model;
    PictureLoader* m_pictureLoader;
    ProfileCard* m_profileCard;
    WelcomeNote* m_welcome;
    Journal* m_journal = nullptr;
    SyncController* m_sync = nullptr;
    AccountService* m_accounts = nullptr;
    const Session* m_session = nullptr;
    SearchIndex* m_index = nullptr;
    SearchResultModel* m_results;
    // Compares the posts with their sealed record once the index is built (see PostLedger).
    BackgroundLedgerCheck* m_ledgerCheck;
    TransferRunner* m_transfer = nullptr;
    ComposerController* m_composer = nullptr;
    // Open while shown; closed and deleted at the lock, with what they decoded.
    QPointer<PictureViewer> m_viewer;
    QPointer<PictureGallery> m_gallery;
    std::optional<PostLedger::Check> m_ledgerFound;
    RecentSearches* m_recentSearches;
    QCompleter* m_recentSearchList;
    bool m_indexProgressShown = false; // the status bar shows how far the index is
    std::unique_ptr<TaggedPosts> m_tagged;
    QUndoStack m_undoStack;
    AppSettings* m_settings = nullptr;
    PostTimeFormat m_timeFormat; // the chat's, the search results' and the profile card's
    QString m_databasePath;
    bool m_hidesOnClose = false;
    bool m_quitting = false;
};
