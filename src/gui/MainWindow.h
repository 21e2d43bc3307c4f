#pragma once

#include "core/Post.h"
#include "core/PostLedger.h"

#include <QList>
#include <QMainWindow>
#include <QTimer>
#include <QUndoStack>

#include <memory>
#include <optional>

class AccountService;
class BackgroundLedgerCheck;
class AppSettings;
class ChatView;
class Journal;
class PostListModel;
class ProfileCard;
class QCompleter;
class RecentSearches;
class ProfileDialog;
class SearchIndex;
class SearchResultModel;
class Session;
class TaggedPosts;
class WelcomeNote;
struct SearchHit;

namespace Ui {
class MainWindow;
}

// The journal window: the chat of posts with the composer below it. Sending,
// editing (in the composer, as in a messenger), deleting with undo, copying,
// the draft kept sealed in the journal, and the author's profile card.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Shows the posts of an unlocked journal; the window owns none of these.
    void showJournal(Journal* journal, AccountService* accounts, const Session* session,
                     SearchIndex* index = nullptr);
    // Forgets every decrypted text the window holds, after keeping the draft sealed in the journal.
    void clearForLock();

    PostListModel* postModel() const { return m_model; }
    ChatView* chatView() const;
    ProfileCard* profileCard() const { return m_profileCard; }
    bool isEditing() const { return m_editingPostId != 0; }
    // An export or an import runs (it holds the session until it returns).
    bool isTransferring() const { return m_transfers > 0; }

    // Starts editing a post in the composer.
    void editPost(qint64 postId);
    // Asks, then deletes the post (undoable).
    void deletePost(qint64 postId);
    void showProfileCard(const QPoint& globalPosition);
    // Opens the chat around a post and selects it (a search result, a date).
    void showPostInContext(qint64 postId);
    // Shows only the posts with `tag`, until "Show all posts".
    void filterByTag(const QString& tag);
    void clearTagFilter();
    QString tagFilter() const;
    void openSearch();
    void closeSearch();
    void listPostsOnThisDay();
    void goToDate(const QDate& day);
    // Export and import with progress and Cancel; false (after a message) when it did not happen.
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
    // The last export or import under way returned: its session is no longer in use.
    void transfersEnded();

protected:
    void closeEvent(QCloseEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void send();
    void saveEdit();
    void cancelEdit();
    void editLastPost();
    void copySelectedPost();
    // False when the composer's text could not be saved (a full disk, say).
    bool saveDraft();
    // Leaving a post being edited (the lock, quitting): what was typed goes into the post
    // rather than being lost with the window's text.
    void keepEditedPost();
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
    void applySettings();
    void placeOnScreen();

    std::unique_ptr<Ui::MainWindow> m_ui;
    PostListModel* m_model;
    ProfileCard* m_profileCard;
    WelcomeNote* m_welcome;
    Journal* m_journal = nullptr;
    AccountService* m_accounts = nullptr;
    const Session* m_session = nullptr;
    SearchIndex* m_index = nullptr;
    SearchResultModel* m_results;
    // Compares the posts with their sealed record once the index is built (see PostLedger).
    BackgroundLedgerCheck* m_ledgerCheck;
    std::optional<PostLedger::Check> m_ledgerFound;
    RecentSearches* m_recentSearches;
    QCompleter* m_recentSearchList;
    bool m_indexProgressShown = false; // the status bar shows how far the index is
    std::unique_ptr<TaggedPosts> m_tagged;
    QUndoStack m_undoStack;
    QTimer m_draftTimer;
    qint64 m_editingPostId = 0;
    bool m_commandFailed = false;
    QString m_draftProblem; // the status bar's message while the draft cannot be saved
    QString m_stashedDraft; // the composer's text while it holds a post being edited
    // A draft the lock could not save, sealed as it would be on disk, for the next unlock.
    QByteArray m_unsavedDraft;
    qint64 m_unsavedDraftUserId = 0;
    int m_transfers = 0; // exports and imports under way
    AppSettings* m_settings = nullptr;
    QString m_databasePath;
    bool m_hidesOnClose = false;
    bool m_quitting = false;
};
