#pragma once

#include "NewPicture.h"
#include "PictureStore.h"
#include "PostCipher.h"
#include "PostLedger.h"
#include "Session.h"

#include "storage/PostInserter.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

// The one way a new post is stored, for the composer, the command line, an undo and the
// importer alike: the id chosen, the text sealed bound to it, the row and its pictures inserted and the
// record of posts (PostLedger) told, inside the caller's write transaction. finish() brings the record along
// before the caller commits.
class PostWriter
{
public:
    struct NewPost
    {
        QString text;
        qint64 createdAt = 0;
        qint64 editedAt = 0;
        // The name of an imported entry (see Session::importKey); a post with a name already
        // there is not stored again.
        QByteArray importKey;
        // The id a post put back had, kept when it is free.
        qint64 preferredId = 0;
        // Stored with the post, by position, each content once per account.
        QList<NewPicture> pictures;
    };
    using Outcome = PostInserter::Outcome;

    PostWriter(const QSqlDatabase& database, const Session& session);

    // Stores `post`; its id in `*id` when it was inserted.
    Outcome store(const NewPost& post, qint64* id, QSqlError* error);
    // Stores the record of posts with what was stored since; call before the commit.
    bool finish(QSqlError* error);
    // The transaction was rolled back: nothing stored since the last finish() counts.
    void abandon();

private:
    const Session& m_session;
    PostInserter m_inserter;
    PostCipher m_cipher;
    PostLedger m_ledger;
    PictureStore m_pictures;
    // Ids go up one by one within a transaction: read once, then counted here.
    qint64 m_nextId = 0;
};
