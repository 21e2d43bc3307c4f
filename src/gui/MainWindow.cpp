#include "MainWindow.h"
#include "ui_mainwindow.h"

#include "AboutDialog.h"
#include "AppSettings.h"
#include "AvatarImage.h"
#include "ColorScheme.h"
#include "FileChooser.h"
#include "GoToDateDialog.h"
#include "MessageBox.h"
#include "PictureGallery.h"
#include "PictureLoader.h"
#include "PictureViewer.h"
#include "PrivateClipboard.h"
#include "ProfileCard.h"
#include "ProfileDialog.h"
#include "RecentSearches.h"
#include "SearchResultDelegate.h"
#include "SearchResultModel.h"
#include "SettingsDialog.h"
#include "TransferRunner.h"
#include "chat/ComposerController.h"
#include "chat/DeletePostCommand.h"
#include "chat/OfferedPictures.h"
#include "chat/PostDelegate.h"
#include "chat/PostListModel.h"
#include "chat/WelcomeNote.h"

#include "core/AccountService.h"
#include "core/BackgroundLedgerCheck.h"
#include "core/Exporter.h"
#include "core/Hashtags.h"
#include "core/ImportRecognizer.h"
#include "core/Importer.h"
#include "core/Journal.h"
#include "core/Profile.h"
#include "core/SearchHighlight.h"
#include "core/SearchIndex.h"
#include "core/SearchQuery.h"
#include "core/TaggedPosts.h"

#include <QCloseEvent>
#include <QCompleter>
#include <QDateEdit>
#include <QDropEvent>
#include <QFileDialog>
#include <QKeyEvent>
#include <QListWidget>
#include <QLocale>
#include <QRegularExpression>
#include <QStandardItemModel>
#include <QToolButton>

