#pragma once

#include <QDialog>
#include <QFutureWatcher>

#include <functional>
#include <memory>

class AccountService;
class Session;

namespace Ui {
class JoinDialog;
}

// Joins, on a new computer, the journal another computer keeps in a sync folder: the account
// is made here as it is there and opened with its password, under a name for this computer.
// Opening it derives the key, which takes a moment: that runs on a worker thread with a
// connection of its own, the dialog saying so and answering meanwhile. Nothing is kept when
// the join fails; the posts arrive with the first round once the window is open.
class JoinDialog : public QDialog
{
    Q_OBJECT

public:
    JoinDialog(AccountService& accounts, QWidget* parent = nullptr);
    // Waits for a join still running, so that it never goes on unseen.
    ~JoinDialog() override;

    // Opens the dialog over `parent` (with open()); `joined` gets the session once joined.
    static void openOver(QWidget* parent, AccountService& accounts,
                         const std::function<void(std::unique_ptr<Session>)>& joined);

    // After accept(): the joined account's session.
    std::unique_ptr<Session> takeSession();
    // From the click on Join until its outcome is shown.
    bool isJoining() const { return m_joining; }

    // Refused while a join runs: the account it makes is either kept and opened, or removed.
    void reject() override;

private:
    struct Outcome
    {
        std::shared_ptr<Session> session; // set on success
        QString error;                    // in the user's words, set on failure
    };

    void chooseFolder();
    void updateJoinButton();
    void join();
    void finishJoin();
    void showProblem(const QString& problem);
    void setJoining(bool joining);

    std::unique_ptr<Ui::JoinDialog> m_ui;
    AccountService& m_accounts;
    QFutureWatcher<Outcome> m_join;
    std::unique_ptr<Session> m_session;
    bool m_joining = false;
};
