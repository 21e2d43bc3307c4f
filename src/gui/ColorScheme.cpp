#include "ColorScheme.h"

#include <QApplication>
#include <QStyle>
#include <QStyleHints>
#include <QWidget>

namespace ColorScheme {

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
    palette.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    palette.setColor(QPalette::AlternateBase, QColor(0x2b, 0x2d, 0x31));
    palette.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    palette.setColor(QPalette::Button, QColor(0x3a, 0x3c, 0x41));
    palette.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3c, 0x41));
    palette.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::Highlight, QColor(0x4a, 0x8c, 0xd8));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x7a, 0xb4, 0xf5));
    palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return palette;
}

void apply(AppSettings::Theme theme)
{
    QStyleHints* hints = QGuiApplication::styleHints();
    if (theme == AppSettings::Theme::System) {
        hints->unsetColorScheme();
        QApplication::setPalette(QPalette()); // back to the platform's own palette
        return;
    }
    const Qt::ColorScheme wanted =
        theme == AppSettings::Theme::Dark ? Qt::ColorScheme::Dark : Qt::ColorScheme::Light;
    hints->setColorScheme(wanted);
    if (hints->colorScheme() == wanted) {
        QApplication::setPalette(QPalette());
        return;
    }
    // The platform did not switch: paint with a palette of the wanted kind.
    QApplication::setPalette(theme == AppSettings::Theme::Dark ? darkPalette()
                                                               : QApplication::style()->standardPalette());
}

void showAsProblem(QWidget* widget)
{
    QPalette palette = widget->palette();
    palette.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    widget->setPalette(palette);
}

} // namespace ColorScheme
