#pragma once

#include "core/Post.h"

#include <QUndoCommand>

#include <functional>

class Journal;

// Changing a post's text; undo puts back the text and the "edited" mark it had.
// A step that fails marks itself obsolete and reports why through `onError`.
class EditPostCommand : public QUndoCommand
{
public:
    EditPostCommand(Journal& journal, Post before, const QString& newText,
                    std::function<void(const QString&)> onError);
    ~EditPostCommand() override;

    void redo() override;
    void undo() override;

private:
    void apply(const QString& text, qint64 editedAt);

    Journal& m_journal;
    Post m_before;
    QString m_newText;
    qint64 m_editedAt;
    std::function<void(const QString&)> m_onError;
};
