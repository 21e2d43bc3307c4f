#pragma once

#include "core/PictureRef.h"

#include <QList>
#include <QString>

// Markdown image links from a post's text to its own pictures: `![...](attachment:N)` names
// the post's picture at position N (as Day One's imported photos are written).
namespace PictureLinks {

// `text` without its links to `pictures`, which the chat shows as pictures instead, and
// without the blank lines they leave. Links to pictures the post does not have stay.
QString withoutLinksTo(const QString& text, const QList<PictureRef>& pictures);

} // namespace PictureLinks
