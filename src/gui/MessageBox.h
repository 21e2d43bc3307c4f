#pragma once

#include <QMessageBox>

#include <optional>

// QMessageBox behind one door, so that tests can answer a box before it opens
// (the way KeePassXC tests its dialogs) and see what it said.
class MessageBox
{
public:
    static QMessageBox::StandardButton
    warning(QWidget* parent, const QString& title, const QString& text,
            QMessageBox::StandardButtons buttons = QMessageBox::Ok,
            QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);
    static QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton);

    // Test hook: the next box returns `answer` at once instead of waiting for a click.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // The text of the last box shown (or answered by the hook).
    static QString lastText();

private:
    static QMessageBox::StandardButton show(QMessageBox::Icon icon, QWidget* parent, const QString& title,
                                            const QString& text, QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton);
};
