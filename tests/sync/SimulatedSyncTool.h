#pragma once

#include <QByteArray>
#include <QList>
#include <QRandomGenerator>
#include <QSet>
#include <QString>
#include <QStringList>

// A sync tool between two computers, each with its own copy of the sync folder (two
// directories, as on two machines), that a test drives one step at a time: which file goes
// across, when, in which order, whole or cut short, once or twice, under its own name or under
// the names real tools give their temporary files and conflict copies. Nothing moves unless the
// test says so; the shuffles come from a seeded generator, so a run can be repeated.
class SimulatedSyncTool
{
public:
    enum Side
    {
        First = 0,
        Second = 1,
    };
    // A file that one computer wrote into its folder, to be carried to the other's.
    struct Transfer
    {
        Side from = First;
        QString name; // relative to the folder, e.g. computers/<id>/0000000000000003.changes

        Side to() const { return from == First ? Second : First; }
        bool operator==(const Transfer&) const = default;
    };
    enum class ConflictName
    {
        Syncthing, // NAME.sync-conflict-20261203-120000-ABCDEFG.EXT
        Dropbox,   // NAME (Ann's conflicted copy 2026-12-03).EXT
    };

    SimulatedSyncTool(QString first, QString second, quint32 seed);

    QString folder(Side side) const { return m_folders[side]; }
    QRandomGenerator& random() { return m_random; }

    // Every file a computer wrote into its folder, carried or not, by side and name. What the
    // tool itself wrote is never carried back.
    QList<Transfer> all() const;
    // Those of them the other computer does not hold whole under their own name.
    QList<Transfer> pending() const;
    // The same files in a random order (later files of a computer before earlier ones).
    QList<Transfer> pendingShuffled();

    // Carries the file whole, as Syncthing does: written under .syncthing.NAME.tmp, then renamed
    // to its name. Carrying a file again writes it again.
    bool deliver(const Transfer& transfer);
    // Leaves the first `bytes` under the temporary name: a copy still in progress.
    bool deliverPartly(const Transfer& transfer, qsizetype bytes);
    // Writes the first `bytes` under the file's own name: a tool that writes in place, or a copy
    // cut short by a full disk or an unplugged drive.
    bool deliverTruncated(const Transfer& transfer, qsizetype bytes);
    // Writes the file once more beside itself, under the name a tool gives a conflict's copy.
    bool deliverConflictCopy(const Transfer& transfer, ConflictName style);
    // Writes `bytes` in place of the file in the folder it was carried to (a copy that changed
    // on the way, or a file of another version).
    bool replaceDelivered(const Transfer& transfer, const QByteArray& bytes);

    // The bytes as the writing computer has them.
    QByteArray original(const Transfer& transfer) const;
    // The files in `side`'s folder that a computer could not take yet: temporary files, files
    // cut short, and files carried while an earlier one (by name) of the same folder was not.
    QStringList unfinished(Side side) const;

    static QString temporaryName(const QString& name);
    static QString conflictName(const QString& name, ConflictName style);

private:
    bool write(Side side, const QString& name, const QByteArray& bytes);
    // The files under `side`'s folder, relative to it, by name.
    QStringList filesIn(Side side) const;
    QByteArray read(Side side, const QString& name) const;

    QString m_folders[2];
    QSet<QString> m_written[2]; // what the tool wrote into each folder
    QRandomGenerator m_random;
};
