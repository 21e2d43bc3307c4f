#include "PictureStore.h"

#include "SyncIds.h"

#include "storage/AttachmentRepository.h"
#include "storage/SyncOutbox.h"

#include <QCoreApplication>

PictureStore::PictureStore(const QSqlDatabase& database, const Session& session)
    : m_database(database)
    , m_session(session)
{}

std::optional<QByteArray> PictureStore::bytes(qint64 attachmentId) const
{
    if (!m_session.isUnlocked())
        return std::nullopt;
    const std::optional<AttachmentRecord> attachment =
        AttachmentRepository(m_database).find(attachmentId, m_session.userId());
    if (!attachment)
        return std::nullopt;
    return m_session.openAttachment(*attachment);
}

PictureRef PictureStore::ref(const PictureRow& row) const
{
    return PictureRef{row.attachmentId, row.postId, row.position, row.mimeType,
                      m_session.openPictureSize(row.contentDigest, row.sealedSize)};
}

QHash<qint64, QList<PictureRef>> PictureStore::picturesOf(const QList<qint64>& postIds) const
{
    QHash<qint64, QList<PictureRef>> pictures;
    if (!m_session.isUnlocked())
        return pictures;
    const QList<PictureRow> rows = AttachmentRepository(m_database).picturesOf(postIds);
    for (const PictureRow& row : rows)
        pictures[row.postId].append(ref(row));
    return pictures;
}

bool PictureStore::store(qint64 postId, int position, const NewPicture& picture, StorageError* error)
{
    if (!m_session.isUnlocked()) {
        *error = {StorageError::Code::Io,
                  QCoreApplication::translate("PictureStore", "The journal is locked.")};
        return false;
    }
    AttachmentRepository attachments(m_database);
    const QByteArray digest = m_session.attachmentDigest(picture.bytes);
    qint64 contentId = attachments.findContent(m_session.userId(), digest);
    if (contentId == 0) {
        contentId = attachments.insertContent(
            m_session.userId(), digest, m_session.sealAttachment(digest, picture.bytes), error,
            m_session.sealPictureSize(digest, picture.size), newContentId(digest));
    }
    if (contentId == 0)
        return false;
    return attachments.insert({newAttachmentId(), postId, position, picture.mimeType, {}, contentId, {}},
                              error) > 0;
}

qint64 PictureStore::newContentId(const QByteArray& digest) const
{
    if (!SyncOutbox::isRecording(m_database))
        return 0;
    const qint64 id = SyncIds::ofDigest(digest);
    return AttachmentRepository(m_database).isFree(AttachmentRepository::IdOf::Content, id) ? id : 0;
}

qint64 PictureStore::newAttachmentId() const
{
    if (!SyncOutbox::isRecording(m_database))
        return 0;
    const AttachmentRepository attachments(m_database);
    for (int attempt = 0; attempt < 8; ++attempt) {
        const qint64 id = SyncIds::random();
        if (id > 0 && attachments.isFree(AttachmentRepository::IdOf::Attachment, id))
            return id;
    }
    return 0;
}
