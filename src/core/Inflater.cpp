#include "Inflater.h"

#include <array>
#include <cstdint>

namespace {

constexpr int MaxBits = 15;
constexpr int MaxLiteralCodes = 286;
constexpr int MaxDistanceCodes = 30;
constexpr int FixedLiteralCodes = 288;

constexpr std::array<int, 29> lengthBase = {3,  4,  5,  6,  7,  8,  9,  10, 11,  13,  15,  17,  19,  23, 27,
                                            31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258};
constexpr std::array<int, 29> lengthExtra = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2,
                                             2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0};
constexpr std::array<int, 30> distanceBase = {1,    2,    3,    4,    5,    7,    9,    13,    17,    25,
                                              33,   49,   65,   97,   129,  193,  257,  385,   513,   769,
                                              1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577};
constexpr std::array<int, 30> distanceExtra = {0, 0, 0, 0, 1, 1, 2, 2,  3,  3,  4,  4,  5,  5,  6,
                                               6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13};

// A canonical Huffman code: how many codes have each length, and the symbols in code order.
struct Huffman
{
    std::array<int, MaxBits + 1> counts{};
    std::array<int, FixedLiteralCodes> symbols{};
};

class Decoder
{
public:
    Decoder(QByteArrayView input, qsizetype maxOutput)
        : m_input(input)
        , m_maxOutput(maxOutput)
    {}

    bool run(QByteArray* output, QString* error)
    {
        bool last = false;
        while (!last && m_error.isEmpty()) {
            last = bits(1) == 1;
            switch (bits(2)) {
            case 0:
                stored();
                break;
            case 1:
                fixed();
                break;
            case 2:
                dynamic();
                break;
            default:
                fail(QStringLiteral("an unknown block type"));
            }
        }
        if (!m_error.isEmpty()) {
            *error = QStringLiteral("the compressed data is damaged (%1)").arg(m_error);
            return false;
        }
        *output = std::move(m_output);
        return true;
    }

private:
    void fail(const QString& why)
    {
        if (m_error.isEmpty())
            m_error = why;
    }

    // The next `count` bits, least significant first; 0 after an error.
    int bits(int count)
    {
        while (m_bitCount < count) {
            if (m_position >= m_input.size()) {
                fail(QStringLiteral("it ends too soon"));
                return 0;
            }
            m_bitBuffer |= std::uint64_t(std::uint8_t(m_input[m_position++])) << m_bitCount;
            m_bitCount += 8;
        }
        const int value = int(m_bitBuffer & ((std::uint64_t(1) << count) - 1));
        m_bitBuffer >>= count;
        m_bitCount -= count;
        return value;
    }

    bool append(char byte)
    {
        if (m_output.size() >= m_maxOutput) {
            fail(QStringLiteral("it holds more than it says"));
            return false;
        }
        m_output.append(byte);
        return true;
    }

    void stored()
    {
        m_bitBuffer = 0; // a stored block starts at the next byte
        m_bitCount = 0;
        if (m_position + 4 > m_input.size())
            return fail(QStringLiteral("it ends too soon"));
        const auto byteAt = [this](qsizetype i) { return int(std::uint8_t(m_input[i])); };
        const int length = byteAt(m_position) | (byteAt(m_position + 1) << 8);
        const int complement = byteAt(m_position + 2) | (byteAt(m_position + 3) << 8);
        m_position += 4;
        if (length != (~complement & 0xffff))
            return fail(QStringLiteral("a stored block's length is wrong"));
        if (m_position + length > m_input.size())
            return fail(QStringLiteral("it ends too soon"));
        if (m_output.size() + length > m_maxOutput)
            return fail(QStringLiteral("it holds more than it says"));
        m_output.append(m_input.sliced(m_position, length));
        m_position += length;
    }

    // Builds a code from symbol lengths; false when the lengths over-subscribe the code space.
    static bool build(Huffman* code, const int* lengths, int count)
    {
        code->counts.fill(0);
        for (int symbol = 0; symbol < count; ++symbol)
            ++code->counts[lengths[symbol]];
        if (code->counts[0] == count)
            return true; // no codes: decoding any symbol fails
        int left = 1;
        for (int length = 1; length <= MaxBits; ++length) {
            left <<= 1;
            left -= code->counts[length];
            if (left < 0)
                return false;
        }
        std::array<int, MaxBits + 1> offsets{};
        for (int length = 1; length < MaxBits; ++length)
            offsets[length + 1] = offsets[length] + code->counts[length];
        for (int symbol = 0; symbol < count; ++symbol) {
            if (lengths[symbol] != 0)
                code->symbols[offsets[lengths[symbol]]++] = symbol;
        }
        return true;
    }

    int decode(const Huffman& code)
    {
        int value = 0;
        int first = 0;
        int index = 0;
        for (int length = 1; length <= MaxBits; ++length) {
            value |= bits(1);
            if (!m_error.isEmpty())
                return -1;
            const int count = code.counts[length];
            if (value - count < first)
                return code.symbols[index + (value - first)];
            index += count;
            first += count;
            first <<= 1;
            value <<= 1;
        }
        fail(QStringLiteral("a code is not in its table"));
        return -1;
    }

