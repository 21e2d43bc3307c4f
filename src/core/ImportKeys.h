#pragma once

#include "Session.h"

#include "crypto/KeyedDigestContext.h"

#include <QByteArray>

// The keys naming imported entries, the same as Session::importKey() gives, but
// with one reused digest context (see KeyedDigestContext): for the bulk work of
// an import. One per thread.
class ImportKeys
{
public:
    explicit ImportKeys(const Session& session);

    // Empty when the session was locked when this was made.
    QByteArray of(const QByteArray& source, const QByteArray& identity);

private:
    KeyedDigestContext m_context;
};
