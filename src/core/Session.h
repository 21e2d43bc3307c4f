#pragma once

#include "crypto/SecretBytes.h"
#include "storage/AttachmentRecord.h"

#include <QByteArray>
#include <QSize>
#include <QString>

#include <optional>

// An unlocked account: who is writing, and the data key that seals their posts.
// lock() wipes the key; nothing can be read or written until the next unlock.
class Session
{
public:
    Session(qint64 userId, QString username, SecretBytes dataKey);

    qint64 userId() const { return m_userId; }
    QString username() const { return m_username; }
    bool isUnlocked() const { return !m_dataKey.isEmpty(); }
    const SecretBytes& dataKey() const { return m_dataKey; }

    // Post bodies are bound to their user and post id: a row moved elsewhere does not open.
    QByteArray sealPost(qint64 postId, const QString& text) const;
    std::optional<QString> openPost(qint64 postId, const QByteArray& sealed) const;
    QByteArray sealAvatar(const QByteArray& png) const;
    std::optional<QByteArray> openAvatar(const QByteArray& sealed) const;
    QByteArray sealDraft(const QByteArray& text) const;
    std::optional<QByteArray> openDraft(const QByteArray& sealed) const;
    // Attachments are stored once per account by content: named by a keyed digest of their
    // bytes (equal for equal bytes; without the key no known photo can be tested against it)
    // and sealed bound to their user and that digest.
    QByteArray attachmentDigest(const QByteArray& bytes) const;
    QByteArray sealAttachment(const QByteArray& digest, const QByteArray& bytes) const;
    // The bytes of a stored attachment: by content, or (rows of schema versions before 7)
    // bound to their post and position.
    std::optional<QByteArray> openAttachment(const AttachmentRecord& attachment) const;
    // The size a picture shows at, sealed bound to its user and content digest (empty when
    // `size` is invalid); an invalid size when it is unknown or does not open.
    // What a file of a sync folder is bound to: what its header says. The account is the data
    // key's; the user's id here is not, as it need not be the same on every computer.
    static QByteArray syncContext(const QByteArray& fileHeader) { return "soliloquy sync " + fileHeader; }
    QByteArray sealPictureSize(const QByteArray& digest, const QSize& size) const;
    QSize openPictureSize(const QByteArray& digest, const QByteArray& sealed) const;
    // A keyed digest naming an imported entry (source format and the entry's identity),
    // stored so that a second import of the same file adds nothing.
    QByteArray importKey(const QByteArray& source, const QByteArray& identity) const;
    // The key import keys are made with: the data key, unless the journal was sealed anew
    // under another data key since; then the one before, so that names stay the same.
    const SecretBytes& importKeyBase() const { return m_importKeyBase; }
    void setImportKeyBase(SecretBytes base) { m_importKeyBase = std::move(base); }
    // The import key base as kept in the users table, sealed under the data key.
    QByteArray sealImportKeyBase(const SecretBytes& base) const;
    std::optional<SecretBytes> openImportKeyBase(const QByteArray& sealed) const;

    // The record of which posts the account has (see PostLedger), sealed under the data key,
    // and the purpose its keyed digests are made for.
    QByteArray sealPostLedger(const QByteArray& record) const;
    std::optional<QByteArray> openPostLedger(const QByteArray& sealed) const;
    QByteArray postLedgerPurpose() const;
    // What the record is bound to (see Sealer.h): its user.
    QByteArray postLedgerContext() const;

    void lock();

    // What a post body is bound to (see Sealer.h): its user and its id.
    QByteArray postContext(qint64 postId) const;
    // What importKey() digests, and under which purpose (see KeyedDigest.h).
    QByteArray importKeyPurpose() const;
    static QByteArray importKeyMessage(const QByteArray& source, const QByteArray& identity);

private:
    QByteArray attachmentContext(qint64 postId, int position) const;
    QByteArray attachmentContentContext(const QByteArray& digest) const;
    QByteArray context(const char* purpose) const;

    qint64 m_userId;
    QString m_username;
    SecretBytes m_dataKey;
    SecretBytes m_importKeyBase;
};
