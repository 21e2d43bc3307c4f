#pragma once

#include "pictures/PictureFile.h"

#include <QList>
#include <QPlainTextEdit>

class QCompleter;
class QStringListModel;

// Where posts are written. Enter sends and Shift+Enter starts a new line, as in
// a messenger; Up in an empty composer asks to edit the last post; Escape
// cancels an edit. Ctrl+Z undoes typing while there is typing to undo, and
// otherwise leaves it to the window (which undoes the last edit or delete).
// Files or a picture pasted or dropped on it are offered to go with the post, not typed.
class Composer : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit Composer(QWidget* parent = nullptr);

    // Tags offered when the user types '#' and the start of a word.
    void setKnownTags(const QStringList& tags);
    QCompleter* tagCompleter() const { return m_completer; }

Q_SIGNALS:
    void sendRequested();
    void editLastRequested();
    void cancelRequested();
    // A paste or a drop brought these files or this picture, each checked.
    void picturesOffered(const QList<PictureFile>& pictures);

protected:
    bool event(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;
    bool canInsertFromMimeData(const QMimeData* source) const override;
    void insertFromMimeData(const QMimeData* source) override;

private:
    void fitHeightToText();
    void completeTag();
    void insertTag(const QString& tag);
    QString tagPrefixAtCursor() const;

    QStringListModel* m_tags;
    QCompleter* m_completer;
};
