#pragma once

#include <QLabel>

class QAbstractItemModel;
class QAbstractScrollArea;

// A short welcome in an empty chat: how to write, tags, search, the lock, where the
// journal's file is, and that the recovery key is the only way back in. It lies over
// the chat's viewport while the chat has no post, and goes with the first one.
class WelcomeNote : public QLabel
{
    Q_OBJECT

public:
    WelcomeNote(QAbstractScrollArea* chat, QAbstractItemModel* posts);

    // The journal's file, named in the note (none: the line is left out).
    void setJournalFile(const QString& path);
    // Whether a journal is open: a locked window shows no welcome.
    void setJournalOpen(bool open);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void refresh();

    QAbstractScrollArea* m_chat;
    QAbstractItemModel* m_posts;
    QString m_journalFile;
    bool m_journalOpen = false;
};
