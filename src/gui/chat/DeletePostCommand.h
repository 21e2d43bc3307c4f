#pragma once

#include "core/NewPicture.h"
#include "core/Post.h"

#include <QUndoCommand>

#include <functional>

class Journal;

// Deleting a post, undone by putting it back with its text, time and pictures (whose bytes
// are kept in memory meanwhile, never on the disk).
// A step that fails marks itself obsolete and reports why through `onError`.
class DeletePostCommand : public QUndoCommand
{
public:
    DeletePostCommand(Journal& journal, Post post, std::function<void(const QString&)> onError);
    ~DeletePostCommand() override;

    void redo() override;
    void undo() override;

private:
    // Wipes the pictures' bytes kept for an undo.
    void forgetPictures();

    Journal& m_journal;
    Post m_post;
    QList<NewPicture> m_pictures; // the deleted post's, opened
    std::function<void(const QString&)> m_onError;
};