#include <limits>

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_model(new PostListModel(this))
    , m_pictureLoader(new PictureLoader(this))
    , m_profileCard(new ProfileCard(this))
    , m_results(new SearchResultModel(
          // The day, and the time as beside the post: in the chosen clock format, no seconds.
          [this](qint64 createdAt) { return m_timeFormat.dayAndTimeOf(createdAt); }, this))
    , m_ledgerCheck(new BackgroundLedgerCheck(this))
    , m_recentSearches(new RecentSearches(this))
    , m_recentSearchList(new QCompleter(m_recentSearches, this))
{
    m_ui->setupUi(this);
    m_transfer = new TransferRunner(statusBar());
    setWindowIcon(QIcon(QStringLiteral(":/icons/soliloquy.svg")));
    m_ui->postView->setPostModel(m_model);
    m_ui->postView->setPictureLoader(m_pictureLoader);
    connect(m_ui->postView, &ChatView::pictureActivated, this, &MainWindow::showPicture);
    m_welcome = new WelcomeNote(m_ui->postView, m_model);

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

    connect(m_ui->actionUndo, &QAction::triggered, this, [this] {
        if (!waitsForTheImport())
            m_undoStack.undo();
    });
    connect(m_ui->actionRedo, &QAction::triggered, this, [this] {
        if (!waitsForTheImport())
            m_undoStack.redo();
    });
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

    m_composer = new ComposerController({m_ui->composer, m_ui->sendButton, m_ui->editBanner,
                                         m_ui->cancelEditButton, statusBar(), m_ui->actionAttachPictures,
                                         m_ui->attachPictureButton, m_ui->pendingPictures},
                                        m_undoStack, this);
    setAcceptDrops(true);
    connect(m_ui->actionPictures, &QAction::triggered, this, &MainWindow::openGallery);
    connect(m_ui->composer, &Composer::editLastRequested, this, &MainWindow::editLastPost);
    connect(m_composer, &ComposerController::sent, this, &MainWindow::showSentPost);
    connect(m_composer, &ComposerController::editStarted, m_ui->postView, &ChatView::selectPost);
    connect(m_composer, &ComposerController::writeRefused, this, &MainWindow::sayWritesWait);

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
    // Search, tags and dates.
    m_ui->searchResults->setModel(m_results);
    m_ui->searchResults->setItemDelegate(new SearchResultDelegate(m_ui->searchResults));
    m_ui->searchResults->setWordWrap(true);
    m_ui->searchEdit->installEventFilter(this);
    m_ui->searchResults->installEventFilter(this);
    m_ui->postView->installEventFilter(this); // Escape closes the bar after a result was opened
    connect(m_ui->actionFind, &QAction::triggered, this, &MainWindow::openSearch);
    auto* nextResult = new QAction(tr("Next search result"), this);
    nextResult->setShortcut(QKeySequence::FindNext);
    connect(nextResult, &QAction::triggered, this, [this] { openAdjacentResult(1); });
    auto* previousResult = new QAction(tr("Previous search result"), this);
    previousResult->setShortcut(QKeySequence::FindPrevious);
    connect(previousResult, &QAction::triggered, this, [this] { openAdjacentResult(-1); });
    addActions({nextResult, previousResult});
    connect(m_ui->closeSearchButton, &QToolButton::clicked, this, &MainWindow::closeSearch);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, &MainWindow::runSearch);
    // Offered on Up or Down only: a list popping up on every keystroke would hide the results.
    m_recentSearchList->setObjectName(QStringLiteral("recentSearches"));
    m_recentSearchList->setWidget(m_ui->searchEdit);
    m_recentSearchList->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    connect(m_recentSearchList, qOverload<const QString&>(&QCompleter::activated), m_ui->searchEdit,
            &QLineEdit::setText);
    connect(m_ui->oldestFirstButton, &QToolButton::toggled, this,
            [this] { runSearch(m_ui->searchEdit->text()); });
    connect(m_ui->dateRangeButton, &QToolButton::toggled, this, &MainWindow::showDateRange);
    connect(m_ui->searchPicturesOnly, &QToolButton::toggled, this, &MainWindow::showPicturesOnly);
    connect(m_ui->fromDateEdit, &QDateEdit::dateChanged, this, &MainWindow::writeDateRange);
    connect(m_ui->toDateEdit, &QDateEdit::dateChanged, this, &MainWindow::writeDateRange);
    connect(m_ui->searchResults, &QListView::activated, this, &MainWindow::openResult);
    connect(m_ui->searchResults, &QListView::clicked, this, &MainWindow::openResult);
    connect(m_ui->postView, &ChatView::tagActivated, this, &MainWindow::filterByTag);
    connect(m_ui->showAllButton, &QToolButton::clicked, this, &MainWindow::clearTagFilter);
    connect(m_ui->tagList, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { filterByTag(item->data(Qt::UserRole).toString()); });
    connect(m_ui->tagList, &QListWidget::itemClicked, this,
            [this](QListWidgetItem* item) { filterByTag(item->data(Qt::UserRole).toString()); });
    m_ui->actionShowTags->setChecked(true);
    resizeDocks({m_ui->tagsDock}, {180}, Qt::Horizontal);
    connect(m_ui->actionShowTags, &QAction::toggled, m_ui->tagsDock, &QDockWidget::setVisible);
    connect(m_ui->tagsDock, &QDockWidget::visibilityChanged, m_ui->actionShowTags, [this](bool visible) {
        if (!isMinimized() && isVisible())
            m_ui->actionShowTags->setChecked(visible);
    });
    connect(m_ui->actionOnThisDay, &QAction::triggered, this, &MainWindow::listPostsOnThisDay);
    connect(m_ui->actionGoToDate, &QAction::triggered, this, [this] {
        if (!m_journal)
            return;
        auto* dialog = new GoToDateDialog(*m_journal, QDate::currentDate(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog] { goToDate(dialog->selectedDate()); });
        dialog->open();
    });

    connect(m_ui->actionQuit, &QAction::triggered, this, &MainWindow::quit);
    connect(m_ui->actionSettings, &QAction::triggered, this, &MainWindow::openSettings);
    m_ui->actionSettings->setEnabled(false); // until there are settings to show
    connect(m_ui->actionLock, &QAction::triggered, this, &MainWindow::lockRequested);
    connect(m_ui->actionBackups, &QAction::triggered, this, &MainWindow::backupsRequested);
    connect(m_ledgerCheck, &BackgroundLedgerCheck::finished, this, [this](const PostLedger::Check& found) {
        // An account from before records were kept gets its record now, once.
        m_ledgerFound = found.made && m_journal && m_session
                            ? PostLedger(m_journal->database(), *m_session).check()
                            : found;
        showDamage();
    });
    connect(m_ui->restoreBackupButton, &QToolButton::clicked, this, &MainWindow::backupsRequested);
    ColorScheme::showAsProblem(m_ui->damageLabel);
    connect(m_ui->actionExport, &QAction::triggered, this, &MainWindow::chooseExport);
    connect(m_ui->actionImport, &QAction::triggered, this, &MainWindow::chooseImport);
    connect(m_transfer, &TransferRunner::exported, this, &MainWindow::exportDone);
    connect(m_transfer, &TransferRunner::imported, this, &MainWindow::importDone);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    m_ui->composer->setFocus();
}

MainWindow::~MainWindow() = default;

ChatView* MainWindow::chatView() const
{
    return m_ui->postView;
}

