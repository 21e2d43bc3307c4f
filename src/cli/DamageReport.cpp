#include "DamageReport.h"

#include <QStringList>

namespace DamageReport {

int report(QTextStream& err, const QList<qint64>& damagedPosts)
{
    if (damagedPosts.isEmpty())
        return 0;
    constexpr int Named = 20;
    QStringList ids;
    for (qsizetype i = 0; i < damagedPosts.size() && i < Named; ++i)
        ids << QString::number(damagedPosts.at(i));
    if (damagedPosts.size() > Named)
        ids << QStringLiteral("and %1 more").arg(damagedPosts.size() - Named);
    err << "soliloquy: the journal is damaged: " << damagedPosts.size()
        << (damagedPosts.size() == 1 ? " post does" : " posts do") << " not open (post "
        << ids.join(QStringLiteral(", ")) << "); everything else was read. A backup from before the "
        << "damage has them: soliloquy db restore FILE\n";
    return DamagedStatus;
}

} // namespace DamageReport
