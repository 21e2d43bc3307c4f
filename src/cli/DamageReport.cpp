#include "DamageReport.h"

#include <QStringList>

namespace DamageReport {

namespace {

const char* const BackupHint = "A backup from before the damage has them: soliloquy db restore FILE";

void reportUnreadable(QTextStream& err, const QList<qint64>& damagedPosts)
{
    constexpr int Named = 20;
    QStringList ids;
    for (qsizetype i = 0; i < damagedPosts.size() && i < Named; ++i)
        ids << QString::number(damagedPosts.at(i));
    if (damagedPosts.size() > Named)
        ids << QStringLiteral("and %1 more").arg(damagedPosts.size() - Named);
    err << "soliloquy: the journal is damaged: " << damagedPosts.size()
        << (damagedPosts.size() == 1 ? " post does" : " posts do") << " not open (post "
        << ids.join(QStringLiteral(", ")) << "); everything else was read. " << BackupHint << ".\n";
}

void reportRecord(QTextStream& err, const PostLedger::Check& ledger)
{
    err << "soliloquy: ";
    if (!ledger.read) {
        err << "could not compare the posts with the journal's record of them: " << ledger.error << "\n";
        return;
    }
    err << "the journal is damaged: ";
    if (ledger.recordDamaged)
        err << "its record of which posts it holds was changed outside Soliloquy, so posts may be missing";
    else if (ledger.missing() > 0)
        err << ledger.missing() << (ledger.missing() == 1 ? " post is" : " posts are")
            << " missing (the journal's record names " << ledger.recorded << ", it holds " << ledger.present
            << "): removed outside Soliloquy";
    else
        err << "posts were changed, rolled back or added outside Soliloquy (the journal's record names "
            << ledger.recorded << " posts, it holds " << ledger.present << ")";
    err << ". " << BackupHint << ".\n";
}

} // namespace

int report(QTextStream& err, const QList<qint64>& damagedPosts, const PostLedger::Check& ledger)
{
    if (!damagedPosts.isEmpty())
        reportUnreadable(err, damagedPosts);
    if (!ledger.clean())
        reportRecord(err, ledger);
    return damagedPosts.isEmpty() && ledger.clean() ? 0 : DamagedStatus;
}

} // namespace DamageReport