bool MainWindow::isEditing() const
{
    return m_composer->isEditing();
}

bool MainWindow::isTransferring() const
{
    return m_transfer->isRunning();
}

void MainWindow::cancelTransfer()
{
    m_transfer->cancel();
}

void MainWindow::showJournal(Journal* journal, AccountService* accounts, const Session* session,
                             SearchIndex* index)
{
    m_journal = journal;
    m_accounts = accounts;
    m_session = session;
    m_index = index;
    if (m_index) {
        connect(m_index, &SearchIndex::progress, this, &MainWindow::showIndexProgress);
        connect(m_index, &SearchIndex::changed, this, &MainWindow::refreshTags);
        connect(m_index, &SearchIndex::ready, this, [this] {
            // The progress of a long build goes; a finished index needs no word.
            if (m_indexProgressShown)
                statusBar()->clearMessage();
            m_indexProgressShown = false;
            if (m_ui->searchBar->isVisible())
                runSearch(m_ui->searchEdit->text());
            showDamage();
            checkPostsAgainstTheirRecord();
        });
        if (m_index->isReady()) {
            refreshTags();
            showDamage();
            checkPostsAgainstTheirRecord();
        }
    }
    setWindowTitle(tr("%1 — Soliloquy").arg(session->username()));
    refreshAuthor();
    m_model->setSource(journal);
    m_model->follow(journal);
    m_welcome->setJournalOpen(true);
    m_pictureLoader->start(journal->databasePath(), session);
    m_ui->postView->showNewest();
    m_composer->open(journal, session);
}

void MainWindow::refreshAuthor()
{
    if (!m_accounts || !m_session)
        return;
    const std::optional<Profile> profile = m_accounts->profile(*m_session);
    if (!profile)
        return;
    m_ui->postView->postDelegate()->setAuthor(
        profile->username,
        AvatarImage::ofAccount(profile->avatarPng, profile->email, AvatarImage::StoredSize));
    m_ui->postView->viewport()->update();
}

void MainWindow::clearForLock()
{
    m_composer->close();
    // The viewer and the gallery hold decoded pictures.
    delete m_viewer;
    delete m_gallery;
    m_pictureLoader->stop();
    m_profileCard->hide();
    PrivateClipboard::takeBack();
    closeSearch();
    m_recentSearches->forget();
    clearTagFilter();
    m_ui->tagList->clear();
    m_ui->composer->setKnownTags({});
    if (m_index)
        disconnect(m_index, nullptr, this, nullptr);
    m_index = nullptr;
    m_ledgerCheck->cancel();
    m_ledgerFound.reset();
    m_ui->damageBanner->hide();
    if (m_indexProgressShown)
        statusBar()->clearMessage();
    m_indexProgressShown = false;
    m_undoStack.clear(); // its commands hold post texts
    m_welcome->setJournalOpen(false);
    m_model->follow(nullptr);
    m_model->clear();
    m_ui->postView->postDelegate()->clearCache();
    m_ui->postView->postDelegate()->setAuthor(QString(), QImage());
    m_journal = nullptr;
    m_session = nullptr;
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_settings && isVisible())
        m_settings->setWindowGeometry(saveGeometry()); // where it opens next time
    if (m_hidesOnClose && !m_quitting) {
        // Soliloquy keeps running in the tray, so that reminders still come.
        event->ignore();
        m_profileCard->hide();
        hide();
        Q_EMIT hiddenOnClose();
        return;
    }
    // An import under way rolls back: the window's last writes follow it.
    m_transfer->cancelAndWait();
    m_composer->pauseWrites(false);
    m_composer->keepAll();
    QMainWindow::closeEvent(event);
}

void MainWindow::warn(const QString& title, const QString& message)
{
    MessageBox::warning(this, title, message);
}

void MainWindow::showSentPost()
{
    if (m_tagged)
        clearTagFilter(); // a new post shows in the whole journal
    // The model took the post as the journal announced it; scrolled far back, the newest page
    // is shown again.
    if (m_model->hasNewer())
        m_model->showNewest();
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
    m_composer->editPost(postId);
}

void MainWindow::deletePost(qint64 postId)
{
    if (!m_journal || postId == 0)
        return;
    const std::optional<Post> post = m_journal->post(postId);
    if (!post)
        return;
    // A lock while the question is open closes it unanswered: nothing is deleted.
    MessageBox::question(
        this, tr("Delete post"),
        tr("Delete this post? You can bring it back with Undo (Ctrl+Z) until you lock "
           "or quit."),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel,
        [this, post = *post](QMessageBox::StandardButton answer) {
            if (answer != QMessageBox::Yes || !m_journal || waitsForTheImport())
                return;
            if (m_composer->editingPostId() == post.id)
                m_composer->cancelEdit();
            m_undoStack.push(new DeletePostCommand(
                *m_journal, post, [this](const QString& error) { warn(tr("Not deleted"), error); }));
        });
}

