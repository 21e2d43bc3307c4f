#include "SyncFolder.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

#include <algorithm>

namespace {

QString suffixOf(SyncFile::Kind kind)
{
    switch (kind) {
    case SyncFile::Kind::Snapshot:
        return QStringLiteral("snapshot");
    case SyncFile::Kind::Progress:
        return QStringLiteral("progress");
    case SyncFile::Kind::Changes:
        break;
    }
    return QStringLiteral("changes");
}

// A computer's folder: its id in hex.
const QRegularExpression& computerFolderName()
{
    static const QRegularExpression name(QStringLiteral("^[0-9a-f]{32}$"));
    return name;
}

} // namespace

SyncFolder::SyncFolder(QString path)
    : m_path(std::move(path))
{}

QString SyncFolder::pathOf(const QByteArray& computerId, SyncFile::Kind kind, quint64 sequence) const
{
    return QDir(m_path).filePath(QStringLiteral("computers/%1/%2.%3")
                                     .arg(QString::fromLatin1(computerId.toHex()))
                                     .arg(sequence, 16, 10, QLatin1Char('0'))
                                     .arg(suffixOf(kind)));
}

bool SyncFolder::write(const QByteArray& computerId, SyncFile::Kind kind, quint64 sequence,
                       const QByteArray& bytes, QString* error) const
{
    const QString target = pathOf(computerId, kind, sequence);
    if (!QDir().mkpath(QFileInfo(target).path())) {
        *error = tr("The sync folder %1 cannot be written to.").arg(QDir::toNativeSeparators(m_path));
        return false;
    }
    // QSaveFile writes beside the target under a temporary name, flushes it to the disk and
    // renames it: the file appears whole or not at all.
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = tr("Soliloquy could not write to the sync folder %1: %2")
                     .arg(QDir::toNativeSeparators(m_path), file.errorString());
        return false;
    }
    return true;
}

QList<QByteArray> SyncFolder::knownComputers() const
{
    QList<QByteArray> known;
    const QDir computers(QDir(m_path).filePath(QStringLiteral("computers")));
    const QStringList folders = computers.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
    for (const QString& folder : folders) {
        if (computerFolderName().match(folder).hasMatch() &&
            QFileInfo::exists(QDir(computers.filePath(folder)).filePath(QStringLiteral("account.json"))))
            known.append(QByteArray::fromHex(folder.toLatin1()));
    }
    return known;
}

SyncFolder::Listing SyncFolder::list() const
{
    Listing listing;
    const QDir root(m_path);
    listing.available = root.exists();
    if (!listing.available)
        return listing;
    static const QRegularExpression fileName(QStringLiteral("^([0-9]{16})\\.(changes|snapshot|progress)$"));
    const QDir computers(root.filePath(QStringLiteral("computers")));
    const QStringList folders = computers.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
    for (const QString& folder : folders) {
        if (!computerFolderName().match(folder).hasMatch()) {
            listing.skipped.append({computers.filePath(folder), tr("not a folder Soliloquy writes")});
            continue;
        }
        const QByteArray computerId = QByteArray::fromHex(folder.toLatin1());
        const QDir files(computers.filePath(folder));
        const QFileInfoList entries = files.entryInfoList(QDir::Files | QDir::Hidden, QDir::Name);
        for (const QFileInfo& entry : entries) {
            const QString name = entry.fileName();
            if (name == QLatin1String("account.json"))
                continue; // the account, for a computer that joins (see SyncAccount)
            const QRegularExpressionMatch match = fileName.match(name);
            if (match.hasMatch()) {
                const QString suffix = match.captured(2);
                const SyncFile::Kind kind = suffix == QLatin1String("snapshot")   ? SyncFile::Kind::Snapshot
                                            : suffix == QLatin1String("progress") ? SyncFile::Kind::Progress
                                                                                  : SyncFile::Kind::Changes;
                listing.files.append({entry.filePath(), computerId, match.captured(1).toULongLong(), kind});
                continue;
            }
            QString reason;
            if (name.contains(QLatin1String(".sync-conflict-")) ||
                name.contains(QLatin1String("conflicted copy")) || name.contains(QLatin1String("Conflict")))
                reason = tr("a copy the sync tool made of a conflict; Soliloquy never writes one file twice, "
                            "so it is left alone");
            else if (name.startsWith(QLatin1String(".syncthing.")) ||
                     name.startsWith(QLatin1String("~syncthing~")) || name.endsWith(QLatin1String(".tmp")) ||
                     name.endsWith(QLatin1String(".part")) || name.contains(QLatin1String(".changes.")) ||
                     name.contains(QLatin1String(".snapshot.")) || name.contains(QLatin1String(".progress.")))
                reason = tr("still arriving");
            else
                reason = tr("not a file Soliloquy writes");
            listing.skipped.append({entry.filePath(), reason});
        }
    }
    std::sort(listing.files.begin(), listing.files.end(), [](const Entry& a, const Entry& b) {
        return a.computerId != b.computerId ? a.computerId < b.computerId : a.sequence < b.sequence;
    });
    return listing;
}
