#include "Composer.h"

#include "OfferedPictures.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QScrollBar>
#include <QStringListModel>
#include <QTextBlock>

namespace {
constexpr int MinimumLines = 2;
constexpr int MaximumLines = 8;
} // namespace

Composer::Composer(QWidget* parent)
    : QPlainTextEdit(parent)
    , m_tags(new QStringListModel(this))
    , m_completer(new QCompleter(m_tags, this))
{
    m_completer->setWidget(this);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    connect(m_completer, qOverload<const QString&>(&QCompleter::activated), this, &Composer::insertTag);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    connect(document(), &QTextDocument::contentsChanged, this, &Composer::fitHeightToText);
    fitHeightToText();
}

void Composer::fitHeightToText()
{
    // Grows with the text, as a messenger's input does, up to a few lines; then it scrolls.
    const int lines = qBound(MinimumLines, int(document()->size().height()), MaximumLines);
    const QMargins margins = contentsMargins();
    const int height = lines * fontMetrics().lineSpacing() + 2 * int(document()->documentMargin()) +
                       margins.top() + margins.bottom() + 2;
    if (height != this->height())
        setFixedHeight(height);
}

void Composer::changeEvent(QEvent* event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        fitHeightToText();
}

bool Composer::event(QEvent* event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        auto* key = static_cast<QKeyEvent*>(event);
        // Nothing typed to undo: let the window's Undo take the key. With the cursor at the
        // end already, Ctrl+End is the window's too: back to the newest post.
        if ((key->matches(QKeySequence::Undo) && !document()->isUndoAvailable()) ||
            (key->matches(QKeySequence::Redo) && !document()->isRedoAvailable()) ||
            (key->matches(QKeySequence::MoveToEndOfDocument) && textCursor().atEnd())) {
            event->ignore();
            return true;
        }
    }
    return QPlainTextEdit::event(event);
}

bool Composer::canInsertFromMimeData(const QMimeData* source) const
{
    return OfferedPictures::in(source) || QPlainTextEdit::canInsertFromMimeData(source);
}

void Composer::insertFromMimeData(const QMimeData* source)
{
    // Ctrl+V and a drop both come here.
    if (OfferedPictures::in(source))
        Q_EMIT picturesOffered(OfferedPictures::from(source));
    else
        QPlainTextEdit::insertFromMimeData(source);
}

void Composer::setKnownTags(const QStringList& tags)
{
    m_tags->setStringList(tags);
}

QString Composer::tagPrefixAtCursor() const
{
    // The word before the cursor, when it is a '#' followed by the start of a tag.
    const QTextCursor cursor = textCursor();
    const QString before = cursor.block().text().left(cursor.positionInBlock());
    const qsizetype hash = before.lastIndexOf(QLatin1Char('#'));
    if (hash < 0 || (hash > 0 && !before.at(hash - 1).isSpace()))
        return {};
    QString word = before.mid(hash + 1);
    for (const QChar c : word) {
        if (!c.isLetterOrNumber() && c != QLatin1Char('_') && c != QLatin1Char('-'))
            return {};
    }
    return word;
}

void Composer::completeTag()
{
    const QString prefix = tagPrefixAtCursor();
    if (prefix.isEmpty() || m_tags->rowCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->setCompletionPrefix(prefix);
    if (m_completer->completionCount() == 0 ||
        (m_completer->completionCount() == 1 && m_completer->currentCompletion() == prefix)) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
    QRect rect = cursorRect();
    rect.setWidth(m_completer->popup()->sizeHintForColumn(0) +
                  m_completer->popup()->verticalScrollBar()->sizeHint().width());
    m_completer->complete(rect);
}

void Composer::insertTag(const QString& tag)
{
    QTextCursor cursor = textCursor();
    cursor.movePosition(QTextCursor::Left, QTextCursor::KeepAnchor, tagPrefixAtCursor().size());
    cursor.insertText(tag + QLatin1Char(' '));
    setTextCursor(cursor);
}

void Composer::keyPressEvent(QKeyEvent* event)
{
    if (m_completer->popup()->isVisible()) {
        // The popup takes the keys that choose or dismiss a completion.
        switch (event->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Tab:
        case Qt::Key_Escape:
        case Qt::Key_Up:
        case Qt::Key_Down:
            event->ignore();
            return;
        default:
            break;
        }
    }
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && !(event->modifiers() & (Qt::ShiftModifier | Qt::ControlModifier | Qt::AltModifier))) {
        Q_EMIT sendRequested();
        return;
    }
    if (event->key() == Qt::Key_Up && event->modifiers() == Qt::NoModifier && document()->isEmpty()) {
        Q_EMIT editLastRequested();
        return;
    }
    if (event->key() == Qt::Key_Escape) {
        Q_EMIT cancelRequested();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
    completeTag();
}
