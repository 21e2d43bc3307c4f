#include "ImportText.h"

#include <QHash>
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

namespace {

// The pattern finding `tag` as a whole word. Compiling one costs far more than matching it, and an
// import asks for the same few tags over and over: each thread keeps the patterns it made.
const QRegularExpression& mentionOf(const QString& tag)
{
    thread_local QHash<QString, QRegularExpression> patterns;
    auto found = patterns.constFind(tag);
    if (found != patterns.cend())
        return *found;
    if (patterns.size() >= 1000)
        patterns.clear();
    return *patterns.insert(tag,
                            QRegularExpression(QRegularExpression::escape(tag) + QStringLiteral("(?![\\w])"),
                                               QRegularExpression::CaseInsensitiveOption |
                                                   QRegularExpression::UseUnicodePropertiesOption));
}

} // namespace

QString withTags(const QString& text, const QStringList& tags, bool starred)
{
    QStringList line;
    const auto mentioned = [&](const QString& tag) {
        return mentionOf(tag).match(text).hasMatch() || line.contains(tag, Qt::CaseInsensitive);
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