void MainWindow::copySelectedPost()
{
    const int row = m_model->rowOf(m_ui->postView->selectedPostId());
    if (row >= 0 && m_model->postAt(row).readable)
        PrivateClipboard::copy(m_model->postAt(row).text);
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
    const PostDelegate* posts = m_ui->postView->postDelegate();
    const qint64 lastPostAt = m_journal->lastPostTime();
    m_profileCard->setProfile(*profile, posts->roundAvatar(72, devicePixelRatioF()), m_journal->count(),
                              lastPostAt, m_timeFormat.timeOf(lastPostAt));
    m_profileCard->popUp(globalPosition);
}

void MainWindow::editProfile()
{
    if (!m_accounts || !m_session)
        return;
    const std::optional<Profile> profile = m_accounts->profile(*m_session);
    if (!profile)
        return;
    auto* dialog = new ProfileDialog(*m_accounts, *m_session, *profile, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) { profileEdited(*dialog, result); });
    dialog->open();
}

void MainWindow::profileEdited(ProfileDialog& dialog, int result)
{
    if (!m_journal)
        return; // closed by a lock
    if (dialog.replacedKey()) {
        // This window's session holds the old key: the draft and a post being edited are
        // saved under the new one, then the journal locks, to be unlocked with the new password.
        const std::unique_ptr<Session> fresh = dialog.takeNewSession();
        Journal rekeyed(m_journal->database(), *fresh);
        m_composer->keepUnder(rekeyed);
        m_journal = nullptr; // nothing more is written under the old key
        Q_EMIT lockRequested();
        return;
    }
    if (result == QDialog::Accepted) {
        refreshAuthor();
        statusBar()->showMessage(tr("Profile saved."), 5000);
    }
}

// The index opened every post: those that did not open are damaged. The record of posts
// names those removed, rolled back or added outside Soliloquy. The window says so instead of
// hiding it, with the way to a backup that may still have them.
void MainWindow::showDamage()
{
    const qsizetype damaged = m_index ? m_index->damagedPosts().size() : 0;
    QStringList findings;
    if (damaged > 0)
        findings << tr("%n post(s) of this journal are damaged and cannot be read.", nullptr, int(damaged));
    if (m_ledgerFound && !m_ledgerFound->clean()) {
        const PostLedger::Check& found = *m_ledgerFound;
        if (!found.read)
            findings << tr("Soliloquy could not check whether posts are missing: %1").arg(found.error);
        else if (found.recordDamaged)
            findings << tr("The journal's record of its posts was changed outside Soliloquy: posts "
                           "may be missing.");
        else if (found.missing() > 0)
            findings << tr("%n post(s) are missing: they were removed outside Soliloquy.", nullptr,
                           int(found.missing()));
        else
            findings << tr("Posts were changed, rolled back or added outside Soliloquy.");
    }
    m_ui->damageBanner->setVisible(!findings.isEmpty());
    if (!findings.isEmpty())
        m_ui->damageLabel->setText(findings.join(QLatin1Char(' ')) + QLatin1Char(' ') +
                                   tr("A backup from before the damage may still have them."));
}

void MainWindow::checkPostsAgainstTheirRecord()
{
    if (!m_journal || !m_session || m_ledgerFound)
        return;
    m_ledgerCheck->start(m_journal->databasePath(), *m_session);
}

