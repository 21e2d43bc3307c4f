#pragma once

#include "Session.h"

#include "crypto/SealerContext.h"

#include <QByteArray>
#include <QString>

#include <optional>

// Seals and opens many posts of one session, as Session::sealPost() and
// openPost() do, but with reused crypto contexts (see SealerContext): for the
// bulk work of the search index, import and export. One per thread.
class PostCipher
{
public:
    explicit PostCipher(const Session& session);

    QByteArray seal(qint64 postId, const QByteArray& utf8Text);
    // The text as UTF-8, or nothing when the post does not open.
    std::optional<QByteArray> open(qint64 postId, const QByteArray& sealed);

private:
    const Session& m_session;
    SealerContext m_context;
};
