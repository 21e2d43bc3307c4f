// The launch's third baseline: Soliloquy's login form with nothing behind it. No journal, no
// accounts, no Qt Sql or SQLite: fontconfig is read on the other core while QApplication
// starts, as Soliloquy does, then the form from ui/logindialog.ui is shown with a name filled
// in and the password field focused, as for a journal of one account. What Soliloquy takes
// beyond this is its own work before the first dialog; what this takes beyond the bare
// window is Qt laying out and drawing that form.

#include "ShownReport.h"
#include "gui/FontconfigWarmUp.h"
#include "ui_logindialog.h"

#include <QApplication>
#include <QDialog>

int main(int argc, char** argv)
{
    FontconfigWarmUp fontconfig;
    QApplication app(argc, argv);
    fontconfig.wait();
    QDialog dialog;
    Ui::LoginDialog form;
    form.setupUi(&dialog);
    form.unlockButton->setDefault(true);
    form.loginEdit->setText(QStringLiteral("ann"));
    form.passwordEdit->setFocus();
    sayShownThenQuit(dialog);
    dialog.show();
    return QApplication::exec();
}
