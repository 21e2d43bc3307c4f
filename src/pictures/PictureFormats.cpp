#include "PictureFormats.h"

#include <array>

namespace PictureFormats {

bool isAllowed(const QByteArray& format)
{
    static constexpr std::array allowed = {"png",  "jpeg", "jpg",  "gif", "webp",
                                           "heif", "heic", "avif", "bmp"};
    const QByteArray name = format.toLower();
    for (const char* known : allowed) {
        if (name == known)
            return true;
    }
    return false;
}

} // namespace PictureFormats