    void codes(const Huffman& literals, const Huffman& distances)
    {
        while (m_error.isEmpty()) {
            const int symbol = decode(literals);
            if (symbol < 0)
                return;
            if (symbol < 256) {
                if (!append(char(symbol)))
                    return;
                continue;
            }
            if (symbol == 256)
                return;
            const int lengthCode = symbol - 257;
            if (lengthCode >= int(lengthBase.size()))
                return fail(QStringLiteral("a length code is out of range"));
            const int length = lengthBase[lengthCode] + bits(lengthExtra[lengthCode]);
            const int distanceCode = decode(distances);
            if (distanceCode < 0)
                return;
            if (distanceCode >= int(distanceBase.size()))
                return fail(QStringLiteral("a distance code is out of range"));
            const qsizetype distance = distanceBase[distanceCode] + bits(distanceExtra[distanceCode]);
            if (!m_error.isEmpty())
                return;
            if (distance > m_output.size())
                return fail(QStringLiteral("a distance points before the start"));
            if (m_output.size() + length > m_maxOutput)
                return fail(QStringLiteral("it holds more than it says"));
            // Byte by byte: the copy may overlap what it writes.
            for (int i = 0; i < length; ++i)
                m_output.append(m_output.at(m_output.size() - distance));
        }
    }

    void fixed()
    {
        if (!m_fixedBuilt) {
            std::array<int, FixedLiteralCodes> lengths{};
            for (int symbol = 0; symbol < FixedLiteralCodes; ++symbol)
                lengths[symbol] = symbol < 144 ? 8 : symbol < 256 ? 9 : symbol < 280 ? 7 : 8;
            build(&m_fixedLiterals, lengths.data(), FixedLiteralCodes);
            lengths.fill(5);
            build(&m_fixedDistances, lengths.data(), MaxDistanceCodes);
            m_fixedBuilt = true;
        }
        codes(m_fixedLiterals, m_fixedDistances);
    }

    void dynamic()
    {
        static constexpr std::array<int, 19> order = {16, 17, 18, 0, 8,  7, 9,  6, 10, 5,
                                                      11, 4,  12, 3, 13, 2, 14, 1, 15};
        const int literalCount = bits(5) + 257;
        const int distanceCount = bits(5) + 1;
        const int lengthCodeCount = bits(4) + 4;
        if (!m_error.isEmpty())
            return;
        if (literalCount > MaxLiteralCodes || distanceCount > MaxDistanceCodes)
            return fail(QStringLiteral("a block has too many codes"));

        std::array<int, MaxLiteralCodes + MaxDistanceCodes> lengths{};
        for (int i = 0; i < lengthCodeCount; ++i)
            lengths[order[i]] = bits(3);
        Huffman lengthCode;
        if (!build(&lengthCode, lengths.data(), 19))
            return fail(QStringLiteral("a code length table is invalid"));

        int index = 0;
        while (index < literalCount + distanceCount && m_error.isEmpty()) {
            const int symbol = decode(lengthCode);
            if (symbol < 0)
                return;
            if (symbol < 16) {
                lengths[index++] = symbol;
                continue;
            }
            int repeated = 0;
            int times = 0;
            if (symbol == 16) {
                if (index == 0)
                    return fail(QStringLiteral("a repeat has nothing to repeat"));
                repeated = lengths[index - 1];
                times = 3 + bits(2);
            } else if (symbol == 17) {
                times = 3 + bits(3);
            } else {
                times = 11 + bits(7);
            }
            if (index + times > literalCount + distanceCount)
                return fail(QStringLiteral("code lengths run past their table"));
            while (times-- > 0)
                lengths[index++] = repeated;
        }
        if (!m_error.isEmpty())
            return;
        if (lengths[256] == 0)
            return fail(QStringLiteral("a block has no end code"));
        Huffman literals;
        Huffman distances;
        if (!build(&literals, lengths.data(), literalCount) ||
            !build(&distances, lengths.data() + literalCount, distanceCount))
            return fail(QStringLiteral("a code table is invalid"));
        codes(literals, distances);
    }

    QByteArrayView m_input;
    qsizetype m_maxOutput;
    qsizetype m_position = 0;
    std::uint64_t m_bitBuffer = 0;
    int m_bitCount = 0;
    QByteArray m_output;
    QString m_error;
    Huffman m_fixedLiterals;
    Huffman m_fixedDistances;
    bool m_fixedBuilt = false;
};

} // namespace

std::optional<QByteArray> Inflater::inflate(QByteArrayView input, qsizetype maxOutput, QString* error)
{
    QByteArray output;
    Decoder decoder(input, maxOutput);
    if (!decoder.run(&output, error))
        return std::nullopt;
    return output;
}
