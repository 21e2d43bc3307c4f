#include "MessageBox.h"

#include <optional>

namespace {
std::optional<QMessageBox::StandardButton> nextAnswer;
QString lastShownText;
} // namespace

void MessageBox::warning(QWidget* parent, const QString& title, const QString& text,
                         std::function<void()> closed)
{
    show(QMessageBox::Warning, parent, title, text, QMessageBox::Ok, QMessageBox::NoButton,
         [closed = std::move(closed)](QMessageBox::StandardButton) {
             if (closed)
                 closed();
         });
}

void MessageBox::question(QWidget* parent, const QString& title, const QString& text,
                          QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton,
                          Answered answered)
{
    show(QMessageBox::Question, parent, title, text, buttons, defaultButton, std::move(answered));
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    nextAnswer = answer;
}

QString MessageBox::lastText()
{
    return lastShownText;
}

void MessageBox::show(QMessageBox::Icon icon, QWidget* parent, const QString& title, const QString& text,
                      QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton,
                      Answered answered)
{
    lastShownText = text;
    if (nextAnswer) {
        const QMessageBox::StandardButton answer = *nextAnswer;
        nextAnswer.reset();
        answered(answer);
        return;
    }
    auto* box = new QMessageBox(icon, title, text, buttons, parent);
    box->setDefaultButton(defaultButton);
    box->setAttribute(Qt::WA_DeleteOnClose);
    // Often on screen alone (the window hidden by a lock): its closing must not end Soliloquy.
    box->setAttribute(Qt::WA_QuitOnClose, false);
    QObject::connect(box, &QDialog::finished, box, [box, answered = std::move(answered)] {
        QAbstractButton* clicked = box->clickedButton();
        answered(clicked ? box->standardButton(clicked) : QMessageBox::NoButton);
    });
    box->open();
}
