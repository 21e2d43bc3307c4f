#pragma once

#include <QMainWindow>

#include <memory>

class Journal;
class PostListModel;

namespace Ui {
class MainWindow;
}

// The journal window: the chat-style post view with the composer below it.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Shows the posts of an unlocked journal; the window does not own it.
    void showJournal(Journal* journal, const QString& username);
    // Forgets every decrypted text the window holds; the composer's draft is
    // returned so the caller can keep it sealed while locked.
    QString clearForLock();
    void restoreDraft(const QString& draft);

    PostListModel* postModel() const { return m_model; }

Q_SIGNALS:
    void lockRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void send();
    void showAbout();

    std::unique_ptr<Ui::MainWindow> m_ui;
    PostListModel* m_model;
    Journal* m_journal = nullptr;
};
