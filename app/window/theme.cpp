#include "window/theme.h"

#include <QApplication>
#include <QStyleFactory>

namespace scalelab {

QPalette themePalette(Theme theme)
{
    QPalette p;
    if (theme == Theme::Dark) {
        const QColor window(0x1e, 0x22, 0x2a);
        const QColor base(0x2a, 0x30, 0x3a);
        const QColor text(0xf1, 0xf3, 0xf5);
        p.setColor(QPalette::Window, window);
        p.setColor(QPalette::WindowText, text);
        p.setColor(QPalette::Base, base);
        p.setColor(QPalette::AlternateBase, QColor(0x33, 0x3a, 0x46));
        p.setColor(QPalette::Text, text);
        p.setColor(QPalette::Button, QColor(0x2f, 0x35, 0x40));
        p.setColor(QPalette::ButtonText, text);
        p.setColor(QPalette::ToolTipBase, base);
        p.setColor(QPalette::ToolTipText, text);
        p.setColor(QPalette::Mid, QColor(0x5b, 0x64, 0x73));
        p.setColor(QPalette::Dark, QColor(0x14, 0x17, 0x1c));
        p.setColor(QPalette::Light, QColor(0x4a, 0x52, 0x60));
        p.setColor(QPalette::Highlight, QColor(0x4d, 0x9a, 0xff));
        p.setColor(QPalette::HighlightedText, Qt::black);
        p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0xa3, 0xb0));
        p.setColor(QPalette::Link, QColor(0x7a, 0xb4, 0xff));
        p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x88, 0x94));
        p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x88, 0x94));
        p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x88, 0x94));
    } else {
        const QColor text(0x11, 0x18, 0x27);
        p.setColor(QPalette::Window, QColor(0xf3, 0xf4, 0xf6));
        p.setColor(QPalette::WindowText, text);
        p.setColor(QPalette::Base, Qt::white);
        p.setColor(QPalette::AlternateBase, QColor(0xf9, 0xfa, 0xfb));
        p.setColor(QPalette::Text, text);
        p.setColor(QPalette::Button, QColor(0xe5, 0xe7, 0xeb));
        p.setColor(QPalette::ButtonText, text);
        p.setColor(QPalette::ToolTipBase, QColor(0xff, 0xfb, 0xe6));
        p.setColor(QPalette::ToolTipText, text);
        p.setColor(QPalette::Mid, QColor(0x9c, 0xa3, 0xaf));
        p.setColor(QPalette::Dark, QColor(0x6b, 0x72, 0x80));
        p.setColor(QPalette::Light, Qt::white);
        p.setColor(QPalette::Highlight, QColor(0x25, 0x63, 0xeb));
        p.setColor(QPalette::HighlightedText, Qt::white);
        p.setColor(QPalette::PlaceholderText, QColor(0x6b, 0x72, 0x80));
        p.setColor(QPalette::Link, QColor(0x1d, 0x4e, 0xd8));
        // Disabled controls look disabled (the run toolbar's icons use these too).
        p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x9c, 0xa3, 0xaf));
        p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x9c, 0xa3, 0xaf));
        p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x9c, 0xa3, 0xaf));
    }
    return p;
}

void applyTheme(Theme theme)
{
    if (QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion")))
        QApplication::setStyle(fusion);
    QApplication::setPalette(themePalette(theme));
}

QString themeName(Theme theme)
{
    return theme == Theme::Dark ? QStringLiteral("dark") : QStringLiteral("light");
}

Theme themeFromName(const QString &name)
{
    return name == QLatin1String("dark") ? Theme::Dark : Theme::Light;
}

} // namespace scalelab
