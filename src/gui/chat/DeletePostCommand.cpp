#include "DeletePostCommand.h"

#include "core/Journal.h"

#include <QCoreApplication>

DeletePostCommand::DeletePostCommand(Journal& journal, Post post, std::function<void(const QString&)> onError)
    : QUndoCommand(QCoreApplication::translate("DeletePostCommand", "delete post",
                                               "after Undo or Redo in the Edit menu"))
    , m_journal(journal)
    , m_post(std::move(post))
    , m_onError(std::move(onError))
{}

DeletePostCommand::~DeletePostCommand()
{
    m_post.text.fill(QLatin1Char('\0'));
}

void DeletePostCommand::redo()
{
    StorageError error;
    if (!m_journal.remove(m_post.id, &error)) {
        setObsolete(true);
        m_onError(error.message);
        return;
    }
}

void DeletePostCommand::undo()
{
    StorageError error;
    const std::optional<Post> restored = m_journal.undelete(m_post, &error);
    if (!restored) {
        setObsolete(true);
        m_onError(error.message);
        return;
    }
    m_post.id = restored->id;
}
