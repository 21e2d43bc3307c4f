#include "SimulatedSyncTool.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <filesystem>

SimulatedSyncTool::SimulatedSyncTool(QString first, QString second, quint32 seed)
    : m_folders{std::move(first), std::move(second)}
    , m_random(seed)
{}

QStringList SimulatedSyncTool::filesIn(Side side) const
{
    QStringList names;
    const QDir root(m_folders[side]);
    QDirIterator files(m_folders[side], QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext())
        names << root.relativeFilePath(files.next());
    std::sort(names.begin(), names.end());
    return names;
}

QByteArray SimulatedSyncTool::read(Side side, const QString& name) const
{
    QFile file(QDir(m_folders[side]).filePath(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool SimulatedSyncTool::write(Side side, const QString& name, const QByteArray& bytes)
{
    const QString path = QDir(m_folders[side]).filePath(name);
    if (!QDir().mkpath(QFileInfo(path).path()))
        return false;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        return false;
    m_written[side].insert(name);
    return true;
}

QByteArray SimulatedSyncTool::original(const Transfer& transfer) const
{
    return read(transfer.from, transfer.name);
}

QList<SimulatedSyncTool::Transfer> SimulatedSyncTool::all() const
{
    QList<Transfer> transfers;
    for (const Side from : {First, Second}) {
        for (const QString& name : filesIn(from)) {
            if (!m_written[from].contains(name))
                transfers.append({from, name});
        }
    }
    return transfers;
}

QList<SimulatedSyncTool::Transfer> SimulatedSyncTool::pending() const
{
    QList<Transfer> transfers = all();
    transfers.removeIf([this](const Transfer& transfer) {
        const QString there = QDir(m_folders[transfer.to()]).filePath(transfer.name);
        return QFileInfo::exists(there) && read(transfer.to(), transfer.name) == original(transfer);
    });
    return transfers;
}

QList<SimulatedSyncTool::Transfer> SimulatedSyncTool::pendingShuffled()
{
    QList<Transfer> transfers = pending();
    std::shuffle(transfers.begin(), transfers.end(), m_random);
    return transfers;
}

QString SimulatedSyncTool::temporaryName(const QString& name)
{
    const QFileInfo info(name);
    return QDir(info.path()).filePath(QStringLiteral(".syncthing.%1.tmp").arg(info.fileName()));
}

QString SimulatedSyncTool::conflictName(const QString& name, ConflictName style)
{
    const QFileInfo info(name);
    const QString copy = style == ConflictName::Syncthing
                             ? QStringLiteral("%1.sync-conflict-20261203-120000-ABCDEFG.%2")
                             : QStringLiteral("%1 (Ann's conflicted copy 2026-12-03).%2");
    return QDir(info.path()).filePath(copy.arg(info.completeBaseName(), info.suffix()));
}

bool SimulatedSyncTool::deliver(const Transfer& transfer)
{
    const QString temporary = temporaryName(transfer.name);
    if (!write(transfer.to(), temporary, original(transfer)))
        return false;
    // Renamed over whatever is there under the name, in one step, as the tools do.
    std::error_code error;
    const QDir folder(m_folders[transfer.to()]);
    std::filesystem::rename(folder.filePath(temporary).toStdString(),
                            folder.filePath(transfer.name).toStdString(), error);
    if (error)
        return false;
    m_written[transfer.to()].insert(transfer.name);
    return true;
}

bool SimulatedSyncTool::deliverPartly(const Transfer& transfer, qsizetype bytes)
{
    return write(transfer.to(), temporaryName(transfer.name), original(transfer).left(bytes));
}

bool SimulatedSyncTool::deliverTruncated(const Transfer& transfer, qsizetype bytes)
{
    return write(transfer.to(), transfer.name, original(transfer).left(bytes));
}

bool SimulatedSyncTool::deliverConflictCopy(const Transfer& transfer, ConflictName style)
{
    return write(transfer.to(), conflictName(transfer.name, style), original(transfer));
}

bool SimulatedSyncTool::replaceDelivered(const Transfer& transfer, const QByteArray& bytes)
{
    return write(transfer.to(), transfer.name, bytes);
}

QStringList SimulatedSyncTool::unfinished(Side side) const
{
    const Side from = side == First ? Second : First;
    const QDir here(m_folders[side]);
    const QStringList originals = filesIn(from);
    const auto isOriginal = [&](const QString& name) {
        return !m_written[from].contains(name) && originals.contains(name);
    };
    const auto arrivedWhole = [&](const QString& name) {
        return QFileInfo::exists(here.filePath(name)) && read(side, name) == read(from, name);
    };
    QStringList found;
    for (const QString& name : filesIn(side)) {
        if (!m_written[side].contains(name))
            continue; // written by the computer itself
        if (QFileInfo(name).fileName().startsWith(QLatin1String(".syncthing.")) ||
            (isOriginal(name) && !arrivedWhole(name)))
            found << name;
    }
    // Held back while a later file of the same computer (same folder, same kind) went ahead.
    for (const QString& name : originals) {
        if (!isOriginal(name) || arrivedWhole(name))
            continue;
        const QFileInfo info(name);
        const bool overtaken = std::any_of(originals.cbegin(), originals.cend(), [&](const QString& later) {
            const QFileInfo laterInfo(later);
            return later > name && laterInfo.path() == info.path() && laterInfo.suffix() == info.suffix() &&
                   isOriginal(later) && QFileInfo::exists(here.filePath(later));
        });
        if (overtaken && !found.contains(name))
            found << name;
    }
    return found;
}
