#include "SearchQuery.h"

#include "Hashtags.h"

namespace {

// Reads "from:2024-01-31"; false when the prefix is there but no date follows.
bool readDate(const QString& token, QLatin1StringView prefix, QDate* date)
{
    *date = QDate::fromString(token.mid(prefix.size()), Qt::ISODate);
    return date->isValid();
}

} // namespace

SearchQuery SearchQuery::parse(const QString& text)
{
    SearchQuery query;
    qsizetype at = 0;
    while (at < text.size()) {
        if (text.at(at).isSpace()) {
            ++at;
            continue;
        }
        if (text.at(at) == QLatin1Char('"')) {
            // A phrase runs to the closing quote, or to the end while it is being typed.
            qsizetype end = text.indexOf(QLatin1Char('"'), at + 1);
            if (end < 0)
                end = text.size();
            const QString phrase = text.mid(at + 1, end - at - 1).simplified();
            if (!phrase.isEmpty())
                query.words << phrase;
            at = end + 1;
            continue;
        }
        qsizetype end = at;
        while (end < text.size() && !text.at(end).isSpace())
            ++end;
        const QString token = text.mid(at, end - at);
        at = end;
        const QLatin1StringView from("from:");
        const QLatin1StringView to("to:");
        if (token.startsWith(from, Qt::CaseInsensitive) && token.size() > from.size()) {
            if (!readDate(token, from, &query.from))
                query.badDate = token;
        } else if (token.startsWith(to, Qt::CaseInsensitive) && token.size() > to.size()) {
            if (!readDate(token, to, &query.to))
                query.badDate = token;
        } else if (token.compare(picturesTerm(), Qt::CaseInsensitive) == 0 ||
                   token.compare(QLatin1StringView("has:pictures"), Qt::CaseInsensitive) == 0) {
            query.withPictures = true;
        } else if (token.size() > 1 && token.startsWith(QLatin1Char('-'))) {
            query.excluded << token.mid(1);
        } else if (const QStringList tags = Hashtags::in(token);
                   tags.size() == 1 &&
                   token.compare(QLatin1Char('#') + tags.first(), Qt::CaseInsensitive) == 0) {
            query.tags << tags.first();
        } else {
            query.words << token;
        }
    }
    return query;
}

bool SearchQuery::isEmpty() const
{
    return words.isEmpty() && tags.isEmpty() && from.isNull() && to.isNull() && !withPictures;
}
