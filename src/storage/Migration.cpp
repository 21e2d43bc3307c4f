#include "Migration.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

QByteArray Migration::sha256Hex() const
{
    return QCryptographicHash::hash(sql, QCryptographicHash::Sha256).toHex();
}

QList<Migration> Migration::bundled()
{
    return fromFolder(QStringLiteral(":/migrations"));
}

QList<Migration> Migration::fromFolder(const QString& folder)
{
    static const QRegularExpression fileName(QStringLiteral("^(\\d{4})_[A-Za-z0-9_]+\\.sql$"));
    QList<Migration> migrations;
    const QStringList files = QDir(folder).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        const QRegularExpressionMatch match = fileName.match(file);
        if (!match.hasMatch())
            continue;
        QFile sqlFile(QDir(folder).filePath(file));
        if (!sqlFile.open(QIODevice::ReadOnly))
            continue;
        Migration migration;
        migration.version = match.captured(1).toInt();
        migration.name = file.chopped(4);
        migration.sql = sqlFile.readAll();
        migrations << migration;
    }
    std::sort(migrations.begin(), migrations.end(),
              [](const Migration& a, const Migration& b) { return a.version < b.version; });
    return migrations;
}
