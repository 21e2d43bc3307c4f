#pragma once

#include "core/Post.h"

#include <QUndoCommand>

#include <functional>

class Journal;

// Deleting a post, undone by putting it back with its text and time.
// A step that fails marks itself obsolete and reports why through `onError`.
class DeletePostCommand : public QUndoCommand
{
public:
    DeletePostCommand(Journal& journal, Post post, std::function<void(const QString&)> onError);
    ~DeletePostCommand() override;

    void redo() override;
    void undo() override;

private:
    Journal& m_journal;
    Post m_post;
    std::function<void(const QString&)> m_onError;
};
