#pragma once

#include "SecretBytes.h"

#include <QString>

#include <optional>

// 256 random bits for the user to keep, written as 14 groups of 4 characters
// (Crockford's base32, which avoids I, L, O and U) with a 24-bit checksum so
// that a typo is caught before any unlock is tried.
class RecoveryKey
{
public:
    static RecoveryKey generate();
    // Accepts any case, spaces or dashes, and O/I/L for 0/1/1; nothing on a typo.
    static std::optional<RecoveryKey> parse(const QString& text);

    const SecretBytes& key() const { return m_key; }
    QString text() const;

private:
    explicit RecoveryKey(SecretBytes key);

    SecretBytes m_key;
};
