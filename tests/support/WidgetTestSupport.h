#pragma once

#include <QApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <functional>

// Helpers for the tests that drive the real Designer forms.
namespace TestSupport {

// The widget named `name` (its objectName in the form) below `parent`; the test stops when there is none.
template <typename T> T* child(QObject* parent, const char* name)
{
    T* widget = parent->findChild<T*>(QString::fromLatin1(name));
    if (!widget)
        qFatal("no widget named %s", name);
    return widget;
}

// Runs `action` on the next modal dialog once it is open (dialogs block in exec()).
// The polling timer belongs to `owner`, so a test that ends early drops it with its owner.
inline void whenModalOpens(QObject* owner, const std::function<void(QWidget*)>& action)
{
    auto* timer = new QTimer(owner);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, [timer, action] {
        if (QWidget* modal = QApplication::activeModalWidget()) {
            timer->stop();
            timer->deleteLater();
            action(modal);
        }
    });
    timer->start();
}

// The file dialog the app opened over `parent`, once it is on screen.
inline QFileDialog* openFileChooser(QWidget* parent)
{
    QFileDialog* chooser = nullptr;
    if (!QTest::qWaitFor([&] {
            chooser = parent->findChild<QFileDialog*>(QStringLiteral("fileChooser"));
            return chooser && chooser->isVisible();
        }))
        return nullptr;
    return chooser;
}

// Goes to the folder of `file`, as a user does in the dialog, types its name and accepts.
inline void chooseFile(QFileDialog* chooser, const QString& file)
{
    const QFileInfo info(file);
    const QString name = info.isRelative() ? file : info.fileName();
    if (!info.isRelative())
        chooser->setDirectory(info.absolutePath());
    auto* nameEdit = chooser->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
    QVERIFY(nameEdit);
    nameEdit->clear();
    QTest::keyClicks(nameEdit, name);
    // The name field completes file names in a popup: the dialog's own button accepts.
    auto* buttons = chooser->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"));
    QVERIFY(buttons);
    QPushButton* accept = buttons->button(
        chooser->acceptMode() == QFileDialog::AcceptSave ? QDialogButtonBox::Save : QDialogButtonBox::Open);
    QVERIFY(accept && accept->isEnabled());
    QTest::mouseClick(accept, Qt::LeftButton);
}

} // namespace TestSupport
