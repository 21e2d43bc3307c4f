#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

// What a search asks for, read from what the user typed: words (or parts of
// words) a post must have, "exact phrases", -words it must not have, #tags it
// must carry, from:/to: dates (both days included), and has:picture for posts with pictures.
struct SearchQuery
{
    QStringList words;         // words and phrases (without their quotes) to find
    QStringList excluded;      // words after '-'
    QStringList tags;          // lower case, without the '#'
    QDate from;                // null when not given
    QDate to;                  // null when not given
    QString badDate;           // a from:/to: that is no date, as typed; the query is not run then
    bool withPictures = false; // has:picture: only posts with at least one picture

    // The word that narrows a search to posts with pictures.
    static QString picturesTerm() { return QStringLiteral("has:picture"); }

    static SearchQuery parse(const QString& text);
    // Nothing to look for: no word, tag, date or has:picture.
    bool isEmpty() const;
};
