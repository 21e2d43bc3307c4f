#include "ImportKeys.h"

ImportKeys::ImportKeys(const Session& session)
    : m_context(session.importKeyBase(), session.importKeyPurpose())
{}

QByteArray ImportKeys::of(const QByteArray& source, const QByteArray& identity)
{
    return m_context.digest(Session::importKeyMessage(source, identity));
}
