#pragma once

#include "CryptoBackend.h"
#include "SecretBytes.h"

#include <QByteArray>

#include <memory>
#include <optional>

// Seals and opens many messages under one key in the format of Sealer,
// reusing one HMAC (for HKDF, whose extract step is done once) and one AES-GCM
// context: making QCA contexts costs more than the cipher work for a short
// post. Not thread-safe; one per thread.
class SealerContext
{
public:
    explicit SealerContext(const SecretBytes& key);
    ~SealerContext();
    SealerContext(const SealerContext&) = delete;
    SealerContext& operator=(const SealerContext&) = delete;

    QByteArray seal(const QByteArray& plaintext, const QByteArray& associatedData);
    // Nothing on a wrong key, wrong associated data, or any change to the sealed bytes.
    std::optional<QByteArray> open(const QByteArray& sealed, const QByteArray& associatedData);

private:
    // Null on a key of the wrong size.
    std::unique_ptr<CryptoBackend::MessageSealer> m_sealer;
};
