#include "Hashtags.h"

#include <QRegularExpression>

namespace {

const QRegularExpression& tagPattern()
{
    static const QRegularExpression pattern(QStringLiteral("(?<![\\w&/#\\]\\[(])#([\\w][\\w-]*)"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    return pattern;
}

} // namespace

namespace Hashtags {

QStringList in(const QString& text)
{
    QStringList tags;
    QRegularExpressionMatchIterator matches = tagPattern().globalMatch(text);
    while (matches.hasNext()) {
        const QString tag = matches.next().captured(1).toLower();
        if (!tags.contains(tag))
            tags << tag;
    }
    return tags;
}

QString linked(const QString& text, const QString& scheme)
{
    QString result;
    qsizetype last = 0;
    QRegularExpressionMatchIterator matches = tagPattern().globalMatch(text);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        result += QStringView(text).mid(last, match.capturedStart() - last);
        result += QStringLiteral("[#%1](%2:%3)").arg(match.captured(1), scheme, match.captured(1).toLower());
        last = match.capturedEnd();
    }
    result += QStringView(text).mid(last);
    return result;
}

} // namespace Hashtags
