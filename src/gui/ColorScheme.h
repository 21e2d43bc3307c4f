#pragma once

#include "AppSettings.h"

#include <QPalette>

// Light or dark, whatever the desktop says. Asks the platform first (Qt's
// QStyleHints::setColorScheme); where the platform cannot switch, Soliloquy
// paints with its own palette instead.
namespace ColorScheme {

void apply(AppSettings::Theme theme);
QPalette darkPalette();

} // namespace ColorScheme
