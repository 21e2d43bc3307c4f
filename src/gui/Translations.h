#pragma once

#include <QLocale>

// Soliloquy's own translations are built into the binary (":/i18n/soliloquy_*.qm");
// Qt's translations of its standard buttons and dialogs come from Qt's folder.
namespace Translations {

// Installs the translations for `locale` on the running application. Where
// there is none, the text stays English. Returns whether Soliloquy's own was
// found for `locale` (English counts only where its plurals file is chosen).
bool install(const QLocale& locale = QLocale::system());

} // namespace Translations
