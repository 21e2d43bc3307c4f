#include "SearchNeedle.h"

#include <cstring>
#include <limits>
#include <utility>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

SearchNeedle::SearchNeedle(QByteArray bytes, const std::array<qint64, 256>& byteCounts)
    : m_bytes(std::move(bytes))
{
    m_rareCount = std::numeric_limits<qint64>::max();
    qint64 otherCount = std::numeric_limits<qint64>::max();
    qint64 total = 0;
    for (const qint64 count : byteCounts)
        total += count;
    for (qsizetype i = 0; i < m_bytes.size(); ++i) {
        const qint64 count = byteCounts[uchar(m_bytes.at(i))];
        if (count < m_rareCount) {
            m_other = m_rare;
            otherCount = m_rareCount;
            m_rare = i;
            m_rareCount = count;
        } else if (count < otherCount || m_other == m_rare) {
            m_other = i;
            otherCount = count;
        }
    }
    m_rareIsRare = m_rareCount < total / RareShare;
}

bool SearchNeedle::at(const char* place) const
{
    return place[m_rare] == m_bytes.at(m_rare) && place[m_other] == m_bytes.at(m_other) &&
           std::memcmp(place, m_bytes.constData(), size_t(m_bytes.size())) == 0;
}

bool SearchNeedle::in(std::string_view text) const
{
    const qsizetype size = m_bytes.size();
    if (size == 0)
        return true;
    if (qsizetype(text.size()) < size)
        return false;
    const char* const start = text.data();
    const qsizetype last = qsizetype(text.size()) - size; // the last place the word fits
    if (size == 1 || m_rareIsRare) {
        // memchr() runs through the text fastest, where it stops seldom.
        const char byte = m_bytes.at(m_rare);
        const char* place = start + m_rare;
        const char* const end = start + last + m_rare + 1;
        while (place < end) {
            place = static_cast<const char*>(std::memchr(place, byte, size_t(end - place)));
            if (!place)
                return false;
            if (std::memcmp(place - m_rare, m_bytes.constData(), size_t(size)) == 0)
                return true;
            ++place;
        }
        return false;
    }
#ifdef __SSE2__
    if (last >= 15) {
        const __m128i rare = _mm_set1_epi8(m_bytes.at(m_rare));
        const __m128i other = _mm_set1_epi8(m_bytes.at(m_other));
        // The places from `place` on, sixteen of them.
        const auto foundInBlock = [&](qsizetype place) {
            const __m128i rareHere =
                _mm_loadu_si128(reinterpret_cast<const __m128i*>(start + place + m_rare));
            const __m128i otherHere =
                _mm_loadu_si128(reinterpret_cast<const __m128i*>(start + place + m_other));
            unsigned candidates = unsigned(_mm_movemask_epi8(
                _mm_and_si128(_mm_cmpeq_epi8(rareHere, rare), _mm_cmpeq_epi8(otherHere, other))));
            while (candidates) {
                if (std::memcmp(start + place + __builtin_ctz(candidates), m_bytes.constData(),
                                size_t(size)) == 0)
                    return true;
                candidates &= candidates - 1;
            }
            return false;
        };
        qsizetype place = 0;
        for (; place + 15 <= last; place += 16) {
            if (foundInBlock(place))
                return true;
        }
        // The last places, in a block that overlaps the one before.
        return place <= last && foundInBlock(last - 15);
    }
#endif
    for (qsizetype place = 0; place <= last; ++place) {
        if (at(start + place))
            return true;
    }
    return false;
}
