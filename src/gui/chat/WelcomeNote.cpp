#include "WelcomeNote.h"

#include <QAbstractItemModel>
#include <QAbstractScrollArea>
#include <QDir>
#include <QEvent>

#include <algorithm>

namespace {
constexpr int Margin = 24;
constexpr int MaximumWidth = 560;
} // namespace

WelcomeNote::WelcomeNote(QAbstractScrollArea* chat, QAbstractItemModel* posts)
    : QLabel(chat->viewport())
    , m_chat(chat)
    , m_posts(posts)
{
    setObjectName(QStringLiteral("welcomeNote"));
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setForegroundRole(QPalette::PlaceholderText);
    chat->viewport()->installEventFilter(this);
    connect(posts, &QAbstractItemModel::modelReset, this, &WelcomeNote::refresh);
    connect(posts, &QAbstractItemModel::rowsInserted, this, &WelcomeNote::refresh);
    connect(posts, &QAbstractItemModel::rowsRemoved, this, &WelcomeNote::refresh);
    refresh();
}

void WelcomeNote::setJournalFile(const QString& path)
{
    m_journalFile = path;
    refresh();
}

void WelcomeNote::setJournalOpen(bool open)
{
    m_journalOpen = open;
    refresh();
}

bool WelcomeNote::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_chat->viewport() && event->type() == QEvent::Resize)
        refresh();
    return QLabel::eventFilter(watched, event);
}

void WelcomeNote::refresh()
{
    const bool empty = m_posts->rowCount() == 0;
    if (!m_journalOpen || !empty) {
        hide();
        return;
    }
    QString file;
    if (!m_journalFile.isEmpty())
        file = tr("<li>Everything you write is kept encrypted in one file, %1, with daily backups "
                  "beside it.</li>")
                   .arg(QDir::toNativeSeparators(m_journalFile).toHtmlEscaped());
    setText(tr("<h3>Welcome to your journal</h3>"
               "<p>Write in the box below and press Enter: each entry becomes a post with its time, "
               "as in a chat. Shift+Enter starts a new line.</p>"
               "<ul>"
               "<li>Words marked with # become tags, like #travel: the tag list shows them.</li>"
               "<li>Ctrl+F searches everything you wrote.</li>"
               "<li>Ctrl+L locks the journal; it also locks itself after a while without use.</li>"
               "%1"
               "<li>Your recovery key is the only way back in if you forget your password: keep it "
               "somewhere safe.</li>"
               "</ul>")
                .arg(file));
    const QRect area = m_chat->viewport()->rect().adjusted(Margin, Margin, -Margin, -Margin);
    const int width = std::min(area.width(), MaximumWidth);
    setGeometry(area.x() + (area.width() - width) / 2, area.y(), width,
                std::min(area.height(), heightForWidth(width)));
    show();
}
