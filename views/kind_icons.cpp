#include "kind_icons.h"

#include <QCoreApplication>

namespace scalelab {

QString iconPath(ComponentKind kind)
{
    // The file names are the YAML names, so a new kind needs only its SVG.
    return iconPath(QString::fromLatin1(toString(kind)));
}

QString iconPath(const QString &name)
{
    return QStringLiteral(":/icons/") + name + QStringLiteral(".svg");
}

QIcon iconFor(ComponentKind kind)
{
    return QIcon(iconPath(kind));
}

QString displayName(ComponentKind kind)
{
    return QCoreApplication::translate("scalelab::Kind", traitsOf(kind).displayName.data());
}

QString kindDescription(ComponentKind kind)
{
    return QCoreApplication::translate("scalelab::Kind", traitsOf(kind).description.data());
}

} // namespace scalelab
