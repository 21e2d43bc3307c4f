#include "EditPostCommand.h"

#include "core/Journal.h"

#include <QCoreApplication>

EditPostCommand::EditPostCommand(Journal& journal, Post before, const QString& newText,
                                 std::function<void(const QString&)> onError)
    : QUndoCommand(
          QCoreApplication::translate("EditPostCommand", "edit post", "after Undo or Redo in the Edit menu"))
    , m_journal(journal)
    , m_before(std::move(before))
    , m_newText(newText)
    , m_editedAt(journal.now())
    , m_onError(std::move(onError))
{}

EditPostCommand::~EditPostCommand()
{
    m_before.text.fill(QLatin1Char('\0'));
    m_newText.fill(QLatin1Char('\0'));
}

void EditPostCommand::redo()
{
    apply(m_newText, m_editedAt);
}

void EditPostCommand::undo()
{
    apply(m_before.text, m_before.editedAt);
}

void EditPostCommand::apply(const QString& text, qint64 editedAt)
{
    StorageError error;
    if (!m_journal.setText(m_before.id, text, editedAt, &error)) {
        setObsolete(true);
        m_onError(error.message);
        return;
    }
}
