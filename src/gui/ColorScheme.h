#pragma once

#include "AppSettings.h"

#include <QPalette>

// Light or dark, whatever the desktop says. Asks the platform first (Qt's
// QStyleHints::setColorScheme); where the platform cannot switch, Soliloquy
// paints with its own palette instead.
namespace ColorScheme {

void apply(AppSettings::Theme theme);
QPalette darkPalette();
// Red text for what the user has to put right. A palette, not a style sheet: one
// style sheet brings Qt's CSS engine into the dialog before it can be shown.
void showAsProblem(QWidget* widget);

} // namespace ColorScheme
