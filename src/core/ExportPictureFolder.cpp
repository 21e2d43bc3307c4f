#include "ExportPictureFolder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QTemporaryDir>
#include <QUrl>

#include <algorithm>

namespace {

// The usual file name extension of a MIME type ("image/jpeg": jpg); "bin" when none is known.
QString suffixOf(const QString& mimeType)
{
    QString known = QMimeDatabase().mimeTypeForName(mimeType).preferredSuffix();
    if (!known.isEmpty())
        return known;
    // Without a MIME database: the subtype, when it is a plain word ("image/webp": webp).
    const QString subtype = mimeType.section(QLatin1Char('/'), 1).toLower();
    const bool plain = !subtype.isEmpty() && subtype.size() <= 8 &&
                       std::all_of(subtype.cbegin(), subtype.cend(), [](QChar c) {
                           return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                                  (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
                       });
    return plain ? subtype : QStringLiteral("bin");
}

} // namespace

ExportPictureFolder::ExportPictureFolder(const QString& exportPath)
{
    const QFileInfo file(exportPath);
    m_directory = file.absolutePath();
    m_folderName = file.completeBaseName() + QStringLiteral("-pictures");
}

ExportPictureFolder::~ExportPictureFolder() = default;

QString ExportPictureFolder::path() const
{
    return QDir(m_directory).filePath(m_folderName);
}

QString ExportPictureFolder::add(qint64 postId, const AttachmentRecord& attachment, const QByteArray& bytes,
                                 QString* error)
{
    if (attachment.contentId > 0) {
        if (const auto written = m_linkOfContent.constFind(attachment.contentId);
            written != m_linkOfContent.cend())
            return written.value();
    }
    if (!m_staging) {
        // Hidden beside the folder, on the same file system, so that commit() only renames.
        m_staging = std::make_unique<QTemporaryDir>(
            QDir(m_directory).filePath(QLatin1Char('.') + m_folderName + QStringLiteral("-XXXXXX")));
        if (!m_staging->isValid()) {
            *error = QStringLiteral("cannot write the pictures beside the export: %1")
                         .arg(m_staging->errorString());
            m_staging.reset();
            return {};
        }
    }
    const QString name = QStringLiteral("post-%1-%2.%3")
                             .arg(postId)
                             .arg(attachment.position)
                             .arg(suffixOf(attachment.mimeType));
    QFile file(m_staging->filePath(name));
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly) || file.write(bytes) != bytes.size() ||
        !file.flush()) {
        *error = QStringLiteral("cannot write %1: %2").arg(QDir(path()).filePath(name), file.errorString());
        return {};
    }
    // Like the export itself: for its owner alone.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    m_files << name;
    const QString link = QString::fromLatin1(QUrl::toPercentEncoding(m_folderName)) + QLatin1Char('/') + name;
    if (attachment.contentId > 0)
        m_linkOfContent.insert(attachment.contentId, link);
    return link;
}

bool ExportPictureFolder::commit(QString* error)
{
    if (!m_staging)
        return true;
    const QString target = path();
    const QFileInfo existing(target);
    if (!existing.exists()) {
        if (!QDir().rename(m_staging->path(), target)) {
            *error = QStringLiteral("cannot make the folder %1").arg(target);
            return false;
        }
        m_staging->setAutoRemove(false);
        m_staging.reset();
        return true;
    }
    if (!existing.isDir()) {
        *error = QStringLiteral("cannot write the pictures to %1: a file has that name").arg(target);
        return false;
    }
    // An earlier export's folder: its files of the same names are replaced, and nothing else is touched.
    for (const QString& name : std::as_const(m_files)) {
        const QString to = QDir(target).filePath(name);
        if ((QFileInfo::exists(to) && !QFile::remove(to)) || !QFile::rename(m_staging->filePath(name), to)) {
            *error = QStringLiteral("cannot write %1").arg(to);
            return false;
        }
    }
    m_staging.reset();
    return true;
}
