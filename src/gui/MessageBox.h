#pragma once

#include <QMessageBox>

#include <functional>

// QMessageBox behind one door, so that tests can answer a box before it opens
// (the way KeePassXC tests its dialogs) and see what it said. A box is opened with
// open() and these return at once: what follows the answer runs when it is given,
// and the application's one event loop goes on meanwhile (a lock may come).
class MessageBox
{
public:
    // The button clicked, or NoButton when the box was closed from outside (a lock).
    using Answered = std::function<void(QMessageBox::StandardButton)>;

    // A warning with OK; `closed`, when given, runs once it is gone.
    static void warning(QWidget* parent, const QString& title, const QString& text,
                        std::function<void()> closed = {});
    static void question(QWidget* parent, const QString& title, const QString& text,
                         QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton,
                         Answered answered);

    // Test hook: the next box is answered with `answer` at once instead of waiting for a click.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // The text of the last box shown (or answered by the hook).
    static QString lastText();

private:
    static void show(QMessageBox::Icon icon, QWidget* parent, const QString& title, const QString& text,
                     QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton,
                     Answered answered);
};
