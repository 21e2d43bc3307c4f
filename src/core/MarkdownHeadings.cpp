#include "MarkdownHeadings.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace MarkdownHeadings {

namespace {

constexpr int DeepestHeading = 6;

QString marks(int level, int levels)
{
    return QString(std::min(DeepestHeading, level + levels), QLatin1Char('#'));
}

// A line that can be the text of an underlined heading: not blank, and not a list item,
// quote, table row, heading or indented code.
bool canBeUnderlined(const QString& line)
{
    static const QRegularExpression otherBlock(QStringLiteral("^( {4}|\\t|\\s*([-*+>|#]|\\d+[.)])(\\s|$))"));
    return !line.trimmed().isEmpty() && !otherBlock.match(line).hasMatch();
}

} // namespace

QString demote(const QString& markdown, int levels)
{
    static const QRegularExpression atx(QStringLiteral("^( {0,3})(#{1,6})(?=\\s|$)"));
    static const QRegularExpression underline(QStringLiteral("^ {0,3}(=+|-+)\\s*$"));
    static const QRegularExpression fence(QStringLiteral("^ {0,3}(`{3,}|~{3,})"));
    QStringList lines = markdown.split(QLatin1Char('\n'));
    QString openFence;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString& line = lines[i];
        if (const QRegularExpressionMatch match = fence.match(line); match.hasMatch()) {
            const QString marker = match.captured(1);
            if (openFence.isEmpty())
                openFence = marker;
            else if (marker.at(0) == openFence.at(0) && marker.size() >= openFence.size())
                openFence.clear();
            continue;
        }
        if (!openFence.isEmpty())
            continue;
        if (const QRegularExpressionMatch match = atx.match(line); match.hasMatch()) {
            line.replace(match.capturedStart(2), match.capturedLength(2),
                         marks(int(match.capturedLength(2)), levels));
            continue;
        }
        if (i + 1 < lines.size() && canBeUnderlined(line)) {
            if (const QRegularExpressionMatch match = underline.match(lines.at(i + 1)); match.hasMatch()) {
                const int level = match.captured(1).startsWith(QLatin1Char('=')) ? 1 : 2;
                line = marks(level, levels) + QLatin1Char(' ') + line.trimmed();
                lines.removeAt(i + 1);
            }
        }
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace MarkdownHeadings
