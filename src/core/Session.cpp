#include "Session.h"

#include "crypto/KeyedDigest.h"
#include "crypto/Sealer.h"

#include <QList>

Session::Session(qint64 userId, QString username, SecretBytes dataKey)
    : m_userId(userId)
    , m_username(std::move(username))
    , m_dataKey(std::move(dataKey))
    , m_importKeyBase(m_dataKey)
{}

QByteArray Session::postContext(qint64 postId) const
{
    return QByteArray("soliloquy post v1 user ") + QByteArray::number(m_userId) + " post " +
           QByteArray::number(postId);
}

QByteArray Session::sealPost(qint64 postId, const QString& text) const
{
    return Sealer::seal(m_dataKey, text.toUtf8(), postContext(postId));
}

std::optional<QString> Session::openPost(qint64 postId, const QByteArray& sealed) const
{
    const std::optional<QByteArray> plain = Sealer::open(m_dataKey, sealed, postContext(postId));
    if (!plain)
        return std::nullopt;
    return QString::fromUtf8(*plain);
}

QByteArray Session::context(const char* purpose) const
{
    return QByteArray("soliloquy ") + purpose + " v1 user " + QByteArray::number(m_userId);
}

QByteArray Session::sealAvatar(const QByteArray& png) const
{
    return Sealer::seal(m_dataKey, png, context("avatar"));
}

std::optional<QByteArray> Session::openAvatar(const QByteArray& sealed) const
{
    return Sealer::open(m_dataKey, sealed, context("avatar"));
}

QByteArray Session::sealDraft(const QByteArray& text) const
{
    return Sealer::seal(m_dataKey, text, context("draft"));
}

std::optional<QByteArray> Session::openDraft(const QByteArray& sealed) const
{
    if (sealed.isEmpty())
        return std::nullopt;
    return Sealer::open(m_dataKey, sealed, context("draft"));
}

QByteArray Session::attachmentContext(qint64 postId, int position) const
{
    return QByteArray("soliloquy attachment v1 user ") + QByteArray::number(m_userId) + " post " +
           QByteArray::number(postId) + " position " + QByteArray::number(position);
}

QByteArray Session::attachmentContentContext(const QByteArray& digest) const
{
    return context("attachment content") + " digest " + digest.toHex();
}

QByteArray Session::attachmentDigest(const QByteArray& bytes) const
{
    return KeyedDigest::hmacSha256(m_dataKey, context("attachment digest"), bytes);
}

QByteArray Session::sealAttachment(const QByteArray& digest, const QByteArray& bytes) const
{
    return Sealer::seal(m_dataKey, bytes, attachmentContentContext(digest));
}

std::optional<QByteArray> Session::openAttachment(const AttachmentRecord& attachment) const
{
    if (attachment.contentId > 0)
        return Sealer::open(m_dataKey, attachment.body, attachmentContentContext(attachment.contentDigest));
    return Sealer::open(m_dataKey, attachment.body,
                        attachmentContext(attachment.postId, attachment.position));
}

QByteArray Session::sealPictureSize(const QByteArray& digest, const QSize& size) const
{
    if (!size.isValid())
        return {};
    return Sealer::seal(m_dataKey, QByteArray::number(size.width()) + ' ' + QByteArray::number(size.height()),
                        context("picture size") + " digest " + digest.toHex());
}

QSize Session::openPictureSize(const QByteArray& digest, const QByteArray& sealed) const
{
    if (sealed.isEmpty() || digest.isEmpty())
        return {};
    const std::optional<QByteArray> opened =
        Sealer::open(m_dataKey, sealed, context("picture size") + " digest " + digest.toHex());
    if (!opened)
        return {};
    const QList<QByteArray> parts = opened->split(' ');
    if (parts.size() != 2)
        return {};
    const QSize size(parts.at(0).toInt(), parts.at(1).toInt());
    return size.isValid() && !size.isEmpty() ? size : QSize();
}

QByteArray Session::importKeyPurpose() const
{
    return context("import key");
}

QByteArray Session::importKeyMessage(const QByteArray& source, const QByteArray& identity)
{
    // The source is length-prefixed so that no two (source, identity) pairs give the same message.
    return QByteArray::number(source.size()) + ':' + source + identity;
}

QByteArray Session::importKey(const QByteArray& source, const QByteArray& identity) const
{
    return KeyedDigest::hmacSha256(m_importKeyBase, importKeyPurpose(), importKeyMessage(source, identity));
}

QByteArray Session::sealImportKeyBase(const SecretBytes& base) const
{
    return Sealer::seal(m_dataKey, base.bytes(), context("import key base"));
}

std::optional<SecretBytes> Session::openImportKeyBase(const QByteArray& sealed) const
{
    std::optional<QByteArray> base = Sealer::open(m_dataKey, sealed, context("import key base"));
    if (!base)
        return std::nullopt;
    return SecretBytes(std::move(*base));
}

QByteArray Session::postLedgerContext() const
{
    return context("post ledger");
}

QByteArray Session::sealPostLedger(const QByteArray& record) const
{
    return Sealer::seal(m_dataKey, record, postLedgerContext());
}

std::optional<QByteArray> Session::openPostLedger(const QByteArray& sealed) const
{
    return Sealer::open(m_dataKey, sealed, postLedgerContext());
}

QByteArray Session::postLedgerPurpose() const
{
    return context("post ledger digest");
}

void Session::lock()
{
    m_dataKey.clear();
    m_importKeyBase.clear();
}
