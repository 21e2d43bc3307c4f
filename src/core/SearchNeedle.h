#pragma once

#include <QByteArray>

#include <array>
#include <string_view>

// A folded word that search looks for in the folded texts. Where its rarest byte (by the
// counts given) is rare in the texts, it stops at that byte only, found by memchr(); else
// it looks at its two rarest bytes, 16 places of the text at a time, and compares the
// whole word only where both are in place: so words of common letters ("gardens") are
// looked for at nearly the speed of rare ones.
class SearchNeedle
{
public:
    SearchNeedle(QByteArray bytes, const std::array<qint64, 256>& byteCounts);

    bool in(std::string_view text) const;
    // How often its rarest byte is in the texts: 0 when no text has it.
    qint64 rarity() const { return m_rareCount; }

private:
    bool at(const char* place) const;

    // Rarer than one byte in this many of the texts, a byte is left to memchr() (measured
    // over a million sample posts: one in 200 is, one in 40 is not).
    static constexpr qint64 RareShare = 100;

    QByteArray m_bytes;
    qsizetype m_rare = 0;  // where its rarest byte is
    qsizetype m_other = 0; // where its next rarest is (another place, where there is one)
    qint64 m_rareCount = 0;
    bool m_rareIsRare = false;
};
