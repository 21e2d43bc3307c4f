#include "FoldedText.h"

#include <QHash>
#include <QString>

namespace {

void appendUtf8(QByteArray& out, char32_t code)
{
    if (code < 0x800) {
        out.append(char(0xC0 | (code >> 6)));
    } else if (code < 0x10000) {
        out.append(char(0xE0 | (code >> 12)));
        out.append(char(0x80 | ((code >> 6) & 0x3F)));
    } else {
        out.append(char(0xF0 | (code >> 18)));
        out.append(char(0x80 | ((code >> 12) & 0x3F)));
        out.append(char(0x80 | ((code >> 6) & 0x3F)));
    }
    out.append(char(0x80 | (code & 0x3F)));
}

// The letters of the Latin scripts without their accents ("é" as "e", "Ǻ" as "A"),
// from their canonical decompositions.
const QHash<char32_t, QByteArray>& latinBases()
{
    static const QHash<char32_t, QByteArray> bases = [] {
        QHash<char32_t, QByteArray> table;
        const auto add = [&table](char32_t first, char32_t last) {
            for (char32_t code = first; code <= last; ++code) {
                const QString decomposed =
                    QString::fromUcs4(&code, 1).normalized(QString::NormalizationForm_D);
                QString base;
                for (const QChar c : decomposed) {
                    if (!c.isMark())
                        base += c;
                }
                if (base.size() != decomposed.size() && !base.isEmpty())
                    table.insert(code, base.toUtf8());
            }
        };
        add(0x00C0, 0x024F); // Latin-1 Supplement, Latin Extended-A and -B
        add(0x1E00, 0x1EFF); // Latin Extended Additional (Vietnamese and more)
        return table;
    }();
    return bases;
}

bool isCombiningMark(char32_t code)
{
    return code >= 0x0300 && code <= 0x036F;
}

void appendNumber(QByteArray& out, qsizetype number)
{
    while (number >= 0x80) {
        out.append(char(0x80 | (number & 0x7F)));
        number >>= 7;
    }
    out.append(char(number));
}

qsizetype readNumber(const char*& at)
{
    qsizetype number = 0;
    for (int shift = 0;; shift += 7) {
        const uchar byte = uchar(*at++);
        number |= qsizetype(byte & 0x7F) << shift;
        if (byte < 0x80)
            return number;
    }
}

// What folding changed, as records in the order of the text: the number of folded bytes
// kept as they are, then either 0 (the next folded byte was an ASCII capital) or the
// number of folded bytes replaced plus one, followed by the length and bytes of what they
// replace. A change that begins where the one before ends joins it.
class ChangeList
{
public:
    explicit ChangeList(QByteArray* out)
        : m_out(out)
    {}
    ~ChangeList() { flush(); }

    void capital(qsizetype at)
    {
        flush();
        appendNumber(*m_out, at - m_end);
        m_out->append(char(0));
        m_end = at + 1;
    }
    void replaced(qsizetype at, qsizetype foldedLength, const char* original, qsizetype length)
    {
        if (m_pending && at != m_pendingAt + m_pendingLength)
            flush();
        if (!m_pending) {
            m_pending = true;
            m_pendingAt = at;
            m_pendingLength = 0;
            m_original.clear();
        }
        m_pendingLength += foldedLength;
        m_original.append(original, length);
    }

private:
    void flush()
    {
        if (!m_pending)
            return;
        appendNumber(*m_out, m_pendingAt - m_end);
        appendNumber(*m_out, m_pendingLength + 1);
        appendNumber(*m_out, m_original.size());
        m_out->append(m_original);
        m_end = m_pendingAt + m_pendingLength;
        m_pending = false;
    }

    QByteArray* m_out;
    qsizetype m_end = 0; // where the last record's folded bytes end
    bool m_pending = false;
    qsizetype m_pendingAt = 0;
    qsizetype m_pendingLength = 0;
    QByteArray m_original;
};

// Working on the bytes (instead of a round trip through QString) halves the time to build.
void foldInto(const QByteArray& utf8, bool withoutAccents, QByteArray& folded, ChangeList* changes)
{
    folded.reserve(folded.size() + utf8.size());
    const char* at = utf8.constData();
    const char* const end = at + utf8.size();
    while (at < end) {
        const uchar lead = uchar(*at);
        if (lead < 0x80) {
            if (lead == ' ' || lead == '\n' || lead == '\t' || lead == '\r') {
                const bool dropped = folded.endsWith(' ');
                if (!dropped)
                    folded.append(' ');
                if (changes && (dropped || lead != ' '))
                    changes->replaced(folded.size() - (dropped ? 0 : 1), dropped ? 0 : 1, at, 1);
            } else if (lead >= 'A' && lead <= 'Z') {
                if (changes)
                    changes->capital(folded.size());
                folded.append(char(lead + 32));
            } else {
                folded.append(char(lead));
            }
            ++at;
            continue;
        }
        const int length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
        if (length == 1 || end - at < length) {
            folded.append(char(lead)); // not UTF-8: kept as it is
            ++at;
            continue;
        }
        char32_t code = lead & (0x7F >> length);
        for (int i = 1; i < length; ++i)
            code = (code << 6) | (uchar(at[i]) & 0x3F);
        const char* const original = at;
        at += length;
        const qsizetype before = folded.size();
        if (withoutAccents && isCombiningMark(code)) {
            // dropped
        } else if (const auto base = withoutAccents ? latinBases().constFind(code) : latinBases().cend();
                   base != latinBases().cend()) {
            foldInto(base.value(), false, folded, nullptr);
        } else if (const char32_t fold = QChar::toCaseFolded(code); fold != code) {
            appendUtf8(folded, fold);
        } else {
            folded.append(original, length);
            continue;
        }
        if (changes)
            changes->replaced(before, folded.size() - before, original, length);
    }
}

} // namespace

namespace FoldedText {

QByteArray folded(const QByteArray& utf8, bool withoutAccents)
{
    QByteArray folded;
    foldInto(utf8, withoutAccents, folded, nullptr);
    return folded;
}

void fold(const QByteArray& utf8, QByteArray* folded, QByteArray* changes)
{
    folded->clear();
    changes->clear();
    ChangeList list(changes);
    foldInto(utf8, true, *folded, &list);
}

QByteArray restored(std::string_view folded, std::string_view changes)
{
    QByteArray text;
    text.reserve(qsizetype(folded.size()) + qsizetype(changes.size()));
    const char* from = folded.data();
    const char* at = changes.data();
    const char* const end = at + changes.size();
    while (at < end) {
        const qsizetype kept = readNumber(at);
        text.append(from, kept);
        from += kept;
        const qsizetype kind = readNumber(at);
        if (kind == 0) {
            text.append(char(*from++ - 32));
            continue;
        }
        const qsizetype length = readNumber(at);
        text.append(at, length);
        at += length;
        from += kind - 1;
    }
    text.append(from, folded.data() + folded.size() - from);
    return text;
}

} // namespace FoldedText
