#include "ImportText.h"

#include <QRegularExpression>

namespace ImportText {

QString hashtag(const QString& tag)
{
    QString word;
    bool pendingJoin = false;
    for (const QChar c : tag) {
        if (c.isLetterOrNumber() || c.isMark() || c == QLatin1Char('_')) {
            if (pendingJoin && !word.isEmpty())
                word += QLatin1Char('_');
            pendingJoin = false;
            word += c;
        } else if (c.isHighSurrogate() || c.isLowSurrogate()) {
            // Letters beyond the Basic Multilingual Plane are kept whole (a pair of surrogates).
            word += c;
        } else {
            pendingJoin = true;
        }
    }
    return word.isEmpty() ? QString() : QLatin1Char('#') + word;
}

QString withTags(const QString& text, const QStringList& tags, bool starred)
{
    QStringList line;
    const auto mentioned = [&](const QString& tag) {
        const QRegularExpression already(QRegularExpression::escape(tag) + QStringLiteral("(?![\\w])"),
                                         QRegularExpression::CaseInsensitiveOption |
                                             QRegularExpression::UseUnicodePropertiesOption);
        return already.match(text).hasMatch() || line.contains(tag, Qt::CaseInsensitive);
    };
    QStringList wanted;
    for (const QString& tag : tags)
        wanted << hashtag(tag);
    if (starred)
        wanted << QStringLiteral("#starred");
    for (const QString& tag : std::as_const(wanted)) {
        if (!tag.isEmpty() && !mentioned(tag))
            line << tag;
    }
    if (line.isEmpty())
        return text;
    const QString body = text.trimmed();
    return body.isEmpty() ? line.join(QLatin1Char(' '))
                          : body + QStringLiteral("\n\n") + line.join(QLatin1Char(' '));
}

} // namespace ImportText
