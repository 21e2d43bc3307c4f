#pragma once

#include <QImage>
#include <QString>

// The avatar of an account without a picture: a symmetric 5x5 pattern and a
// colour drawn from the hash of the email, like Gravatar's identicons but made
// on this computer. The same email always gives the same image.
namespace Identicon {

QImage forEmail(const QString& email, int size);

} // namespace Identicon
