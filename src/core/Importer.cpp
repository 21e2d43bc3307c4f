#include "Importer.h"

#include "DayOneReader.h"
#include "ImportKeys.h"
#include "Journal.h"
#include "JrnlReader.h"
#include "PictureStore.h"
#include "PostCipher.h"
#include "PostWriter.h"
#include "SoliloquyJsonReader.h"
#include "ZipArchive.h"

#include "storage/AttachmentRepository.h"
#include "storage/PostRepository.h"
#include "storage/UserRepository.h"
#include "storage/WriteTransaction.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>

#include <algorithm>
#include <utility>

namespace {

// Day One names the JSON after the journal; Journal.json is the default journal's.
const ZipArchive::Entry* findJournalJson(const ZipArchive& archive, QString* error)
{
    if (const ZipArchive::Entry* preferred = archive.find(QStringLiteral("Journal.json")))
        return preferred;
    QList<const ZipArchive::Entry*> candidates;
    for (const ZipArchive::Entry& entry : archive.entries()) {
        if (!entry.name.contains(QLatin1Char('/')) &&
            entry.name.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
            candidates << &entry;
    }
    if (candidates.size() == 1)
        return candidates.first();
    *error = candidates.isEmpty()
                 ? QStringLiteral("the ZIP archive holds no Journal.json (is it Day One's JSON export?)")
                 : QStringLiteral("the ZIP archive holds several journals; import a ZIP with one journal");
    return nullptr;
}

} // namespace

QString Importer::Result::summary(const QString& file) const
{
    QStringList notes;
    if (alreadyThere > 0)
        notes << QStringLiteral("%1 already there").arg(alreadyThere);
    if (empty > 0)
        notes << QStringLiteral("%1 empty left out").arg(empty);
    if (attachments > 0)
        notes << QStringLiteral("%1 %2 attached")
                     .arg(attachments)
                     .arg(attachments == 1 ? QStringLiteral("file") : QStringLiteral("files"));
    return QStringLiteral("Imported %1 %2%3 from %4.")
        .arg(imported)
        .arg(imported == 1 ? QStringLiteral("post") : QStringLiteral("posts"))
        .arg(notes.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(notes.join(QStringLiteral(", "))))
        .arg(file);
}

Importer::Importer(const QSqlDatabase& database, const Session& session)
    : m_database(database)
    , m_session(session)
{}

std::optional<Importer::Format> Importer::formatNamed(const QString& name)
{
    if (name == QLatin1String("soliloquy"))
        return Format::Soliloquy;
    if (name == QLatin1String("jrnl"))
        return Format::Jrnl;
    if (name == QLatin1String("dayone"))
        return Format::DayOne;
    return std::nullopt;
}

QStringList Importer::formatNames()
{
    return {QStringLiteral("soliloquy"), QStringLiteral("jrnl"), QStringLiteral("dayone")};
}

ImportBatch Importer::parse(Format format, const QByteArray& json, const QSet<QString>& archiveFiles)
{
    ImportBatch batch;
    switch (format) {
    case Format::Soliloquy:
        batch = SoliloquyJsonReader::read(json);
        break;
    case Format::Jrnl:
        batch = JrnlReader::read(json);
        break;
    case Format::DayOne:
        batch = DayOneReader::read(json, archiveFiles);
        break;
    }
    if (!batch.error.isEmpty())
        return batch;
    // Each post must be one Soliloquy can hold: refuse the file rather than cut an entry.
    for (const ImportedEntry& entry : std::as_const(batch.entries)) {
        if (entry.text.toUtf8().size() > Journal::MaxPostBytes) {
            batch.error = QStringLiteral("entry %1: the text is longer than 64 KiB, the most a post holds; "
                                         "split it in the other journal first")
                              .arg(entry.number);
            return batch;
        }
    }
    return batch;
}

Importer::Result Importer::importFile(const QString& path, Format format, const Progress& progress)
{
    Result result;
    if (!m_session.isUnlocked()) {
        result.error = QStringLiteral("the journal is locked");
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return result;
    }
    ZipArchive archive;
    ZipArchive* openArchive = nullptr;
    QSet<QString> archiveFiles;
    QByteArray json;
    if (format == Format::DayOne && ZipArchive::looksLikeZip(file.peek(4))) {
        file.close();
        if (!archive.open(path, &result.error))
            return result;
        const ZipArchive::Entry* journalJson = findJournalJson(archive, &result.error);
        if (!journalJson)
            return result;
        const std::optional<QByteArray> bytes = archive.read(*journalJson, MaxJsonBytes, &result.error);
        if (!bytes) {
            if (journalJson->size > MaxJsonBytes)
                result.error += QStringLiteral("; export fewer entries at a time");
            return result;
        }
        json = *bytes;
        for (const ZipArchive::Entry& entry : archive.entries())
            archiveFiles.insert(entry.name);
        openArchive = &archive;
    } else {
        if (file.size() > MaxJsonBytes) {
            result.error = QStringLiteral("%1 is larger than %2 MiB; export fewer entries at a time")
                               .arg(path)
                               .arg(MaxJsonBytes / (1024LL * 1024));
            return result;
        }
        json = file.readAll();
    }
    // The JSON's bytes are dropped as soon as they are parsed: the posts are written without them.
    const ImportBatch batch = parse(format, std::exchange(json, {}), archiveFiles);
    if (!batch.error.isEmpty()) {
        result.error = batch.error;
        return result;
    }
    return write(batch, openArchive, progress);
}

Importer::Result Importer::write(const ImportBatch& batch, ZipArchive* archive, const Progress& progress)
{
    Result result;
    result.empty = batch.emptyEntries;
    const auto failWith = [&](const QString& error) {
        WriteTransaction::rollback(m_database);
        Result failed;
        failed.error = error;
        return failed;
    };
    if (QSqlError cause; !WriteTransaction::begin(m_database, &cause)) {
        result.error = QStringLiteral("cannot write to the journal: %1").arg(cause.text());
        return result;
    }
    AttachmentRepository attachments(m_database);
    // New pictures take ids no other computer gives, when the journal syncs.
    const PictureStore pictures(m_database, m_session);
    // Reused across the entries: new crypto contexts per post would cost more than the posts.
    ImportKeys importKeys(m_session);
    PostWriter posts(m_database, m_session);
    // Files of the archive are read after the posts are written, in the archive's order.
    struct ArchivedAttachment
    {
        const ZipArchive::Entry* file;
        int entryNumber;
        qint64 postId;
        int position;
        QString mimeType;
    };
    QList<ArchivedAttachment> fromArchive;
    const qint64 total = batch.entries.size();
    for (qint64 done = 0; done < total; ++done) {
        if (progress && !progress(done, total)) {
            WriteTransaction::rollback(m_database);
            Result cancelled;
            cancelled.cancelled = true;
            cancelled.error = QStringLiteral("the import was cancelled; nothing was imported");
            return cancelled;
        }
        const ImportedEntry& entry = batch.entries.at(done);
        const QByteArray key = importKeys.of(batch.source, entry.identity);
        if (key.isEmpty())
            return failWith(QStringLiteral("the journal is locked"));
        qint64 id = 0;
        QSqlError cause;
        const PostWriter::Outcome outcome =
            posts.store({entry.text, entry.createdAt, entry.editedAt, key, 0, {}}, &id, &cause);
        if (outcome == PostWriter::Outcome::Failed)
            return failWith(
                QStringLiteral("entry %1: cannot save it: %2").arg(entry.number).arg(cause.text()));
        if (outcome == PostWriter::Outcome::AlreadyThere) {
            ++result.alreadyThere;
            continue;
        }
        for (qsizetype i = 0; i < entry.attachments.size(); ++i) {
            const ImportedAttachment& attachment = entry.attachments.at(i);
            const int position = int(i + 1);
            if (!attachment.archivePath.isEmpty()) {
                const ZipArchive::Entry* file = archive ? archive->find(attachment.archivePath) : nullptr;
                if (!file)
                    return failWith(QStringLiteral("entry %1: \"%2\" is not in the archive")
                                        .arg(entry.number)
                                        .arg(attachment.archivePath));
                fromArchive.append({file, entry.number, id, position, attachment.mimeType});
                continue;
            }
            StorageError storageError;
            const qint64 contentId =
                storeContent(attachments, attachment.bytes, attachment.mimeType, &storageError);
            if (contentId == 0 ||
                attachments.insert(
                    {pictures.newAttachmentId(), id, position, attachment.mimeType, {}, contentId, {}},
                    &storageError) == 0)
                return failWith(QStringLiteral("entry %1: %2").arg(entry.number).arg(storageError.message));
            ++result.attachments;
        }
        ++result.imported;
    }
    // The archive's files in the archive's order, each read once however many posts refer to it.
    std::stable_sort(fromArchive.begin(), fromArchive.end(),
                     [](const ArchivedAttachment& a, const ArchivedAttachment& b) {
                         return a.file->index < b.file->index;
                     });
    const ZipArchive::Entry* contentOf = nullptr;
    qint64 contentId = 0;
    for (const ArchivedAttachment& attachment : std::as_const(fromArchive)) {
        StorageError storageError;
        if (attachment.file != contentOf) {
            QString error;
            const std::optional<QByteArray> bytes =
                archive->read(*attachment.file, MaxAttachmentBytes, &error);
            if (!bytes)
                return failWith(QStringLiteral("entry %1: %2").arg(attachment.entryNumber).arg(error));
            contentId = storeContent(attachments, *bytes, attachment.mimeType, &storageError);
            if (contentId == 0)
                return failWith(
                    QStringLiteral("entry %1: %2").arg(attachment.entryNumber).arg(storageError.message));
            contentOf = attachment.file;
        }
        const AttachmentRecord record{pictures.newAttachmentId(),
                                      attachment.postId,
                                      attachment.position,
                                      attachment.mimeType,
                                      {},
                                      contentId,
                                      {}};
        if (attachments.insert(record, &storageError) == 0)
            return failWith(
                QStringLiteral("entry %1: %2").arg(attachment.entryNumber).arg(storageError.message));
        ++result.attachments;
    }
    if (!batch.avatarPng.isEmpty()) {
        QString error;
        if (!importAvatar(batch.avatarPng, &error))
            return failWith(error);
    }
    if (QSqlError ledgerError; !posts.finish(&ledgerError))
        return failWith(QStringLiteral("cannot save the import: %1").arg(ledgerError.text()));
    if (QSqlError cause; !WriteTransaction::commit(m_database, &cause))
        return failWith(QStringLiteral("cannot save the import: %1").arg(cause.text()));
    if (progress)
        progress(total, total);
    result.ok = true;
    return result;
}

// The bytes are stored once per account: a content already there is named again. A new
// picture's size is stored with it, sealed.
qint64 Importer::storeContent(AttachmentRepository& attachments, const QByteArray& bytes,
                              const QString& mimeType, StorageError* error)
{
    const QByteArray digest = m_session.attachmentDigest(bytes);
    if (digest.isEmpty()) {
        error->message = QStringLiteral("the journal is locked");
        return 0;
    }
    const qint64 existing = attachments.findContent(m_session.userId(), digest);
    if (existing > 0)
        return existing;
    const QSize size =
        m_pictureSizer && mimeType.startsWith(QLatin1String("image/")) ? m_pictureSizer(bytes) : QSize();
    return attachments.insertContent(m_session.userId(), digest, m_session.sealAttachment(digest, bytes),
                                     error, m_session.sealPictureSize(digest, size),
                                     PictureStore(m_database, m_session).newContentId(digest));
}

// The account takes the file's avatar only when it has none: an import never replaces a chosen one.
bool Importer::importAvatar(const QByteArray& png, QString* error)
{
    UserRepository users(m_database);
    std::optional<UserRecord> user = users.findById(m_session.userId());
    if (!user || !user->avatar.isEmpty())
        return true;
    user->avatar = m_session.sealAvatar(png);
    StorageError storageError;
    if (!users.update(*user, &storageError)) {
        *error = storageError.message;
        return false;
    }
    return true;
}
