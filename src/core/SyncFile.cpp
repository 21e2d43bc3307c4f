#include "SyncFile.h"

#include "crypto/Sealer.h"
#include "crypto/SealerContext.h"

#include <QtEndian>

namespace {

const QByteArray Magic = QByteArrayLiteral("SOLILOQUY-SYNC\n");
constexpr qsizetype HeaderBytes = 15 + 1 + 1 + SyncFile::ComputerIdBytes + 8 + 8 + 8;

void appendNumber(QByteArray& bytes, quint64 number)
{
    const quint64 bigEndian = qToBigEndian(number);
    bytes.append(reinterpret_cast<const char*>(&bigEndian), sizeof bigEndian);
}

quint64 numberAt(const QByteArray& bytes, qsizetype offset)
{
    return qFromBigEndian<quint64>(bytes.constData() + offset);
}

} // namespace

QByteArray SyncFile::header(quint64 sealedSize) const
{
    QByteArray bytes = Magic;
    bytes.append(char(FormatVersion));
    bytes.append(char(kind));
    bytes.append(computerId.leftJustified(ComputerIdBytes, '\0', true));
    appendNumber(bytes, sequence);
    appendNumber(bytes, stamp);
    appendNumber(bytes, sealedSize);
    return bytes;
}

QByteArray SyncFile::associatedData() const
{
    // Everything the header says, so that no part of it can be changed or moved to another file.
    return QByteArrayLiteral("soliloquy sync file v1 kind ") + QByteArray::number(int(kind)) + " computer " +
           computerId.toHex() + " sequence " + QByteArray::number(sequence) + " stamp " +
           QByteArray::number(stamp);
}

QByteArray SyncFile::encode(const Session& session) const
{
    const QByteArray sealed = Sealer::seal(session.dataKey(), payload, session.syncContext(associatedData()));
    return header(quint64(sealed.size())) + sealed;
}

SyncFile::Status SyncFile::peek(const QByteArray& bytes, SyncFile* file)
{
    if (!bytes.startsWith(Magic.left(qMin(bytes.size(), Magic.size()))))
        return Status::NotSoliloquy;
    if (bytes.size() < HeaderBytes)
        return Status::Incomplete;
    const auto version = quint8(bytes.at(Magic.size()));
    if (version > FormatVersion)
        return Status::Newer;
    const auto kind = quint8(bytes.at(Magic.size() + 1));
    if (version < 1 || kind < quint8(Kind::Changes) || kind > quint8(Kind::Progress))
        return Status::NotSoliloquy;
    qsizetype at = Magic.size() + 2;
    file->kind = Kind(kind);
    file->computerId = bytes.mid(at, ComputerIdBytes);
    at += ComputerIdBytes;
    file->sequence = numberAt(bytes, at);
    file->stamp = numberAt(bytes, at + 8);
    const quint64 sealedSize = numberAt(bytes, at + 16);
    const auto present = quint64(bytes.size() - HeaderBytes);
    if (present < sealedSize)
        return Status::Incomplete;
    // Bytes past the end are no part of a file this version writes.
    return present == sealedSize ? Status::Ok : Status::Unauthentic;
}

SyncFile::Status SyncFile::decode(const QByteArray& bytes, const Session& session, SyncFile* file)
{
    SealerContext opener(session.dataKey());
    return decode(bytes, session, opener, file);
}

SyncFile::Status SyncFile::decode(const QByteArray& bytes, const Session& session, SealerContext& opener,
                                  SyncFile* file)
{
    SyncFile read;
    const Status status = peek(bytes, &read);
    if (status != Status::Ok)
        return status;
    const std::optional<QByteArray> payload =
        opener.open(bytes.mid(HeaderBytes), session.syncContext(read.associatedData()));
    if (!payload)
        return Status::Unauthentic;
    read.payload = *payload;
    *file = read;
    return Status::Ok;
}
