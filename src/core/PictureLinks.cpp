#include "PictureLinks.h"

#include <QRegularExpression>

QString PictureLinks::withoutLinksTo(const QString& text, const QList<PictureRef>& pictures)
{
    if (pictures.isEmpty() || !text.contains(QLatin1String("](attachment:")))
        return text;
    static const QRegularExpression link(QStringLiteral("!\\[[^\\]\\n]*\\]\\(attachment:(\\d+)\\)"));
    QString kept;
    qsizetype from = 0;
    bool removed = false;
    QRegularExpressionMatchIterator it = link.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const int position = match.capturedView(1).toInt();
        if (std::none_of(pictures.begin(), pictures.end(),
                         [position](const PictureRef& picture) { return picture.position == position; }))
            continue;
        kept += QStringView(text).mid(from, match.capturedStart() - from);
        from = match.capturedEnd();
        removed = true;
    }
    if (!removed)
        return text;
    kept += QStringView(text).mid(from);
    // The lines the links stood on go with them: at most one blank line between paragraphs.
    static const QRegularExpression blankLines(QStringLiteral("[ \\t]*\\n(?:[ \\t]*\\n)+"));
    kept.replace(blankLines, QStringLiteral("\n\n"));
    return kept.trimmed();
}