void MainWindow::showAbout()
{
    auto* dialog = new AboutDialog(m_journal ? m_journal->databasePath() : QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::openSearch()
{
    if (!m_journal)
        return;
    m_ui->searchBar->show();
    m_ui->searchEdit->setFocus();
    m_ui->searchEdit->selectAll();
    runSearch(m_ui->searchEdit->text());
}

void MainWindow::closeSearch()
{
    m_ui->searchBar->hide();
    m_ui->searchResults->hide();
    {
        const QSignalBlocker blocker(m_ui->searchEdit);
        m_ui->searchEdit->clear();
    }
    m_results->clear(); // the excerpts are decrypted text
    m_ui->postView->postDelegate()->setHighlight({});
    m_ui->postView->viewport()->update();
    {
        const QSignalBlocker blocker(m_ui->dateRangeButton);
        m_ui->dateRangeButton->setChecked(false);
    }
    m_ui->fromDateEdit->hide();
    m_ui->toDateEdit->hide();
    if (m_journal)
        m_ui->composer->setFocus();
}

namespace {

// The query without its from: and to: words.
QString withoutDates(const QString& query)
{
    static const QRegularExpression dates(QStringLiteral("(^|\\s)(from|to):\\S*"),
                                          QRegularExpression::CaseInsensitiveOption);
    return QString(query).remove(dates).simplified();
}

// The query without its has:picture.
QString withoutPicturesTerm(const QString& query)
{
    static const QRegularExpression term(QStringLiteral("(^|\\s)has:pictures?(?=\\s|$)"),
                                         QRegularExpression::CaseInsensitiveOption);
    return QString(query).remove(term).simplified();
}

} // namespace

void MainWindow::showDateRange(bool shown)
{
    m_ui->fromDateEdit->setVisible(shown);
    m_ui->toDateEdit->setVisible(shown);
    if (!shown) {
        m_ui->searchEdit->setText(withoutDates(m_ui->searchEdit->text()));
        return;
    }
    // From the first day of the journal to today, to be narrowed.
    const std::optional<Post> oldest =
        m_journal ? m_journal->nearest(std::numeric_limits<qint64>::min()) : std::nullopt;
    {
        const QSignalBlocker fromBlocker(m_ui->fromDateEdit);
        const QSignalBlocker toBlocker(m_ui->toDateEdit);
        m_ui->fromDateEdit->setDate(oldest ? QDateTime::fromMSecsSinceEpoch(oldest->createdAt).date()
                                           : QDate::currentDate());
        m_ui->toDateEdit->setDate(QDate::currentDate());
    }
    writeDateRange();
}

void MainWindow::writeDateRange()
{
    const QString query = withoutDates(m_ui->searchEdit->text());
    const QString range = QStringLiteral("from:%1 to:%2")
                              .arg(m_ui->fromDateEdit->date().toString(Qt::ISODate),
                                   m_ui->toDateEdit->date().toString(Qt::ISODate));
    m_ui->searchEdit->setText(query.isEmpty() ? range : query + QLatin1Char(' ') + range);
}

void MainWindow::showPicturesOnly(bool only)
{
    const QString query = withoutPicturesTerm(m_ui->searchEdit->text());
    if (!only)
        m_ui->searchEdit->setText(query);
    else
        m_ui->searchEdit->setText(query.isEmpty() ? SearchQuery::picturesTerm()
                                                  : query + QLatin1Char(' ') + SearchQuery::picturesTerm());
}

void MainWindow::runSearch(const QString& text)
{
    const SearchQuery query = SearchQuery::parse(text);
    {
        const QSignalBlocker blocker(m_ui->searchPicturesOnly);
        m_ui->searchPicturesOnly->setChecked(query.withPictures);
    }
    if (!m_index || query.isEmpty() || !query.badDate.isEmpty()) {
        m_results->clear();
        m_ui->searchResults->hide();
        if (!query.badDate.isEmpty())
            m_ui->searchStatus->setText(tr("%1 is not a date: write days as 2024-01-31.").arg(query.badDate));
        else
            m_ui->searchStatus->setText(m_index && !m_index->isReady() ? tr("Indexing…") : QString());
        return;
    }
    const QList<qint64> found =
        m_index->matches(text, m_ui->oldestFirstButton->isChecked() ? SearchIndex::Order::OldestFirst
                                                                    : SearchIndex::Order::NewestFirst);
    QString status =
        found.isEmpty() ? tr("No posts found.") : tr("%Ln post(s) found", nullptr, int(found.size()));
    if (!m_index->isReady())
        status += tr(" (still indexing)");
    const SearchIndex* index = m_index;
    m_results->showMatches(
        found, [index, text](const QList<qint64>& postIds) { return index->hits(text, postIds); });
    showResultList(status);
}

void MainWindow::showHits(const QList<SearchHit>& hits, const QString& status)
{
    m_results->showHits(hits);
    showResultList(status);
}

void MainWindow::showResultList(const QString& status)
{
    m_ui->searchStatus->setText(status);
    m_ui->searchResults->setVisible(m_results->rowCount() > 0);
    if (m_results->rowCount() > 0)
        m_ui->searchResults->setCurrentIndex(m_results->index(0, 0));
}

void MainWindow::openResult(const QModelIndex& index)
{
    if (!index.isValid())
        return;
    const QString query = m_ui->searchEdit->text();
    m_recentSearches->remember(query);
    // The words found are marked in the chat until the search bar closes.
    m_ui->postView->postDelegate()->setHighlight(
        SearchHighlight(query, !m_settings || m_settings->searchIgnoresAccents()));
    showPostInContext(index.data(SearchResultDelegate::PostIdRole).toLongLong());
    m_ui->postView->viewport()->update();
}

void MainWindow::offerRecentSearches()
{
    m_recentSearchList->complete();
    m_recentSearchList->popup()->setCurrentIndex(m_recentSearchList->completionModel()->index(0, 0));
}

void MainWindow::openAdjacentResult(int step)
{
    if (!m_ui->searchBar->isVisible() || m_results->rowCount() == 0)
        return;
    const int row = m_ui->searchResults->currentIndex().row() + step;
    if (row >= m_results->rowCount() && m_results->canFetchMore({}))
        m_results->fetchMore({});
    if (row < 0 || row >= m_results->rowCount())
        return;
    const QModelIndex next = m_results->index(row, 0);
    m_ui->searchResults->setCurrentIndex(next);
    openResult(next);
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress && watched == m_ui->postView && m_ui->searchBar->isVisible() &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Escape) {
        closeSearch();
        return true;
    }
    if (event->type() == QEvent::KeyPress &&
        (watched == m_ui->searchEdit || watched == m_ui->searchResults)) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Escape) {
            closeSearch();
            return true;
        }
        if (watched == m_ui->searchEdit) {
            const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
            if (enter) {
                m_recentSearches->remember(m_ui->searchEdit->text()); // run, even with nothing found
                openResult(m_ui->searchResults->currentIndex());
                return true;
            }
            if (key->key() == Qt::Key_Down && m_results->rowCount() > 0) {
                m_ui->searchResults->setFocus();
                return true;
            }
            if ((key->key() == Qt::Key_Up || key->key() == Qt::Key_Down) &&
                m_ui->searchEdit->text().isEmpty() && m_recentSearches->rowCount() > 0) {
                offerRecentSearches();
                return true;
            }
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::showPostInContext(qint64 postId)
{
    if (!m_journal)
        return;
    const std::optional<Post> post = m_journal->post(postId);
    if (!post)
        return;
    if (m_tagged && !Hashtags::in(post->text).contains(m_tagged->tag()))
        clearTagFilter();
    m_model->showAround(*post);
    m_ui->postView->selectPost(postId);
    m_ui->postView->scrollTo(m_model->index(m_model->rowOf(postId)), QAbstractItemView::PositionAtCenter);
    m_ui->postView->setFocus();
}

void MainWindow::showPicture(qint64 postId, qint64 attachmentId)
{
    if (!m_journal)
        return;
    if (!m_viewer) {
        m_viewer = new PictureViewer(*m_journal, this);
        // As large as the window it belongs to, over it.
        m_viewer->resize(size() * 9 / 10);
    }
    m_viewer->showPicture(postId, attachmentId);
    m_viewer->show();
    m_viewer->raise();
    m_viewer->activateWindow();
}

void MainWindow::openGallery()
{
    if (!m_journal)
        return;
    if (!m_gallery) {
        m_gallery = new PictureGallery(*m_journal, *m_pictureLoader, this);
        connect(m_gallery, &PictureGallery::postActivated, this, [this](qint64 postId) {
            // The post shows in the chat, which the gallery would cover.
            m_gallery->close();
            activateWindow();
            showPostInContext(postId);
        });
    }
    m_gallery->refresh();
    m_gallery->show();
    m_gallery->raise();
    m_gallery->activateWindow();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (m_journal && OfferedPictures::in(event->mimeData()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    if (!m_journal || !OfferedPictures::in(event->mimeData()))
        return;
    event->acceptProposedAction();
    m_composer->addPictures(OfferedPictures::from(event->mimeData()));
    m_ui->composer->setFocus();
}

void MainWindow::goToDate(const QDate& day)
{
    if (!m_journal)
        return;
    if (const std::optional<Post> post = m_journal->nearest(day.startOfDay().toMSecsSinceEpoch()))
        showPostInContext(post->id);
}

void MainWindow::filterByTag(const QString& tag)
{
    if (!m_journal || !m_index || tag.isEmpty())
        return;
    m_tagged = std::make_unique<TaggedPosts>(*m_journal, *m_index, tag.toLower());
    m_model->setSource(m_tagged.get());
    m_ui->filterLabel->setText(tr("Showing the posts tagged <b>#%1</b>.").arg(tag.toLower().toHtmlEscaped()));
    m_ui->filterBanner->show();
}

void MainWindow::clearTagFilter()
{
    if (!m_tagged)
        return;
    m_ui->tagList->clearSelection();
    m_ui->tagList->setCurrentItem(nullptr);
    m_ui->filterBanner->hide();
    m_model->setSource(m_journal);
    m_tagged.reset();
}

QString MainWindow::tagFilter() const
{
    return m_tagged ? m_tagged->tag() : QString();
}

void MainWindow::refreshTags()
{
    if (!m_index)
        return;
    const QList<QPair<QString, int>> tags = m_index->tags();
    m_ui->tagList->clear();
    QStringList names;
    for (const auto& [tag, count] : tags) {
        auto* item = new QListWidgetItem(QStringLiteral("#%1  (%2)").arg(tag).arg(count), m_ui->tagList);
        item->setData(Qt::UserRole, tag);
        item->setToolTip(tr("%n post(s) tagged #%1", nullptr, count).arg(tag));
        names << tag;
    }
    m_ui->composer->setKnownTags(names);
}

void MainWindow::showIndexProgress(int done, int total)
{
    if (total > 0 && done < total) {
        statusBar()->showMessage(tr("Indexing for search… %1%").arg(done * 100 / total));
        m_indexProgressShown = true;
    }
}

void MainWindow::listPostsOnThisDay()
{
    if (!m_journal)
        return;
    const QList<Post> posts = m_journal->onThisDay(QDate::currentDate());
    QList<SearchHit> hits;
    for (const Post& post : posts) {
        QString excerpt = post.text.simplified();
        if (excerpt.size() > 200)
            excerpt = excerpt.left(200) + QStringLiteral("…");
        hits.append({post.id, post.createdAt, post.text, excerpt.toHtmlEscaped()});
    }
    m_ui->searchBar->show();
    {
        const QSignalBlocker blocker(m_ui->searchEdit);
        m_ui->searchEdit->clear();
    }
    showHits(hits, hits.isEmpty()
                       ? tr("Nothing written on this day in earlier years.")
                       : tr("On this day: %n post(s) from earlier years", nullptr, int(hits.size())));
    // Where Escape closes the bar: the list, or the search field when there is nothing to list.
    if (hits.isEmpty())
        m_ui->searchEdit->setFocus();
    else
        m_ui->searchResults->setFocus();
}

void MainWindow::chooseExport()
{
    if (!m_journal)
        return;
    QFileDialog* chooser =
        FileChooser::forSaving(this, tr("Export the journal"), QStringLiteral("journal.json"),
                               {tr("Soliloquy JSON, to import again (*.json)"), tr("Markdown (*.md)"),
                                tr("Web page, prints well (*.html)")});
    connect(chooser, &QFileDialog::fileSelected, this, [this, chooser](const QString& path) {
        // The name typed says which format when it ends in one (journal.md), whatever the type
        // left chosen in the dialog; a name without one got the chosen type's.
        const QString suffix = QFileInfo(path).suffix().toLower();
        const QString filter = chooser->selectedNameFilter();
        const QString chosen =
            suffix == QLatin1String("md") || suffix == QLatin1String("markdown") ? QStringLiteral("*.md")
            : suffix == QLatin1String("html") || suffix == QLatin1String("htm")  ? QStringLiteral("*.html")
            : suffix == QLatin1String("json")                                    ? QStringLiteral("*.json")
                                                                                 : filter;
        const QString format = chosen.contains(QLatin1String("*.md"))     ? QStringLiteral("markdown")
                               : chosen.contains(QLatin1String("*.html")) ? QStringLiteral("html")
                                                                          : QStringLiteral("json");
        exportTo(path, format);
    });
    chooser->open();
}

bool MainWindow::exportTo(const QString& path, const QString& format)
{
    const std::optional<Exporter::Format> chosen = Exporter::formatNamed(format);
    if (!m_journal || !m_session || !chosen || m_transfer->isRunning())
        return false;
    m_transfer->startExport(m_journal->databasePath(), *m_session, path, *chosen);
    updateTransferActions();
    return true;
}

void MainWindow::exportDone(const QString& path, const Exporter::Result& result)
{
    if (result.cancelled)
        statusBar()->showMessage(tr("Export cancelled; no file was written."), 8000);
    else if (!result.ok)
        warn(tr("Not exported"), result.error);
    else
        statusBar()->showMessage(tr("Exported %n post(s) to %1.", nullptr, int(result.exported)).arg(path),
                                 8000);
    endTransfer(result.ok);
}

void MainWindow::chooseImport()
{
    if (!m_journal)
        return;
    QFileDialog* chooser = FileChooser::forOpening(
        this, tr("Import into the journal"),
        {tr("Journal exports: Soliloquy, jrnl, Day One (*.json *.zip)"), tr("All files (*)")});
    connect(chooser, &QFileDialog::fileSelected, this, [this](const QString& path) { importFrom(path); });
    chooser->open();
}

bool MainWindow::importFrom(const QString& path, const QString& format)
{
    if (!m_journal || !m_session)
        return false;
    std::optional<Importer::Format> chosen = Importer::formatNamed(format);
    if (format.isEmpty()) {
        // The file says what it is: nobody has to know the names of export formats.
        const ImportRecognizer::Recognised found = ImportRecognizer::recognise(path);
        if (!found.format) {
            warn(tr("Not imported"), tr("%1\n\nNothing was imported.").arg(found.error));
            return false;
        }
        chosen = found.format;
    }
    if (!chosen || m_transfer->isRunning())
        return false;
    m_transfer->startImport(m_journal->databasePath(), *m_session, path, *chosen);
    m_composer->pauseWrites(true);
    updateTransferActions();
    return true;
}

void MainWindow::importDone(const QString& path, const Importer::Result& result)
{
    if (result.cancelled) {
        statusBar()->showMessage(tr("Import cancelled; nothing was added."), 8000);
    } else if (!result.ok) {
        // An import is one transaction: a refused file leaves the journal as it was.
        warn(tr("Not imported"), tr("%1\n\nNothing was imported.").arg(result.error));
    } else if (m_journal && m_session) {
        // The imported posts were written past the journal's signals: show them and index them.
        clearTagFilter();
        m_model->showNewest();
        m_ui->postView->showNewest();
        refreshAuthor();
        if (m_index)
            m_index->buildInBackground(m_journal->databasePath(), *m_session);
        statusBar()->showMessage(result.summary(path), 10000);
    }
    // What was typed meanwhile waited for the import's write lock.
    m_composer->pauseWrites(false);
    endTransfer(result.ok);
}

void MainWindow::endTransfer(bool done)
{
    updateTransferActions();
    Q_EMIT transferFinished(done);
    Q_EMIT transfersEnded();
}

void MainWindow::updateTransferActions()
{
    const bool idle = !m_transfer->isRunning();
    m_ui->actionExport->setEnabled(idle);
    m_ui->actionImport->setEnabled(idle);
}

bool MainWindow::waitsForTheImport()
{
    if (!m_transfer->isImporting())
        return false;
    sayWritesWait();
    return true;
}

void MainWindow::sayWritesWait()
{
    statusBar()->showMessage(tr("The import is writing to the journal: try again once it is done."), 8000);
}

void MainWindow::quit()
{
    m_quitting = true;
    close();
    Q_EMIT quitRequested();
}

void MainWindow::reloadPosts()
{
    if (!m_journal)
        return;
    refreshAuthor();
    if (m_tagged)
        return;
    // Where the user reads stays; at the newest end, the newest page is read again.
    if (m_ui->postView->isPinnedToNewest()) {
        m_model->showNewest();
        m_ui->postView->showNewest();
    } else if (m_model->rowCount() > 0) {
        m_model->showAround(m_model->postAt(m_model->rowCount() / 2));
    }
}

void MainWindow::showPostsWrittenElsewhere(const QList<Post>& posts)
{
    // Only where they belong: at the newest end of the whole journal. A user reading older
    // posts, or one tag's, meets them on the way back.
    if (!m_journal || m_tagged || m_model->hasNewer())
        return;
    const bool atNewest = m_ui->postView->isPinnedToNewest();
    // A few are added where they belong; many (an import) make the newest page be read anew.
    constexpr qsizetype FewPosts = 100;
    if (posts.size() > FewPosts) {
        m_model->showNewest();
    } else {
        for (const Post& post : posts) {
            if (m_model->rowOf(post.id) < 0)
                m_model->append(post);
        }
    }
    if (atNewest)
        m_ui->postView->showNewest();
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
    m_welcome->setJournalFile(databasePath);
    m_ui->actionSettings->setEnabled(settings != nullptr);
    if (!settings)
        return;
    connect(settings, &AppSettings::changed, this, &MainWindow::applySettings, Qt::UniqueConnection);
    applySettings();
    placeOnScreen();
}

void MainWindow::placeOnScreen()
{
    if (isVisible() || restoreGeometry(m_settings->windowGeometry()))
        return;
    // The first time: in the middle of the screen, not in a corner where no window manager
    // places it (the form's size, or the screen's where that is smaller).
    const QRect screenArea = screen()->availableGeometry();
    QRect area(QPoint(), size().boundedTo(screenArea.size()));
    area.moveCenter(screenArea.center());
    setGeometry(area);
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
    m_timeFormat = PostTimeFormat(m_settings->clockFormat());
    m_ui->postView->postDelegate()->setTimeFormat(m_timeFormat);
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
    dialog->setSyncController(m_journal ? m_sync : nullptr);
    dialog->open();
}
