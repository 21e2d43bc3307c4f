#pragma once

#include "NewPicture.h"
#include "PictureRef.h"
#include "Session.h"

#include "storage/PictureRow.h"
#include "storage/StorageError.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSqlDatabase>

#include <optional>

// The pictures of the unlocked account: stored sealed, once per account by content, and
// opened in memory only. Usable on any thread that gives it a connection of its own.
class PictureStore
{
public:
    PictureStore(const QSqlDatabase& database, const Session& session);

    // The bytes of one of the account's pictures, or nothing when it is not the account's, the
    // journal is locked or the bytes do not open.
    std::optional<QByteArray> bytes(qint64 attachmentId) const;
    // The pictures of these posts, by post id, each list by position (one query).
    QHash<qint64, QList<PictureRef>> picturesOf(const QList<qint64>& postIds) const;
    // A stored row as the chat lays it out: its size opened.
    PictureRef ref(const PictureRow& row) const;
    // Stores `picture` as the `position`th of post `postId`, inside the caller's write
    // transaction: bytes already stored for the account are named again, not stored twice.
    bool store(qint64 postId, int position, const NewPicture& picture, StorageError* error);
    // The ids for a new content of `digest` and for a new attachment. A journal kept in step with
    // other computers takes ids that no other computer gives to another picture (rows of one id
    // would clash when the computers' changes meet); else 0: the next id.
    qint64 newContentId(const QByteArray& digest) const;
    qint64 newAttachmentId() const;

private:
    QSqlDatabase m_database;
    const Session& m_session;
};
