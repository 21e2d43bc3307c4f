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
    forgetPictures();
}

void DeletePostCommand::forgetPictures()
{
    for (NewPicture& picture : m_pictures)
        picture.bytes.fill('\0');
    m_pictures.clear();
}

void DeletePostCommand::redo()
{
    // Read before they go; one that no longer opens cannot come back.
    forgetPictures();
    for (const PictureRef& picture : std::as_const(m_post.pictures)) {
        if (std::optional<QByteArray> bytes = m_journal.pictureBytes(picture.attachmentId))
            m_pictures.append({std::move(*bytes), picture.mimeType, picture.size});
    }
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
    const std::optional<Post> restored = m_journal.undelete(m_post, m_pictures, &error);
    if (!restored) {
        setObsolete(true);
        m_onError(error.message);
        return;
    }
    // The pictures are stored anew, under new ids; a redo reads them again.
    m_post.id = restored->id;
    m_post.pictures = restored->pictures;
    forgetPictures();
}
