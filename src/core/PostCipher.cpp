#include "PostCipher.h"

PostCipher::PostCipher(const Session& session)
    : m_session(session)
    , m_context(session.dataKey())
{}

QByteArray PostCipher::seal(qint64 postId, const QByteArray& utf8Text)
{
    return m_context.seal(utf8Text, m_session.postContext(postId));
}

std::optional<QByteArray> PostCipher::open(qint64 postId, const QByteArray& sealed)
{
    return m_context.open(sealed, m_session.postContext(postId));
}
