#pragma once

#include <QApplication>
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

} // namespace TestSupport
