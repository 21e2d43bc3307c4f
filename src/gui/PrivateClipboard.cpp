#include "PrivateClipboard.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>

namespace PrivateClipboard {

namespace {

// In memory only, to recognise our own copy; cleared with it.
QString& lastCopied()
{
    static QString text;
    return text;
}

} // namespace

void copy(const QString& text)
{
    auto* data = new QMimeData;
    data->setText(text);
    data->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    QGuiApplication::clipboard()->setMimeData(data);
    lastCopied() = text;
}

void takeBack()
{
    QString& copied = lastCopied();
    if (copied.isEmpty())
        return;
    if (QGuiApplication::clipboard()->text() == copied)
        QGuiApplication::clipboard()->clear();
    copied.fill(QLatin1Char('\0'));
    copied.clear();
}

} // namespace PrivateClipboard
